package uk.gov.lancashire.socialvalue.benchmarks;

import java.math.BigDecimal;
import java.time.LocalDate;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import uk.gov.lancashire.socialvalue.basics.Amounts;
import uk.gov.lancashire.socialvalue.framework.Alignment;
import uk.gov.lancashire.socialvalue.framework.Framework;
import uk.gov.lancashire.socialvalue.framework.Measure;
import uk.gov.lancashire.socialvalue.framework.MeasureCode;
import uk.gov.lancashire.socialvalue.framework.MeasureKind;
import uk.gov.lancashire.socialvalue.framework.Outcome;
import uk.gov.lancashire.socialvalue.framework.Priority;
import uk.gov.lancashire.socialvalue.framework.PriorityScheme;
import uk.gov.lancashire.socialvalue.framework.Theme;
import uk.gov.lancashire.socialvalue.framework.Unit;
import uk.gov.lancashire.socialvalue.framework.ValidityPeriod;
import uk.gov.lancashire.socialvalue.framework.ProxyEdition;
import uk.gov.lancashire.socialvalue.framework.ProxyValue;

/**
 * The deterministic benchmark portfolio: 100 measures, 2,000 contracts, 5 financial years (2024/25 to
 * 2028/29). Record {@code i} is a pure function of {@code i} (a SplitMix64 hash), so any number of
 * records can be generated on the fly, in any order, on any thread, and never held.
 *
 * <p>Every number is ILLUSTRATIVE ONLY, invented for the benchmarks; none is a National TOMs or HACT
 * value. Measures cycle through the ways a measure meets a priority scheme: weighted between two
 * priorities (0.6 / 0.4), equally between three (a split that does not terminate), one priority, none;
 * every tenth measure is record-only (no proxy). Quantities have the measure's scale: whole units,
 * tenths or hundredths (e.g. 0.25 FTE-years); proxies have 0 to 2 decimal places.
 */
final class Workload {

  static final CurrencyUnit GBP = Monetary.getCurrency("GBP");
  static final int MEASURES = 100;
  static final int CONTRACTS = 2_000;
  static final int FIRST_YEAR = 2024;
  static final int YEARS = 5;
  static final String SCHEME = "lcc";
  static final String[] PRIORITIES = {"growth", "caring", "environment", "communities"};
  static final String[] THEMES = {"jobs", "skills", "growth", "communities", "environment"};

  private Workload() {}

  static MeasureCode code(int m) {
    return MeasureCode.parse("BM" + (m + 1));
  }

  /** @return the scale of measure m's quantities: 0, 1 or 2 decimal places */
  static int quantityScale(int m) {
    return m % 3;
  }

  /** @return true when measure m has a proxy (every tenth measure is record-only) */
  static boolean valued(int m) {
    return m % 10 != 9;
  }

  /** @return measure m's illustrative proxy: about 0.50 to 40,000, with 2, 1 or 0 decimal places */
  static BigDecimal proxy(int m) {
    long pence = 50 + Math.floorMod(mix(m * 7919L), 4_000_000L);
    int places = 2 - m % 3;
    long unscaled = Math.max(1, places == 2 ? pence : places == 1 ? pence / 10 : pence / 100);
    return BigDecimal.valueOf(unscaled, places);
  }

  static Framework framework() {
    Framework.Builder b = Framework.builder().id("benchmark").title("Benchmark framework (illustrative)")
        .edition("2024").currency(GBP).provenance("generated for benchmarks").licenceNote("illustrative")
        .validity(ValidityPeriod.of(LocalDate.of(FIRST_YEAR, 4, 1), LocalDate.of(FIRST_YEAR + YEARS, 3, 31)));
    PriorityScheme.Builder scheme = PriorityScheme.builder().id(SCHEME).title("Council priorities");
    for (String p : PRIORITIES) {
      scheme.addPriorities(Priority.of(p, p));
    }
    b.addSchemes(scheme.build());
    for (int t = 0; t < THEMES.length; t++) {
      b.addThemes(Theme.of(THEMES[t], THEMES[t]));
      b.addOutcomes(Outcome.of("outcome-" + t, "Outcome " + t, THEMES[t]));
    }
    for (int m = 0; m < MEASURES; m++) {
      Measure.Builder measure = Measure.builder().code(code(m)).title("Measure " + (m + 1)).unit(Unit.COUNT)
          .kind(valued(m) ? MeasureKind.MONETISED : MeasureKind.RECORD_ONLY).outcomeId("outcome-" + m % THEMES.length);
      switch (m % 4) {
        case 0:
          measure.addAlignments(Alignment.weighted(SCHEME, "growth", new BigDecimal("0.6")),
              Alignment.weighted(SCHEME, "caring", new BigDecimal("0.4")));
          break;
        case 1:
          measure.addAlignments(Alignment.of(SCHEME, "caring"), Alignment.of(SCHEME, "environment"),
              Alignment.of(SCHEME, "communities"));
          break;
        case 2:
          measure.addAlignments(Alignment.of(SCHEME, PRIORITIES[m % PRIORITIES.length]));
          break;
        default:
          break; // aligned to no priority: unclassified
      }
      b.addMeasures(measure.build());
    }
    return b.build();
  }

  static ProxyEdition edition() {
    ProxyEdition.Builder b = ProxyEdition.builder().id("benchmark-illustrative").version("2024.1")
        .title("Benchmark proxies (illustrative)").currency(GBP).licence("illustrative");
    for (int m = 0; m < MEASURES; m++) {
      if (valued(m)) {
        b.putValues(code(m), ProxyValue.builder().amount(Amounts.of(proxy(m), GBP)).unit(Unit.COUNT).priceYear(2024)
            .source("ILLUSTRATIVE ONLY: generated for benchmarks").licence("illustrative").build());
      }
    }
    return b.build();
  }

  /** @return record i's measure, 0 to 99 */
  static int measure(long i) {
    return (int) ((mix(i) >>> 1) % MEASURES);
  }

  /** @return record i's contract, 0 to 1,999 */
  static int contract(long i) {
    return (int) ((mix(i) >>> 8) % CONTRACTS);
  }

  /** @return record i's financial year start, 2024 to 2028 */
  static int year(long i) {
    return FIRST_YEAR + (int) ((mix(i) >>> 20) % YEARS);
  }

  /** @return record i's unscaled quantity (scale {@link #quantityScale(int)}): 1 to 100,000; one in 64 negative */
  static long quantity(long i) {
    long h = mix(i ^ 0x5DEECE66DL);
    long q = 1 + (h >>> 1) % 100_000;
    return (h & 63) == 0 ? -q : q;
  }

  /** SplitMix64's finaliser: a good 64-bit hash of the index. */
  static long mix(long x) {
    long z = x * 0x9E3779B97F4A7C15L + 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** Records 0 .. n-1 held as primitive columns (about 14 bytes a record). */
  static final class Columns {
    final int size;
    final byte[] measure;
    final short[] contract;
    final byte[] year;
    final long[] quantity;

    Columns(int size) {
      this.size = size;
      this.measure = new byte[size];
      this.contract = new short[size];
      this.year = new byte[size];
      this.quantity = new long[size];
      for (int i = 0; i < size; i++) {
        measure[i] = (byte) measure(i);
        contract[i] = (short) contract(i);
        year[i] = (byte) (year(i) - FIRST_YEAR);
        quantity[i] = quantity(i);
      }
    }
  }
}
