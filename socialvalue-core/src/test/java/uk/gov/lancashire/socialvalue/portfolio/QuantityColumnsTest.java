package uk.gov.lancashire.socialvalue.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.lancashire.socialvalue.basics.Amounts;
import uk.gov.lancashire.socialvalue.basics.FinancialYear;
import uk.gov.lancashire.socialvalue.basics.Problem;
import uk.gov.lancashire.socialvalue.basics.ValidationException;
import uk.gov.lancashire.socialvalue.framework.MeasureCode;

class QuantityColumnsTest {

  private static final FinancialYear FY24 = FinancialYear.of(2024);
  private static final FinancialYear FY25 = FinancialYear.of(2025);

  /** Illustrative proxies: £30,000, £100, £250.50 and £1 per unit. */
  private final PortfolioRollup rollup = PortfolioRollup.of(RollupFixtures.framework(), RollupFixtures.edition(
      List.of(new BigDecimal("30000"), new BigDecimal("100"), new BigDecimal("250.50"), BigDecimal.ONE)));

  /** The dictionary of the examples: positions 0 to 3. */
  private static final List<MeasureCode> CODES = List.of(RollupFixtures.WEIGHTED, RollupFixtures.THREE_WAY,
      RollupFixtures.SINGLE, RollupFixtures.RECORD_ONLY);

  // ------------------------------------------------------------------------------------------ figures

  @Test
  void aBatchGivesTheFiguresOfItsRecordsWorkedByHand() {
    // 1.50 × 30,000; 1.00 × 100; 2.00 × 250.50 in 2025/26; 75.00 of a record-only measure: at scale 2
    QuantityColumns batch = QuantityColumns.of(CODES, new int[] {0, 1, 2, 3}, new int[] {2024, 2024, 2025, 2025},
        new long[] {150, 100, 200, 7500}, 2);
    PortfolioRollup.Accumulator records = rollup.accumulator();
    records.add(RollupFixtures.WEIGHTED, FY24, new BigDecimal("1.50"));
    records.add(RollupFixtures.THREE_WAY, FY24, new BigDecimal("1.00"));
    records.add(RollupFixtures.SINGLE, FY25, new BigDecimal("2.00"));
    records.add(RollupFixtures.RECORD_ONLY, FY25, new BigDecimal("75.00"));

    RollupTotals totals = rollup.accumulator().add(batch).result();

    assertThat(Amounts.decimal(totals.total().value())).isEqualByComparingTo("45601.00");
    assertThat(totals.total().facts()).isEqualTo(4);
    assertThat(Amounts.decimal(totals.byFinancialYear().get(FY25).value())).isEqualByComparingTo("501.00");
    assertThat(totals).isEqualTo(records.result());
    assertThat(totals.byPriority("lcc").toString()).isEqualTo(records.result().byPriority("lcc").toString());
  }

  @Test
  void slicesOfOneBatchOnTwoAccumulatorsMergeToTheWhole() {
    QuantityColumns batch = QuantityColumns.of(CODES, new int[] {2, 2, 0, 2, 1}, new int[] {2024, 2026, 2024, 2025, 2024},
        new long[] {Long.MAX_VALUE, 3, 7, -Long.MAX_VALUE, 12_345}, 1);

    PortfolioRollup.Accumulator first = rollup.accumulator().add(batch.rows(0, 2));
    PortfolioRollup.Accumulator second = rollup.accumulator().add(batch.rows(2, 5));

    assertThat(first.addAll(second).result()).isEqualTo(rollup.accumulator().add(batch).result());
    assertThat(batch.rows(2, 5).size()).isEqualTo(3);
    assertThat(batch.rows(2, 5).from()).isEqualTo(2);
  }

  @Test
  void onThreadsABatchGivesWhatItGivesOnOne() {
    QuantityColumns batch = QuantityColumns.of(CODES, new int[] {2, 2, 0, 2, 1, 3, 0}, new int[] {2024, 2026, 2024, 2025,
        2024, 2023, 2027}, new long[] {Long.MAX_VALUE, 3, 7, -Long.MAX_VALUE, 12_345, 9, -4}, 1);
    RollupTotals one = rollup.accumulator().add(batch).result();

    for (int threads = 1; threads <= 9; threads++) {
      assertThat(rollup.accumulator().add(batch, threads).result()).isEqualTo(one);
    }
    PortfolioRollup.Accumulator held = rollup.accumulator();
    held.add(RollupFixtures.SINGLE, FY24, BigDecimal.ONE);
    PortfolioRollup.Accumulator expected = rollup.accumulator();
    expected.add(RollupFixtures.SINGLE, FY24, BigDecimal.ONE);
    assertThat(held.add(batch.rows(1, 6), 2).result()).isEqualTo(expected.add(batch.rows(1, 6)).result());
  }

  @Test
  void onThreadsEveryProblemOfTheBatchIsListedAndNothingAdded() {
    PortfolioRollup.Accumulator acc = rollup.accumulator();
    acc.add(RollupFixtures.SINGLE, FY24, BigDecimal.ONE);
    RollupTotals before = acc.result();
    // one bad row in each half: the thread of either half finds only its own
    QuantityColumns batch = QuantityColumns.of(CODES, new int[] {0, 9, 0, 0, 0, 0}, new int[] {2024, 2024, 2024, 2024,
        2024, 1066}, new long[6], 0);

    assertThatThrownBy(() -> acc.add(batch, 2)).isInstanceOfSatisfying(ValidationException.class,
        e -> assertThat(paths(e)).containsExactly("measure[1]", "financialYear[5]"));
    assertThat(acc.result()).isEqualTo(before);
    assertThatThrownBy(() -> acc.add(batch, 0)).isInstanceOf(ValidationException.class).hasMessageContaining("threads");
    assertThatThrownBy(() -> acc.add(batch, ChunkedRollup.MAX_THREADS + 1)).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> acc.add(null, 2)).isInstanceOf(NullPointerException.class).hasMessage("columns");
  }

  // ------------------------------------------------------------------------------------------ checks kept

  @Test
  void theShapeIsCheckedWithEveryProblemAtItsPlace() {
    assertThatThrownBy(() -> QuantityColumns.of(Arrays.asList(RollupFixtures.SINGLE, null), new int[2], new int[1],
        new long[3], 1001))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(paths(e))
            .containsExactly("measures[1]", "financialYear", "quantity", "quantityScale"));
    assertThatThrownBy(() -> QuantityColumns.of(CODES, null, new int[0], new long[0], 0))
        .isInstanceOf(NullPointerException.class).hasMessage("measure");
    assertThatThrownBy(() -> QuantityColumns.of(CODES, new int[0], null, new long[0], 0))
        .isInstanceOf(NullPointerException.class).hasMessage("financialYear");
    assertThatThrownBy(() -> QuantityColumns.of(CODES, new int[0], new int[0], null, 0))
        .isInstanceOf(NullPointerException.class).hasMessage("quantity");
    assertThatThrownBy(() -> QuantityColumns.of(null, new int[0], new int[0], new long[0], 0))
        .isInstanceOf(NullPointerException.class).hasMessage("measures");
    QuantityColumns three = QuantityColumns.of(CODES, new int[3], new int[3], new long[3], 0);
    assertThatThrownBy(() -> three.rows(2, 4)).isInstanceOf(ValidationException.class).hasMessageContaining("rows");
    assertThatThrownBy(() -> three.rows(2, 1)).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> three.rows(1, 3).rows(0, 2)).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> rollup.accumulator().add((QuantityColumns) null))
        .isInstanceOf(NullPointerException.class).hasMessage("columns");
  }

  @Test
  void everyRecordCheckStillRefusesEachBadRowAndNothingIsAdded() {
    PortfolioRollup.Accumulator acc = rollup.accumulator();
    acc.add(RollupFixtures.SINGLE, FY24, BigDecimal.ONE);
    acc.add(RollupFixtures.SINGLE, FinancialYear.of(2026), BigDecimal.ONE); // holds 2024 to 2026
    RollupTotals before = acc.result();
    List<MeasureCode> withUnknown = List.of(RollupFixtures.SINGLE, MeasureCode.parse("NT99"));
    // the good rows before the bad ones grow the years held and take a cell past a long: all undone
    QuantityColumns batch = QuantityColumns.of(withUnknown, new int[] {0, 0, 0, 2, -1, 0, 0},
        new int[] {2020, 2024, 2025, 2025, 2025, 1899, 3000}, new long[] {1, Long.MAX_VALUE, Long.MAX_VALUE, 1, 1, 1, 1}, 0);

    assertThatThrownBy(() -> acc.add(batch)).isInstanceOfSatisfying(ValidationException.class, e -> {
      assertThat(paths(e)).containsExactly("measures[1]", "measure[3]", "measure[4]", "financialYear[5]",
          "financialYear[6]");
      assertThat(e.problems().get(0).message()).startsWith("no measure NT99 in framework rollup-test");
      assertThat(e.problems().get(1).message()).isEqualTo("is 2, not a position in measures (0 to 1)");
      assertThat(e.problems().get(3).message()).isEqualTo("financial year must start between 1900 and 2999, was 1899");
    });
    assertThat(acc.result()).isEqualTo(before);
    // every code known: rows 0 to 2 are added before row 3 is found bad, and taken back
    QuantityColumns known = QuantityColumns.of(List.of(RollupFixtures.SINGLE, RollupFixtures.THREE_WAY),
        new int[] {0, 0, 0, 2, -1, 0, 0}, new int[] {2020, 2024, 2025, 2025, 2025, 1899, 3000},
        new long[] {1, Long.MAX_VALUE, Long.MAX_VALUE, 1, 1, 1, 1}, 0);
    assertThatThrownBy(() -> acc.add(known)).isInstanceOfSatisfying(ValidationException.class, e -> assertThat(paths(e))
        .containsExactly("measure[3]", "measure[4]", "financialYear[5]", "financialYear[6]"));
    assertThat(acc.result()).isEqualTo(before);
    assertThat(acc.result().toString()).isEqualTo(before.toString());
    // a new year FinancialYear.of refuses, found after good rows grew the years held
    QuantityColumns lateYear = QuantityColumns.of(List.of(RollupFixtures.SINGLE), new int[] {0, 0, 0},
        new int[] {2019, 2030, 3001}, new long[] {1, Long.MAX_VALUE, 1}, 2);
    assertThatThrownBy(() -> acc.add(lateYear)).isInstanceOfSatisfying(ValidationException.class, e -> assertThat(paths(e))
        .containsExactly("financialYear[2]"));
    assertThat(acc.result().toString()).isEqualTo(before.toString());

    QuantityColumns good = QuantityColumns.of(List.of(RollupFixtures.SINGLE), new int[] {0, 0},
        new int[] {2020, 2025}, new long[] {Long.MAX_VALUE, 1}, 0);
    PortfolioRollup.Accumulator records = rollup.accumulator();
    records.add(RollupFixtures.SINGLE, FY24, BigDecimal.ONE);
    records.add(RollupFixtures.SINGLE, FinancialYear.of(2026), BigDecimal.ONE);
    records.add(RollupFixtures.SINGLE, FinancialYear.of(2020), BigDecimal.valueOf(Long.MAX_VALUE));
    records.add(RollupFixtures.SINGLE, FY25, BigDecimal.ONE);
    assertThat(acc.add(good).result()).isEqualTo(records.result());
  }

  @Test
  void aBadRowOfAFreshAccumulatorIsRefusedToo() {
    PortfolioRollup.Accumulator acc = rollup.accumulator();
    QuantityColumns batch = QuantityColumns.of(CODES, new int[] {0, 4}, new int[] {2024, 2024}, new long[] {1, 1}, 0);

    assertThatThrownBy(() -> acc.add(batch)).isInstanceOf(ValidationException.class).hasMessageContaining("measure[1]");
    assertThat(acc.result().isEmpty()).isTrue();
  }

  @Test
  void quantitiesBeyondTheDigitBoundAreRefusedAsTheRecordPathRefusesThem() {
    int scale = -990; // a 19-digit long has 1,009 digits before the point here; 1 has 991
    QuantityColumns batch = QuantityColumns.of(CODES, new int[] {2, 2}, new int[] {2024, 2024},
        new long[] {1, Long.MAX_VALUE}, scale);
    PortfolioRollup.Accumulator acc = rollup.accumulator();

    assertThatThrownBy(() -> acc.add(batch)).isInstanceOfSatisfying(ValidationException.class, e -> {
      assertThat(paths(e)).containsExactly("quantity[1]");
      assertThat(e.problems().get(0).message()).contains("more than 1000 digits before the point");
    });
    assertThatThrownBy(() -> rollup.accumulator().add(RollupFixtures.SINGLE, FY24,
        BigDecimal.valueOf(Long.MAX_VALUE, scale))).isInstanceOf(ValidationException.class)
        .hasMessageContaining("more than 1000 digits before the point");
    assertThat(acc.result().isEmpty()).isTrue();

    PortfolioRollup.Accumulator record = rollup.accumulator();
    record.add(RollupFixtures.SINGLE, FY24, BigDecimal.valueOf(1, scale));
    assertThat(acc.add(batch.rows(0, 1)).result()).isEqualTo(record.result());
  }

  /**
   * A row whose value, quantity × proxy, would have more than 1,000 decimals is refused at its place as the
   * record path refuses it, on one thread and on two, and nothing of the batch is added (before, the batch
   * was added and every view then threw at {@code amount}, naming no row).
   */
  @Test
  void rowsWhoseValueWouldHaveMoreThanAThousandDecimalsAreRefusedAtTheirPlace() {
    // NT3 (£250.50, one decimal) at scale 1000: 1,001 decimals unless the quantity ends in a zero
    QuantityColumns batch = QuantityColumns.of(CODES, new int[] {3, 2, 2, 2}, new int[] {2024, 2024, 2025, 2024},
        new long[] {5, 10, 7, 0}, 1000);
    PortfolioRollup.Accumulator acc = rollup.accumulator();
    acc.add(RollupFixtures.SINGLE, FY24, BigDecimal.ONE);
    RollupTotals before = acc.result();

    for (int threads = 1; threads <= 2; threads++) {
      int t = threads;
      assertThatThrownBy(() -> acc.add(batch, t)).isInstanceOfSatisfying(ValidationException.class, e -> {
        assertThat(paths(e)).containsExactly("quantity[1]", "quantity[2]", "quantity[3]");
        assertThat(e.problems().get(0).message()).isEqualTo("times the proxy of NT3 makes a value of more than"
            + " 1000 digits after the point (scale 1001)");
      });
      assertThat(acc.result()).isEqualTo(before);
    }
    assertThatThrownBy(() -> rollup.accumulator().add(RollupFixtures.SINGLE, FY24, BigDecimal.valueOf(10, 1000)))
        .isInstanceOf(ValidationException.class).hasMessageContaining("(scale 1001)");
    assertThat(acc.add(batch.rows(0, 1)).result().total().facts()).isEqualTo(2); // the record-only row
    assertThat(acc.result().byPriority("lcc").breakdown().total().facts()).isEqualTo(2);
  }

  @Test
  void theProblemsListedAreBounded() {
    int n = QuantityColumns.MAX_PROBLEMS + 250;
    int[] years = new int[n];
    Arrays.fill(years, 1800);
    QuantityColumns batch = QuantityColumns.of(CODES, new int[n], years, new long[n], 0);

    assertThatThrownBy(() -> rollup.accumulator().add(batch)).isInstanceOfSatisfying(ValidationException.class, e -> {
      assertThat(e.problems()).hasSize(QuantityColumns.MAX_PROBLEMS + 1);
      assertThat(e.problems().get(QuantityColumns.MAX_PROBLEMS).toString()).contains("and 250 more problems, not listed");
    });
  }

  private static List<String> paths(ValidationException e) {
    return e.problems().stream().map(Problem::path).toList();
  }
}
