package uk.gov.lancashire.socialvalue.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import uk.gov.lancashire.socialvalue.basics.FinancialYear;
import uk.gov.lancashire.socialvalue.basics.Problem;
import uk.gov.lancashire.socialvalue.basics.ValidationException;
import uk.gov.lancashire.socialvalue.framework.Framework;
import uk.gov.lancashire.socialvalue.framework.MeasureCode;

/**
 * The column input against the record input on random batches: added in slices cut anywhere, on any
 * number of threads ({@link ChunkedRollup}), into accumulators that may already hold records, the totals
 * and every view equal those of the same records added one at a time with {@link
 * PortfolioRollup.Accumulator#add(MeasureCode, FinancialYear, BigDecimal)}, to the last digit and scale,
 * overflow past a {@code long} included; and a batch with bad rows adds nothing and names each bad row.
 */
class QuantityColumnsProperties {

  private static final Framework FRAMEWORK = RollupFixtures.framework();

  @Property(tries = 300)
  void columnsGiveTheRecordFiguresAtAnySplitIntoThreads(@ForAll("proxies") List<BigDecimal> proxies,
      @ForAll("batches") Batch batch, @ForAll @IntRange(min = 1, max = 4) int threads, @ForAll long seed) {
    PortfolioRollup plan = PortfolioRollup.of(FRAMEWORK, RollupFixtures.edition(proxies));
    PortfolioRollup.Accumulator records = plan.accumulator();
    for (int i = 0; i < batch.size(); i++) {
      records.add(batch.code(i), FinancialYear.of(batch.year[i]), batch.quantity(i));
    }

    QuantityColumns columns = batch.columns();
    List<QuantityColumns> slices = slices(columns, new Random(seed));
    ChunkedRollup.Outcome<Integer> outcome = ChunkedRollup.rollUp(plan, slices, () -> (slice, into) -> {
      into.add(slice);
      return slice.size();
    }, threads);

    RollupTotals expected = records.result();
    RollupTotals actual = outcome.accumulator().result();
    assertThat(actual).isEqualTo(expected);
    assertThat(actual.toString()).isEqualTo(expected.toString());
    assertThat(actual.byFinancialYear().toString()).isEqualTo(expected.byFinancialYear().toString());
    assertThat(actual.byPriority().toString()).isEqualTo(expected.byPriority().toString());
    assertThat(actual.byTheme().toString()).isEqualTo(expected.byTheme().toString());
    assertThat(actual.byOutcome().toString()).isEqualTo(expected.byOutcome().toString());
    assertThat(outcome.reports().stream().mapToInt(Integer::intValue).sum()).isEqualTo(batch.size());
    assertThat(plan.accumulator().add(columns, threads).result()).isEqualTo(expected);
  }

  @Property(tries = 200)
  void columnsAddToRecordsAlreadyHeld(@ForAll("proxies") List<BigDecimal> proxies, @ForAll("batches") Batch before,
      @ForAll("batches") Batch batch) {
    PortfolioRollup plan = PortfolioRollup.of(FRAMEWORK, RollupFixtures.edition(proxies));
    PortfolioRollup.Accumulator records = plan.accumulator();
    PortfolioRollup.Accumulator mixed = plan.accumulator();
    for (int i = 0; i < before.size(); i++) {
      records.add(before.code(i), FinancialYear.of(before.year[i]), before.quantity(i));
      mixed.add(before.code(i), FinancialYear.of(before.year[i]), before.quantity(i));
    }
    for (int i = 0; i < batch.size(); i++) {
      records.add(batch.code(i), FinancialYear.of(batch.year[i]), batch.quantity(i));
    }
    mixed.add(batch.columns());

    assertThat(mixed.result()).isEqualTo(records.result());
    assertThat(mixed.result().byPriority().toString()).isEqualTo(records.result().byPriority().toString());
  }

  @Property(tries = 200)
  void aBatchWithBadRowsAddsNothingAndNamesEachOne(@ForAll("proxies") List<BigDecimal> proxies,
      @ForAll("batches") Batch before, @ForAll("batches") Batch batch, @ForAll long seed) {
    Random random = new Random(seed);
    int[] measure = batch.measure.clone();
    int[] year = batch.year.clone();
    TreeSet<String> expected = new TreeSet<>();
    int bad = 1 + random.nextInt(Math.max(1, batch.size()));
    for (int b = 0; b < bad && batch.size() > 0; b++) {
      int i = random.nextInt(batch.size());
      if (random.nextBoolean()) {
        measure[i] = random.nextBoolean() ? batch.measures.size() + random.nextInt(3) : -1 - random.nextInt(3);
        expected.add("measure[" + i + "]");
      } else {
        year[i] = random.nextBoolean() ? 1899 - random.nextInt(100) : 3000 + random.nextInt(100);
        expected.add("financialYear[" + i + "]");
      }
    }
    if (expected.isEmpty()) {
      return; // an empty batch has no row to spoil
    }
    PortfolioRollup.Accumulator acc = PortfolioRollup.of(FRAMEWORK, RollupFixtures.edition(proxies)).accumulator();
    acc.add(before.columns());
    RollupTotals held = acc.result();

    QuantityColumns spoiled = QuantityColumns.of(batch.measures, measure, year, batch.unscaled, batch.scale);
    assertThatThrownBy(() -> acc.add(spoiled)).isInstanceOfSatisfying(ValidationException.class,
        e -> assertThat(e.problems().stream().map(Problem::path).toList()).containsExactlyInAnyOrderElementsOf(expected));
    assertThat(acc.result()).isEqualTo(held);
    assertThat(acc.result().toString()).isEqualTo(held.toString());
  }

  /** Cuts the batch into consecutive slices of random sizes, empty ones included. */
  private static List<QuantityColumns> slices(QuantityColumns columns, Random random) {
    List<QuantityColumns> slices = new ArrayList<>();
    int from = 0;
    while (from < columns.size() || slices.isEmpty()) {
      int to = Math.min(columns.size(), from + random.nextInt(9));
      slices.add(columns.rows(from, to));
      from = to;
    }
    return slices;
  }

  /** A random batch: a dictionary (codes in any order, repeats allowed) and rows referring to it. */
  static final class Batch {
    final List<MeasureCode> measures;
    final int[] measure;
    final int[] year;
    final long[] unscaled;
    final int scale;

    Batch(List<MeasureCode> measures, int[] measure, int[] year, long[] unscaled, int scale) {
      this.measures = measures;
      this.measure = measure;
      this.year = year;
      this.unscaled = unscaled;
      this.scale = scale;
    }

    int size() {
      return measure.length;
    }

    MeasureCode code(int i) {
      return measures.get(measure[i]);
    }

    BigDecimal quantity(int i) {
      return BigDecimal.valueOf(unscaled[i], scale);
    }

    QuantityColumns columns() {
      return QuantityColumns.of(measures, measure, year, unscaled, scale);
    }

    @Override
    public String toString() {
      StringBuilder s = new StringBuilder(measures + " scale " + scale + ":");
      for (int i = 0; i < size(); i++) {
        s.append(' ').append(code(i)).append('/').append(year[i]).append('/').append(unscaled[i]);
      }
      return s.toString();
    }
  }

  @Provide
  Arbitrary<Batch> batches() {
    Arbitrary<List<MeasureCode>> dictionary = Arbitraries.of(RollupFixtures.MEASURES).list().ofMinSize(1).ofMaxSize(7);
    Arbitrary<Long> small = Arbitraries.longs().between(-100_000, 10_000_000);
    Arbitrary<Long> nearLongLimits = Arbitraries.longs().between(Long.MAX_VALUE / 1000, Long.MAX_VALUE)
        .map(l -> l % 2 == 0 ? l : -l);
    Arbitrary<Long> unscaled = Arbitraries.frequencyOf(Tuple.of(8, small), Tuple.of(2, nearLongLimits),
        Tuple.of(1, Arbitraries.of(Long.MIN_VALUE, Long.MAX_VALUE, 0L)));
    Arbitrary<Integer> scale = Arbitraries.integers().between(-3, 12);
    Arbitrary<Row> row = Combinators.combine(Arbitraries.integers().between(0, 6), Arbitraries.integers().between(2022, 2029),
        unscaled).as(Row::new);
    return Combinators.combine(dictionary, row.list().ofMaxSize(60), scale).as((codes, rows, s) -> {
      int[] measure = new int[rows.size()];
      int[] year = new int[rows.size()];
      long[] quantities = new long[rows.size()];
      for (int i = 0; i < rows.size(); i++) {
        measure[i] = rows.get(i).position % codes.size();
        year[i] = rows.get(i).year;
        quantities[i] = rows.get(i).unscaled;
      }
      return new Batch(List.copyOf(codes), measure, year, quantities, s);
    });
  }

  /** One generated row: a position (taken modulo the dictionary's size), a year and an unscaled quantity. */
  record Row(int position, int year, long unscaled) {}

  @Provide
  Arbitrary<List<BigDecimal>> proxies() {
    return new PortfolioRollupProperties().proxies();
  }
}
