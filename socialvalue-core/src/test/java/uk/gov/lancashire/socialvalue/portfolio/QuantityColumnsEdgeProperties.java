package uk.gov.lancashire.socialvalue.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import uk.gov.lancashire.socialvalue.basics.Args;
import uk.gov.lancashire.socialvalue.basics.FinancialYear;
import uk.gov.lancashire.socialvalue.basics.Problem;
import uk.gov.lancashire.socialvalue.basics.ValidationException;
import uk.gov.lancashire.socialvalue.framework.Framework;
import uk.gov.lancashire.socialvalue.framework.MeasureCode;

/**
 * Review of the column input (session 5) on hostile batches: dictionaries with codes the plan does not know
 * (used or not), repeated codes, measure positions outside the dictionary, years at and beyond {@link
 * FinancialYear}'s bounds, unscaled quantities at a {@code long}'s limits at scales from {@code
 * -Args.MAX_DIGITS} to {@code Args.MAX_DIGITS} (around the scale below which a {@code long} may have too
 * many digits), slices cut anywhere, into an accumulator that already holds records. The batch gives exactly
 * the record path's figures, or, when any row or code is bad, exactly the record path's refusals, each at
 * its place (row numbers counted from the start of the arrays), and leaves the accumulator untouched; the
 * same batch added on 1 to 4 threads ({@code add(columns, threads)}) gives the same figures or the same
 * refusal, every problem of the whole batch, and adds nothing.
 */
class QuantityColumnsEdgeProperties {

  private static final Framework FRAMEWORK = RollupFixtures.framework();
  private static final MeasureCode UNKNOWN = MeasureCode.parse("XX9");
  private static final MeasureCode UNKNOWN_TOO = MeasureCode.parse("ZZ1");

  @Property(tries = 400)
  void aHostileBatchGivesTheRecordPathsFiguresOrItsRefusalsAndAddsNothingWhenRefused(
      @ForAll("proxies") List<BigDecimal> proxies, @ForAll long seed) {
    Random random = new Random(seed);
    PortfolioRollup plan = PortfolioRollup.of(FRAMEWORK, RollupFixtures.edition(proxies));
    List<MeasureCode> dictionary = new ArrayList<>();
    int d = 1 + random.nextInt(6);
    for (int k = 0; k < d; k++) {
      int pick = random.nextInt(20);
      dictionary.add(pick == 0 ? UNKNOWN : pick == 1 ? UNKNOWN_TOO
          : RollupFixtures.MEASURES.get(random.nextInt(RollupFixtures.MEASURES.size())));
    }
    boolean hostile = random.nextInt(3) == 0;
    int n = random.nextInt(50);
    int[] measure = new int[n];
    int[] year = new int[n];
    long[] quantity = new long[n];
    int[] scales = {0, 2, -3, Args.MAX_DIGITS, -Args.MAX_DIGITS, 19 - Args.MAX_DIGITS, 18 - Args.MAX_DIGITS,
        20 - Args.MAX_DIGITS, Args.MAX_DIGITS - 1, 40};
    int scale = scales[random.nextInt(scales.length)];
    long[] extremes = {Long.MIN_VALUE, Long.MAX_VALUE, Long.MIN_VALUE + 1, 0, -1, 1, 999_999_999_999_999_999L,
        1_000_000_000_000_000_000L, -1_000_000_000_000_000_000L};
    int[] years = {1900, 2999, 2024, 2025, 1899, 3000, Integer.MIN_VALUE, Integer.MAX_VALUE};
    for (int i = 0; i < n; i++) {
      measure[i] = hostile && random.nextInt(8) == 0 ? (random.nextBoolean() ? -1 : d + random.nextInt(3))
          : random.nextInt(d);
      year[i] = hostile && random.nextInt(6) == 0 ? years[random.nextInt(years.length)]
          : random.nextInt(10) == 0 ? years[random.nextInt(2)] : 2020 + random.nextInt(8);
      quantity[i] = random.nextInt(4) == 0 ? extremes[random.nextInt(extremes.length)]
          : random.nextLong() >> random.nextInt(64);
    }
    int from = n == 0 ? 0 : random.nextInt(n + 1);
    int to = from + (n == from ? 0 : random.nextInt(n - from + 1));
    QuantityColumns batch = QuantityColumns.of(dictionary, measure, year, quantity, scale).rows(from, to);

    // the accumulator already holds records (in long and in BigDecimal cells)
    PortfolioRollup.Accumulator records = plan.accumulator();
    PortfolioRollup.Accumulator columns = plan.accumulator();
    PortfolioRollup.Accumulator threaded = plan.accumulator(); // add(batch, threads), landed at 01:38
    int threads = 1 + random.nextInt(4);
    for (int i = 0; i < 5; i++) {
      MeasureCode code = RollupFixtures.MEASURES.get(i);
      BigDecimal q = i == 1 ? new BigDecimal("1E+30") : BigDecimal.valueOf(random.nextInt(1000), 1);
      records.add(code, FinancialYear.of(2022 + i), q);
      columns.add(code, FinancialYear.of(2022 + i), q);
      threaded.add(code, FinancialYear.of(2022 + i), q);
    }
    RollupTotals before = columns.result();

    List<String> expected = new ArrayList<>();
    for (int k = 0; k < d; k++) {
      if (dictionary.get(k).equals(UNKNOWN) || dictionary.get(k).equals(UNKNOWN_TOO)) {
        expected.add("measures[" + k + "]");
      }
    }
    for (int i = from; i < to; i++) {
      if (measure[i] < 0 || measure[i] >= d) {
        expected.add("measure[" + i + "]");
      }
      if (year[i] < 1900 || year[i] > 2999) {
        expected.add("financialYear[" + i + "]");
      }
      BigDecimal q = BigDecimal.valueOf(quantity[i], scale);
      if (!within(q) || measure[i] >= 0 && measure[i] < d && !valueWithin(plan, dictionary.get(measure[i]), q)) {
        expected.add("quantity[" + i + "]");
      }
    }

    if (expected.isEmpty()) {
      for (int i = from; i < to; i++) {
        records.add(dictionary.get(measure[i]), FinancialYear.of(year[i]), BigDecimal.valueOf(quantity[i], scale));
      }
      columns.add(batch);
      assertThat(outcome(columns)).isEqualTo(outcome(records));
      threaded.add(batch, threads);
      assertThat(outcome(threaded)).isEqualTo(outcome(records));
      return;
    }
    // every row the record path refuses, it refuses too (a row at a time, each refusal for its own reason)
    for (int i = from; i < to; i++) {
      boolean bad = expected.contains("measure[" + i + "]") || expected.contains("financialYear[" + i + "]")
          || expected.contains("quantity[" + i + "]") || measure[i] >= 0 && measure[i] < d
          && expected.contains("measures[" + measure[i] + "]");
      if (bad && measure[i] >= 0 && measure[i] < d) {
        int row = i;
        assertThatThrownBy(() -> plan.accumulator().add(dictionary.get(measure[row]), FinancialYear.of(year[row]),
            BigDecimal.valueOf(quantity[row], scale))).isInstanceOf(ValidationException.class);
      }
    }
    ValidationException e = catchThrowableOfType(ValidationException.class, () -> columns.add(batch));
    assertThat(e).as("refused").isNotNull();
    assertThat(e.problems().stream().map(Problem::path).toList()).containsExactlyElementsOf(expected);
    assertThat(columns.result()).isEqualTo(before);
    assertThat(columns.result().toString()).isEqualTo(before.toString());
    assertThat(columns.result().byFinancialYear().toString()).isEqualTo(before.byFinancialYear().toString());
    ValidationException onThreads = catchThrowableOfType(ValidationException.class, () -> threaded.add(batch, threads));
    assertThat(onThreads).as("refused on threads").isNotNull();
    assertThat(onThreads.problems()).isEqualTo(e.problems());
    assertThat(threaded.result()).isEqualTo(before);
    assertThat(threaded.result().toString()).isEqualTo(before.toString());
  }

  /**
   * @return the totals and their views, or the refusal of a view (a value beyond the digit bound, a quantity
   *     at scale 1000 times a proxy with decimals, was refused there, naming no record, until the row was
   *     refused when added: see {@link #valueWithin})
   */
  private static Object outcome(PortfolioRollup.Accumulator acc) {
    try {
      RollupTotals t = acc.result();
      return List.of(t, t.toString(), t.byFinancialYear().toString(), t.byPriority().toString(),
          t.byTheme().toString());
    } catch (ValidationException e) {
      return "result() refused: " + e.problems();
    }
  }

  /**
   * The roll-up's bound on a row's value, written out: quantity × proxy (none for a code the plan does not
   * know or a measure it does not price) at most MAX_DIGITS digits either side of the point, less after it
   * the decimals of the measure's weights (NT1 is weighted 0.6 / 0.4 and 0.25 / 0.75: two).
   */
  private static boolean valueWithin(PortfolioRollup plan, MeasureCode code, BigDecimal quantity) {
    BigDecimal value = plan.edition().proxy(code)
        .map(p -> quantity.multiply(uk.gov.lancashire.socialvalue.basics.Amounts.decimal(p.amount()))).orElse(null);
    if (value == null) {
      return true;
    }
    long integerDigits = value.signum() == 0 ? 1 : (long) value.precision() - value.scale();
    int weightDecimals = code.equals(RollupFixtures.WEIGHTED) ? 2 : 0;
    return value.scale() <= Args.MAX_DIGITS - weightDecimals && integerDigits <= Args.MAX_DIGITS;
  }

  /** {@link Args#bounded}'s rule, written out: at most MAX_DIGITS digits either side of the point. */
  private static boolean within(BigDecimal value) {
    long integerDigits = value.signum() == 0 ? 1 : (long) value.precision() - value.scale();
    return Math.abs(value.scale()) <= Args.MAX_DIGITS && integerDigits <= Args.MAX_DIGITS;
  }

  @Provide
  Arbitrary<List<BigDecimal>> proxies() {
    return new PortfolioRollupProperties().proxies();
  }

  /** Thousands of bad rows: the first {@value QuantityColumns#MAX_PROBLEMS} listed, the rest counted exactly. */
  @Example
  void problemsAreBoundedAndTheRestCountedExactly() {
    int n = 3000;
    int[] measure = new int[n];
    int[] year = new int[n];
    long[] quantity = new long[n];
    java.util.Arrays.fill(year, 1800);
    java.util.Arrays.fill(measure, 7);
    PortfolioRollup.Accumulator acc = PortfolioRollup.of(FRAMEWORK,
        RollupFixtures.edition(new PortfolioRollupProperties().proxies().sample())).accumulator();
    ValidationException e = catchThrowableOfType(ValidationException.class,
        () -> acc.add(QuantityColumns.of(List.of(UNKNOWN, RollupFixtures.MEASURES.get(0)), measure, year, quantity, 0)));
    assertThat(e.problems()).hasSize(QuantityColumns.MAX_PROBLEMS + 1);
    assertThat(e.problems().get(0).path()).isEqualTo("measures[0]");
    assertThat(e.problems().get(1).path()).isEqualTo("measure[0]");
    assertThat(e.problems().get(2).path()).isEqualTo("financialYear[0]");
    // 1 code + 3000 × (measure, year; quantities of 0 are within bounds) = 6001 problems, 1000 listed
    assertThat(e.problems().get(QuantityColumns.MAX_PROBLEMS).message())
        .isEqualTo("and " + (1 + 2 * n - QuantityColumns.MAX_PROBLEMS) + " more problems, not listed");
  }

  /** Slices at the edges: empty slices anywhere, slices of slices, and none outside its parent. */
  @Example
  void slicesAtTheEdges() {
    int[] measure = {0, 0, 0, 0};
    int[] year = {2024, 2025, 1899, 2024};
    long[] quantity = {1, 2, 3, 4};
    QuantityColumns all = QuantityColumns.of(List.of(RollupFixtures.MEASURES.get(2)), measure, year, quantity, 0);
    PortfolioRollup plan = PortfolioRollup.of(FRAMEWORK,
        RollupFixtures.edition(List.of(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.TEN, BigDecimal.ONE)));
    for (int at = 0; at <= 4; at++) {
      assertThat(plan.accumulator().add(all.rows(at, at)).result()).isEqualTo(plan.accumulator().result());
    }
    QuantityColumns middle = all.rows(1, 3);
    assertThat(middle.rows(1, 1).size()).isZero();
    assertThatThrownBy(() -> middle.rows(0, 2)).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> middle.rows(2, 4)).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> middle.rows(3, 2)).isInstanceOf(ValidationException.class);
    // the bad year sits in row 2 of the arrays, row 1 of the slice: named by its place in the arrays
    ValidationException e = catchThrowableOfType(ValidationException.class, () -> plan.accumulator().add(middle));
    assertThat(e.problems()).extracting(Problem::path).containsExactly("financialYear[2]");
  }

  /** The arrays are the caller's (documented): what is added is what they hold when added. */
  @Example
  void theArraysAreReadWhenAddedNotWhenMade() {
    int[] measure = {0, 1};
    int[] year = {2024, 2025};
    long[] quantity = {10, 20};
    List<MeasureCode> codes = new ArrayList<>(List.of(RollupFixtures.MEASURES.get(0), RollupFixtures.MEASURES.get(2)));
    QuantityColumns batch = QuantityColumns.of(codes, measure, year, quantity, 1);
    codes.set(0, UNKNOWN); // the dictionary is copied: changing the caller's list changes nothing
    quantity[1] = 25;
    year[0] = 2026;
    PortfolioRollup plan = PortfolioRollup.of(FRAMEWORK,
        RollupFixtures.edition(List.of(new BigDecimal("2.5"), BigDecimal.ONE, new BigDecimal("0.125"), BigDecimal.ONE)));
    PortfolioRollup.Accumulator records = plan.accumulator();
    records.add(RollupFixtures.MEASURES.get(0), FinancialYear.of(2026), new BigDecimal("1.0"));
    records.add(RollupFixtures.MEASURES.get(2), FinancialYear.of(2025), new BigDecimal("2.5"));
    assertThat(plan.accumulator().add(batch).result()).isEqualTo(records.result());
    assertThat(batch.measures()).containsExactly(RollupFixtures.MEASURES.get(0), RollupFixtures.MEASURES.get(2));
  }
}
