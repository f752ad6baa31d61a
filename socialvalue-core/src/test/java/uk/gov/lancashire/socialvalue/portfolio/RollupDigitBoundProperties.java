package uk.gov.lancashire.socialvalue.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import uk.gov.lancashire.socialvalue.basics.Amounts;
import uk.gov.lancashire.socialvalue.basics.Args;
import uk.gov.lancashire.socialvalue.basics.FinancialYear;
import uk.gov.lancashire.socialvalue.basics.ValidationException;
import uk.gov.lancashire.socialvalue.framework.Framework;
import uk.gov.lancashire.socialvalue.framework.MeasureCode;

/**
 * The roll-up's digit bound: a record is accepted exactly when its quantity and its value ({@code quantity ×
 * proxy}) have at most {@link Args#MAX_DIGITS} digits either side of the point and, for a measure split
 * between priorities by weight, the value leaves room after the point for its weighted shares; whatever
 * sequence of adds was accepted (records as primitives or decimals, column batches on one or two threads,
 * merged accumulators, at scales around ±1000), {@code result()} and every view then hold the exact total of
 * the accepted values. A view may refuse only a total that needs more than {@code MAX_DIGITS} digits before
 * the point, which a sum of values each within the bound can reach and no record is at fault for.
 */
class RollupDigitBoundProperties {

  private static final Framework FRAMEWORK = RollupFixtures.framework();
  private static final BigDecimal TEN_TO_THE_BOUND = BigDecimal.TEN.pow(Args.MAX_DIGITS);

  @Property(tries = 300)
  void resultAndEveryViewHoldTheExactTotalOfWhateverWasAccepted(@ForAll("proxies") List<BigDecimal> proxies,
      @ForAll long seed) {
    Random random = new Random(seed);
    PortfolioRollup plan = PortfolioRollup.of(FRAMEWORK, RollupFixtures.edition(proxies));
    PortfolioRollup.Accumulator acc = plan.accumulator();
    BigDecimal expected = BigDecimal.ZERO;
    BigDecimal magnitude = BigDecimal.ZERO; // the sum of |value|: a bound on every partial total of a view
    long facts = 0;
    int operations = 1 + random.nextInt(25);
    for (int op = 0; op < operations; op++) {
      int rows = 1 + random.nextInt(4);
      List<MeasureCode> codes = new ArrayList<>();
      int[] measure = new int[rows];
      int[] year = new int[rows];
      long[] unscaled = new long[rows];
      int scale = scale(random);
      boolean accept = true;
      BigDecimal values = BigDecimal.ZERO;
      BigDecimal sizes = BigDecimal.ZERO;
      for (int i = 0; i < rows; i++) {
        codes.add(RollupFixtures.MEASURES.get(random.nextInt(RollupFixtures.MEASURES.size())));
        measure[i] = i;
        year[i] = 2022 + random.nextInt(4);
        unscaled[i] = quantity(random);
        BigDecimal q = BigDecimal.valueOf(unscaled[i], scale);
        BigDecimal value = plan.edition().proxy(codes.get(i)).map(p -> q.multiply(Amounts.decimal(p.amount())))
            .orElse(null);
        accept &= acceptable(codes.get(i), q, value);
        values = value == null ? values : values.add(value);
        sizes = value == null ? sizes : sizes.add(value.abs());
      }
      int path = random.nextInt(5);
      if (path < 2) { // a single record: only the first row is added
        rows = 1;
        BigDecimal q = BigDecimal.valueOf(unscaled[0], scale);
        BigDecimal value = plan.edition().proxy(codes.get(0)).map(p -> q.multiply(Amounts.decimal(p.amount())))
            .orElse(null);
        accept = acceptable(codes.get(0), q, value);
        values = value == null ? BigDecimal.ZERO : value;
        sizes = values.abs();
      }
      boolean added;
      try {
        switch (path) {
          case 0 -> acc.add(plan.measureIndex(codes.get(0)), year[0], unscaled[0], scale);
          case 1 -> acc.add(codes.get(0), FinancialYear.of(year[0]), BigDecimal.valueOf(unscaled[0], scale));
          case 2 -> acc.add(QuantityColumns.of(codes, measure, year, unscaled, scale));
          case 3 -> acc.add(QuantityColumns.of(codes, measure, year, unscaled, scale), 2);
          default -> {
            PortfolioRollup.Accumulator other = plan.accumulator();
            other.add(QuantityColumns.of(codes, measure, year, unscaled, scale));
            acc.addAll(other);
          }
        }
        added = true;
      } catch (ValidationException e) {
        added = false;
      }
      assertThat(added).as("op %s: accepted exactly when every record is within the bound", op).isEqualTo(accept);
      if (added) {
        expected = expected.add(values);
        magnitude = magnitude.add(sizes);
        facts += rows;
      }
    }

    RollupTotals totals = acc.result(); // never refuses
    assertThat(totals.toString()).contains(facts + " records");
    long count = facts;
    try {
      assertThat(Amounts.decimal(totals.total().value())).isEqualByComparingTo(expected);
      assertThat(totals.total().facts()).isEqualTo(count);
      assertThat(totals.byFinancialYear().values().stream().mapToLong(Totals::facts).sum()).isEqualTo(facts);
      totals.byPriority().values().forEach(b -> assertThat(b.breakdown().total().facts()).isEqualTo(count));
      assertThat(totals.byTheme().total().facts()).isEqualTo(facts);
      assertThat(totals.byOutcome().total().facts()).isEqualTo(facts);
    } catch (ValidationException e) {
      assertThat(magnitude.abs()).as("a view refused: %s", e.getMessage()).isGreaterThanOrEqualTo(TEN_TO_THE_BOUND);
      assertThat(e.getMessage()).contains("digits before the point");
    }
  }

  /**
   * The bound, written out: the quantity within {@link Args#bounded}; the value (null when the measure is not
   * priced) at most {@code MAX_DIGITS} digits before the point and at most {@code MAX_DIGITS} after it less
   * the decimals of the measure's weights (NT1 is weighted 0.6 / 0.4 and 0.25 / 0.75: two).
   */
  private static boolean acceptable(MeasureCode code, BigDecimal quantity, BigDecimal value) {
    if (!within(quantity, Args.MAX_DIGITS)) {
      return false;
    }
    int weightDecimals = code.equals(RollupFixtures.WEIGHTED) ? 2 : 0;
    return value == null || within(value, Args.MAX_DIGITS - weightDecimals);
  }

  private static boolean within(BigDecimal value, int maxScale) {
    long integerDigits = value.signum() == 0 ? 1 : (long) value.precision() - value.scale();
    return value.scale() <= maxScale && value.scale() >= -Args.MAX_DIGITS && integerDigits <= Args.MAX_DIGITS;
  }

  private static int scale(Random random) {
    int[] around = {0, 2, 6, 990, 996, 997, 998, 999, 1000, -960, -975, -981, -982, -990, -995, -999, -1000};
    return around[random.nextInt(around.length)];
  }

  private static long quantity(Random random) {
    long[] extremes = {0, 1, -1, 7, 10, 1000, Long.MAX_VALUE, Long.MIN_VALUE, 999_999_999_999_999_999L};
    return random.nextInt(3) == 0 ? extremes[random.nextInt(extremes.length)] : random.nextLong() >> random.nextInt(64);
  }

  @Provide
  Arbitrary<List<BigDecimal>> proxies() {
    Arbitrary<BigDecimal> ordinary = Combinators.combine(Arbitraries.longs().between(1, 10_000_000_000L),
        Arbitraries.integers().between(0, 6)).as(BigDecimal::valueOf);
    Arbitrary<BigDecimal> huge = Combinators.combine(Arbitraries.bigIntegers()
            .between(BigInteger.TEN.pow(17), BigInteger.TEN.pow(40)), Arbitraries.integers().between(0, 30))
        .as(BigDecimal::new);
    return Arbitraries.frequencyOf(Tuple.of(8, ordinary), Tuple.of(2, huge)).list().ofSize(4);
  }
}
