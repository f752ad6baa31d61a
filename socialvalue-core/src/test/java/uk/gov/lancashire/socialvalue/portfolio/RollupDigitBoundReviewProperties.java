package uk.gov.lancashire.socialvalue.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.lancashire.socialvalue.ProcurementFixtures.GBP;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import uk.gov.lancashire.socialvalue.basics.Amounts;
import uk.gov.lancashire.socialvalue.basics.Args;
import uk.gov.lancashire.socialvalue.basics.FinancialQuarter;
import uk.gov.lancashire.socialvalue.basics.FinancialYear;
import uk.gov.lancashire.socialvalue.basics.ValidationException;
import uk.gov.lancashire.socialvalue.delivery.DeliveryRecord;
import uk.gov.lancashire.socialvalue.delivery.RecordStatus;
import uk.gov.lancashire.socialvalue.framework.Alignment;
import uk.gov.lancashire.socialvalue.framework.Framework;
import uk.gov.lancashire.socialvalue.framework.Measure;
import uk.gov.lancashire.socialvalue.framework.MeasureCode;
import uk.gov.lancashire.socialvalue.framework.MeasureKind;
import uk.gov.lancashire.socialvalue.framework.Outcome;
import uk.gov.lancashire.socialvalue.framework.Priority;
import uk.gov.lancashire.socialvalue.framework.PriorityScheme;
import uk.gov.lancashire.socialvalue.framework.ProxyEdition;
import uk.gov.lancashire.socialvalue.framework.ProxyValue;
import uk.gov.lancashire.socialvalue.framework.Theme;
import uk.gov.lancashire.socialvalue.framework.Unit;
import uk.gov.lancashire.socialvalue.framework.ValidityPeriod;

/**
 * The review's own check of the roll-up's digit bound, where {@link RollupDigitBoundProperties} does not reach:
 * proxies of up to 1,000 decimals or hundreds of integer digits, weights of up to 60 decimals (written with
 * trailing zeros too, which the bound sets aside), delivery records added whole ({@code add(DeliveryRecord)}, so
 * quantity × share), as primitives and as column batches on one or two threads. A record is accepted exactly
 * when the bound written out here allows it; nothing refused changes the accumulator; and {@code result()} and
 * every view then hold the exact total of what was accepted, the priority parts adding up to it exactly.
 */
class RollupDigitBoundReviewProperties {

  @Property(tries = 300)
  void theBoundHoldsForHighScaleProxiesManyDecimalWeightsAndShares(@ForAll long seed) {
    Random random = new Random(seed);
    List<BigDecimal> proxies = new ArrayList<>();
    for (int m = 0; m < 3; m++) {
      proxies.add(proxy(random));
    }
    BigDecimal weight = weight(random);
    PortfolioRollup plan = PortfolioRollup.of(framework(weight), edition(proxies));
    int weightDecimals = Math.max(0, weight.stripTrailingZeros().scale());
    weightDecimals = Math.max(weightDecimals, Math.max(0, BigDecimal.ONE.subtract(weight).stripTrailingZeros().scale()));
    PortfolioRollup.Accumulator acc = plan.accumulator();
    BigDecimal expected = BigDecimal.ZERO;
    BigDecimal magnitude = BigDecimal.ZERO;
    long accepted = 0;
    for (int op = 0; op < 1 + random.nextInt(20); op++) {
      int m = random.nextInt(3);
      MeasureCode code = CODES.get(m);
      BigDecimal quantity = quantity(random);
      BigDecimal share = random.nextInt(3) == 0 ? share(random) : BigDecimal.ONE;
      BigDecimal attributed = share.compareTo(BigDecimal.ONE) == 0 && share.scale() == 0 ? quantity
          : quantity.multiply(share);
      BigDecimal value = attributed.multiply(Amounts.decimal(plan.edition().proxy(code).orElseThrow().amount()));
      boolean acceptable = within(attributed, Args.MAX_DIGITS)
          && within(value, Args.MAX_DIGITS - (m == 0 ? weightDecimals : 0));
      String before = snapshot(acc);
      boolean added = true;
      int path = random.nextInt(4);
      if (path == 0) {
        acceptable &= within(quantity, Args.MAX_DIGITS); // the record itself holds the quantity
      }
      try {
        switch (path) {
          case 0 -> acc.add(DeliveryRecord.builder().id("r").period(FinancialQuarter.of(FinancialYear.of(2024), 1))
              .measure(code).quantity(quantity).share(share).supplier("s").status(RecordStatus.CLAIMED).build());
          case 1 -> {
            if (attributed.unscaledValue().bitLength() >= Long.SIZE) {
              acc.add(code, FinancialYear.of(2024), attributed);
            } else {
              acc.add(plan.measureIndex(code), 2024, attributed.unscaledValue().longValue(), attributed.scale());
            }
          }
          default -> {
            if (attributed.unscaledValue().bitLength() >= Long.SIZE) {
              acc.add(code, FinancialYear.of(2024), attributed);
            } else {
              QuantityColumns columns = QuantityColumns.of(List.of(code), new int[] {0}, new int[] {2024},
                  new long[] {attributed.unscaledValue().longValue()}, attributed.scale());
              if (random.nextBoolean()) {
                acc.add(columns);
              } else {
                acc.add(columns, 2);
              }
            }
          }
        }
      } catch (ValidationException e) {
        added = false;
        assertThat(snapshot(acc)).as("a refused record changes nothing").isEqualTo(before);
      }
      assertThat(added).as("quantity %s x share %s x proxy of %s (%s decimals, weights %s decimals): accepted",
              quantity.toPlainString().length() > 60 ? "(" + quantity.precision() + " digits, scale " + quantity.scale() + ")" : quantity,
              share, code, plan.edition().proxy(code).orElseThrow().amount().getNumber().getScale(), weightDecimals)
          .isEqualTo(acceptable);
      Statistics.label("record").collect(added ? "accepted" : "refused");
      if (added) {
        expected = expected.add(value);
        magnitude = magnitude.add(value.abs());
        accepted++;
      }
    }
    Statistics.label("record").coverage(c -> {
      c.check("accepted").percentage(p -> p >= 20);
      c.check("refused").percentage(p -> p >= 20);
    });
    RollupTotals totals = acc.result();
    try {
      assertThat(Amounts.decimal(totals.total().value())).isEqualByComparingTo(expected);
      assertThat(totals.total().facts()).isEqualTo(accepted);
      PriorityBreakdown byPriority = totals.byPriority("p");
      BigDecimal parts = Amounts.decimal(byPriority.breakdown().unclassified().value());
      for (Totals t : byPriority.breakdown().parts().values()) {
        parts = parts.add(Amounts.decimal(t.value()));
      }
      assertThat(parts).as("the priority parts add up to the total").isEqualByComparingTo(expected);
      assertThat(Amounts.decimal(totals.byTheme().total().value())).isEqualByComparingTo(expected);
    } catch (ValidationException e) {
      assertThat(magnitude).as("a view refused: %s", e.getMessage())
          .isGreaterThanOrEqualTo(BigDecimal.TEN.pow(Args.MAX_DIGITS));
    }
  }

  private static String snapshot(PortfolioRollup.Accumulator acc) {
    RollupTotals t = acc.result();
    try {
      return t.toString() + "/" + (t.isEmpty() ? "" : t.byFinancialYear().toString());
    } catch (ValidationException e) {
      return t.toString() + "/" + e.getMessage();
    }
  }

  private static boolean within(BigDecimal value, int maxScale) {
    long integerDigits = value.signum() == 0 ? 1 : (long) value.precision() - value.scale();
    return value.scale() <= maxScale && value.scale() >= -Args.MAX_DIGITS && integerDigits <= Args.MAX_DIGITS;
  }

  private static BigDecimal proxy(Random random) {
    return switch (random.nextInt(5)) {
      case 0 -> new BigDecimal(BigInteger.valueOf(1 + random.nextInt(999)), 900 + random.nextInt(101));
      case 1 -> new BigDecimal(new BigInteger(1 + random.nextInt(1200), random).add(BigInteger.ONE),
          random.nextInt(40)); // up to ~360 integer digits
      case 2 -> BigDecimal.TEN.pow(900 + random.nextInt(100));
      default -> BigDecimal.valueOf(1 + random.nextInt(100_000), random.nextInt(4));
    };
  }

  private static BigDecimal weight(Random random) {
    BigDecimal w = new BigDecimal(new BigInteger(1 + random.nextInt(190), random), 1 + random.nextInt(60));
    w = w.compareTo(BigDecimal.ONE) >= 0 || w.signum() == 0 ? new BigDecimal("0.5") : w;
    return random.nextBoolean() ? w.setScale(w.scale() + random.nextInt(200)) : w; // trailing zeros now and then
  }

  private static BigDecimal quantity(Random random) {
    int[] scales = {0, 1, 2, 6, 38, 60, 100, 500, 900, 940, 960, 990, 999, 1000, -1, -10, -500, -900, -981, -982};
    long[] unscaled = {0, 1, -1, 7, 25, Long.MAX_VALUE, Long.MIN_VALUE, 123_456_789};
    BigInteger u = random.nextInt(4) == 0 ? new BigInteger(64 + random.nextInt(200), random)
        : BigInteger.valueOf(unscaled[random.nextInt(unscaled.length)]);
    return new BigDecimal(u, scales[random.nextInt(scales.length)]);
  }

  private static BigDecimal share(Random random) {
    String[] shares = {"0.5", "0.25", "1.0", "0.333", "0." + "0".repeat(30) + "1", "0." + "9".repeat(60)};
    return new BigDecimal(shares[random.nextInt(shares.length)]);
  }

  private static final List<MeasureCode> CODES = List.of(MeasureCode.parse("NT1"), MeasureCode.parse("NT2"),
      MeasureCode.parse("NT3"));

  /** NT1 split between x and y by {@code weight} and 1 − weight; NT2 split equally; NT3 on x alone. */
  private static Framework framework(BigDecimal weight) {
    return Framework.builder().id("bound-review").title("Digit bound review (illustrative)").edition("1")
        .validity(ValidityPeriod.of(LocalDate.of(2020, 4, 1), LocalDate.of(2030, 3, 31)))
        .currency(GBP).provenance("tests").licenceNote("illustrative")
        .addSchemes(PriorityScheme.builder().id("p").title("P").addPriorities(Priority.of("x", "X"),
            Priority.of("y", "Y"), Priority.of("z", "Z")).build())
        .addThemes(Theme.of("t", "T")).addOutcomes(Outcome.of("o", "O", "t"))
        .addMeasures(
            measure(CODES.get(0), Alignment.weighted("p", "x", weight),
                Alignment.weighted("p", "y", BigDecimal.ONE.subtract(weight))),
            measure(CODES.get(1), Alignment.of("p", "x"), Alignment.of("p", "y"), Alignment.of("p", "z")),
            measure(CODES.get(2), Alignment.of("p", "x")))
        .build();
  }

  private static Measure measure(MeasureCode code, Alignment... alignments) {
    return Measure.builder().code(code).title("M " + code).unit(Unit.COUNT).kind(MeasureKind.MONETISED)
        .outcomeId("o").addAlignments(alignments).build();
  }

  private static ProxyEdition edition(List<BigDecimal> proxies) {
    ProxyEdition.Builder b = ProxyEdition.builder().id("bound-review").version("1").title("Illustrative")
        .currency(GBP).licence("illustrative");
    for (int i = 0; i < proxies.size(); i++) {
      b.putValues(CODES.get(i), ProxyValue.builder().amount(Amounts.of(proxies.get(i), GBP)).unit(Unit.COUNT)
          .priceYear(2024).source("ILLUSTRATIVE ONLY: invented for tests").licence("illustrative").build());
    }
    return b.build();
  }
}
