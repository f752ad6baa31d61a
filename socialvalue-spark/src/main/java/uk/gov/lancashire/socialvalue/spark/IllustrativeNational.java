package uk.gov.lancashire.socialvalue.spark;

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
 * A small national framework and proxy edition for the main class, the tests and the benchmark.
 *
 * <p><strong>Every number is ILLUSTRATIVE ONLY</strong>, invented here; none is a National TOMs or HACT
 * value (those are licensed CC BY-NC-ND and may not be bundled). Load your licensed framework and
 * edition at run time (for example with socialvalue-json) and pass them to {@link NationalRollup#of}.
 *
 * <p>It has {@value #MEASURES} measures (codes {@code NR1} to {@code NR24}) in five themes and two
 * priority schemes, a council's own ({@code council}) and a regional partnership's ({@code region}),
 * and exercises every way a measure meets a scheme: weighted between two priorities, equally between
 * three (a split that does not terminate), one priority, none. Every sixth measure is record-only (no
 * proxy); proxies have 0, 1 or 2 decimal places.
 */
public final class IllustrativeNational {

  /** The currency of the framework and edition. */
  public static final CurrencyUnit GBP = Monetary.getCurrency("GBP");
  /** How many measures the framework has. */
  public static final int MEASURES = 24;
  /** The council scheme's id. */
  public static final String COUNCIL_SCHEME = "council";
  /** The regional scheme's id. */
  public static final String REGION_SCHEME = "region";

  private static final String[] THEMES = {"jobs", "skills", "growth", "communities", "environment"};
  private static final String[] COUNCIL_PRIORITIES = {"services", "environment", "growth", "caring"};
  private static final String[] REGION_PRIORITIES = {"investment", "transport", "skills", "climate"};

  private IllustrativeNational() {}

  /**
   * @param m a measure number, 0 to {@value #MEASURES} - 1
   * @return its code, {@code NR<m+1>}
   */
  public static MeasureCode code(int m) {
    return MeasureCode.parse("NR" + (m + 1));
  }

  /**
   * @param m a measure number
   * @return true when the measure has a proxy (every sixth is record-only)
   */
  public static boolean valued(int m) {
    return m % 6 != 5;
  }

  /** @return the illustrative framework */
  public static Framework framework() {
    Framework.Builder b = Framework.builder().id("national-illustrative").title("National roll-up framework (ILLUSTRATIVE)")
        .edition("2024").currency(GBP).provenance("invented for socialvalue-spark; not a published framework")
        .licenceNote("ILLUSTRATIVE ONLY: no National TOMs or HACT content")
        .validity(ValidityPeriod.of(LocalDate.of(2024, 4, 1), LocalDate.of(2029, 3, 31)));
    b.addSchemes(scheme(COUNCIL_SCHEME, "A council's priorities", COUNCIL_PRIORITIES));
    b.addSchemes(scheme(REGION_SCHEME, "A regional partnership's priorities", REGION_PRIORITIES));
    for (int t = 0; t < THEMES.length; t++) {
      b.addThemes(Theme.of(THEMES[t], "Theme " + THEMES[t]));
      b.addOutcomes(Outcome.of("outcome-" + THEMES[t], "Outcome of " + THEMES[t], THEMES[t]));
    }
    for (int m = 0; m < MEASURES; m++) {
      Measure.Builder measure = Measure.builder().code(code(m)).title("Illustrative measure " + (m + 1))
          .unit(m % 2 == 0 ? Unit.HOURS : Unit.COUNT).kind(valued(m) ? MeasureKind.MONETISED : MeasureKind.RECORD_ONLY)
          .outcomeId("outcome-" + THEMES[m % THEMES.length]);
      align(measure, COUNCIL_SCHEME, COUNCIL_PRIORITIES, m);
      align(measure, REGION_SCHEME, REGION_PRIORITIES, m + 1);
      b.addMeasures(measure.build());
    }
    return b.build();
  }

  /** @return the illustrative edition, reference {@code national-illustrative@2024.1} */
  public static ProxyEdition edition() {
    ProxyEdition.Builder b = ProxyEdition.builder().id("national-illustrative").version("2024.1")
        .title("National proxies (ILLUSTRATIVE)").currency(GBP).licence("ILLUSTRATIVE ONLY");
    for (int m = 0; m < MEASURES; m++) {
      if (valued(m)) {
        b.putValues(code(m), ProxyValue.builder().amount(Amounts.of(proxy(m), GBP)).unit(m % 2 == 0 ? Unit.HOURS : Unit.COUNT)
            .priceYear(2024).source("ILLUSTRATIVE ONLY: invented for socialvalue-spark").licence("illustrative").build());
      }
    }
    return b.build();
  }

  /** @return measure m's proxy: 0, 1 or 2 decimal places, from about 1 to 5,000 */
  static BigDecimal proxy(int m) {
    long pence = 137 + (m * 7_919L * 104_729L) % 500_000L;
    int places = 2 - m % 3;
    return BigDecimal.valueOf(places == 2 ? pence : places == 1 ? pence / 10 : pence / 100, places);
  }

  private static PriorityScheme scheme(String id, String title, String[] priorities) {
    PriorityScheme.Builder scheme = PriorityScheme.builder().id(id).title(title);
    for (String p : priorities) {
      scheme.addPriorities(Priority.of(p, p));
    }
    return scheme.build();
  }

  private static void align(Measure.Builder measure, String scheme, String[] priorities, int m) {
    switch (m % 4) {
      case 0:
        measure.addAlignments(Alignment.weighted(scheme, priorities[0], new BigDecimal("0.7")),
            Alignment.weighted(scheme, priorities[1], new BigDecimal("0.3")));
        break;
      case 1:
        measure.addAlignments(Alignment.of(scheme, priorities[1]), Alignment.of(scheme, priorities[2]),
            Alignment.of(scheme, priorities[3]));
        break;
      case 2:
        measure.addAlignments(Alignment.of(scheme, priorities[m % priorities.length]));
        break;
      default:
        break; // aligned to no priority of this scheme: unclassified
    }
  }
}
