package uk.gov.lancashire.socialvalue.portfolio;

import uk.gov.lancashire.socialvalue.basics.Amounts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.lancashire.socialvalue.ProcurementFixtures;
import uk.gov.lancashire.socialvalue.basics.FinancialYear;
import uk.gov.lancashire.socialvalue.basics.ValidationException;
import uk.gov.lancashire.socialvalue.delivery.RecordStatus;
import uk.gov.lancashire.socialvalue.framework.MeasureCode;

class PortfolioRollupTest {

  private static final FinancialYear FY24 = FinancialYear.of(2024);
  private static final FinancialYear FY25 = FinancialYear.of(2025);

  /** Illustrative proxies: £30,000, £100, £250.50 and £1 per unit. */
  private final PortfolioRollup rollup = PortfolioRollup.of(RollupFixtures.framework(), RollupFixtures.edition(
      List.of(new BigDecimal("30000"), new BigDecimal("100"), new BigDecimal("250.50"), BigDecimal.ONE)));

  @Test
  void valuesAndSplitsAsWorkedByHand() {
    PortfolioRollup.Accumulator acc = rollup.accumulator();
    acc.add(RollupFixtures.WEIGHTED, FY24, new BigDecimal("1.5")); // 1.5 × 30,000 = 45,000
    acc.add(RollupFixtures.THREE_WAY, FY24, new BigDecimal("1")); // 1 × 100 = 100, split three ways
    acc.add(RollupFixtures.SINGLE, FY25, new BigDecimal("2")); // 2 × 250.50 = 501.00
    acc.add(RollupFixtures.RECORD_ONLY, FY25, new BigDecimal("75")); // counted, valued at zero

    RollupTotals totals = acc.result();

    assertThat(Amounts.decimal(totals.total().value())).isEqualByComparingTo("45601.00");
    assertThat(totals.total().facts()).isEqualTo(4);
    assertThat(Amounts.decimal(totals.byFinancialYear().get(FY24).value())).isEqualByComparingTo("45100");
    assertThat(Amounts.decimal(totals.byFinancialYear().get(FY25).value())).isEqualByComparingTo("501.00");
    Breakdown<String> lcc = totals.byPriority("lcc").breakdown();
    // growth: 0.6 × 45,000 + 100/3 truncated at 20 places; environment takes the remainder and the 501.00
    assertThat(Amounts.decimal(lcc.parts().get("growth").value())).isEqualByComparingTo("27033.33333333333333333333");
    assertThat(Amounts.decimal(lcc.parts().get("caring").value())).isEqualByComparingTo("18033.33333333333333333333");
    assertThat(Amounts.decimal(lcc.parts().get("environment").value())).isEqualByComparingTo("534.33333333333333333334");
    assertThat(lcc.unclassified().facts()).isEqualTo(1);
    assertThat(Amounts.decimal(totals.byTheme().parts().get("environment").value())).isEqualByComparingTo("501.00");
    assertThat(Amounts.decimal(totals.byTheme().parts().get("jobs").value())).isEqualByComparingTo("45100");
  }

  @Test
  void primitiveAndDecimalInputsAgree() {
    PortfolioRollup.Accumulator primitive = rollup.accumulator();
    PortfolioRollup.Accumulator decimal = rollup.accumulator();
    int m = rollup.measureIndex(RollupFixtures.SINGLE);

    primitive.add(m, 2024, 1234, 3);
    decimal.add(RollupFixtures.SINGLE, FY24, new BigDecimal("1.234"));

    assertThat(primitive.result()).isEqualTo(decimal.result());
    assertThat(Amounts.decimal(primitive.result().total().value())).isEqualByComparingTo("309.117");
  }

  @Test
  void aDecimalByMeasureIndexAddsAsByMeasureCodeAtEveryWidth() {
    PortfolioRollup.Accumulator byIndex = rollup.accumulator();
    PortfolioRollup.Accumulator byCode = rollup.accumulator();
    int m = rollup.measureIndex(RollupFixtures.SINGLE);
    // 18 digits (read without a BigInteger), 19 digits (a long), 25 digits (BigDecimal), a negative scale
    for (String q : List.of("123456789012345.678", "-9223372036854775.807", "1234567890123456789012.345", "5E+3")) {
      byIndex.add(m, 2024, new BigDecimal(q));
      byCode.add(RollupFixtures.SINGLE, FY24, new BigDecimal(q));
    }
    assertThat(byIndex.result()).isEqualTo(byCode.result());
    assertThat(Amounts.decimal(byIndex.result().total().value())).isEqualByComparingTo(
        new BigDecimal("123456789012345.678").add(new BigDecimal("-9223372036854775.807"))
            .add(new BigDecimal("1234567890123456789012.345")).add(new BigDecimal("5E+3"))
            .multiply(new BigDecimal("250.50")));
    assertThatThrownBy(() -> byIndex.add(-1, 2024, new BigDecimal("1234567890123456789012.345")))
        .isInstanceOf(ValidationException.class).hasMessageContaining("is not one of the plan's");
  }

  @Test
  void sumsBeyondALongStayExact() {
    PortfolioRollup.Accumulator acc = rollup.accumulator();
    int m = rollup.measureIndex(RollupFixtures.WEIGHTED);
    for (int i = 0; i < 3; i++) {
      acc.add(m, 2024, Long.MAX_VALUE, 0); // the product alone overflows a long
      acc.add(m, 2025, Long.MAX_VALUE / 40_000, 0); // products fit, their sum does not
    }

    BigDecimal max = BigDecimal.valueOf(Long.MAX_VALUE);
    BigDecimal expected2024 = max.multiply(new BigDecimal("90000"));
    BigDecimal expected2025 = BigDecimal.valueOf(Long.MAX_VALUE / 40_000).multiply(new BigDecimal("90000"));
    assertThat(Amounts.decimal(acc.result().byFinancialYear().get(FY24).value())).isEqualByComparingTo(expected2024);
    assertThat(Amounts.decimal(acc.result().byFinancialYear().get(FY25).value())).isEqualByComparingTo(expected2025);
  }

  @Test
  void aDeliveryRecordCountsItsAttributedQuantityInItsFinancialYear() {
    PortfolioRollup.Accumulator acc = rollup.accumulator();
    // half of 3 units of the £250.50 measure, reported in 2025/26-Q4 (a quarter of financial year 2025/26)
    acc.add(ProcurementFixtures.record("r1", "2025/26-Q4", RollupFixtures.SINGLE, "3", "prime", RecordStatus.VERIFIED)
        .share(new BigDecimal("0.5")).build());

    assertThat(acc.result().byFinancialYear()).containsOnlyKeys(FY25);
    assertThat(Amounts.decimal(acc.result().total().value())).isEqualByComparingTo("375.75");
  }

  @Test
  void yearsMayArriveInAnyOrder() {
    PortfolioRollup.Accumulator acc = rollup.accumulator();
    acc.add(RollupFixtures.SINGLE, FinancialYear.of(2026), BigDecimal.ONE);
    acc.add(RollupFixtures.SINGLE, FinancialYear.of(2020), BigDecimal.ONE);
    acc.add(RollupFixtures.SINGLE, FinancialYear.of(2023), new BigDecimal("2"));

    assertThat(acc.result().byFinancialYear().keySet())
        .containsExactly(FinancialYear.of(2020), FinancialYear.of(2023), FinancialYear.of(2026));
    assertThat(Amounts.decimal(acc.result().byFinancialYear().get(FinancialYear.of(2023)).value()))
        .isEqualByComparingTo("501.00");
  }

  @Test
  void primitiveRecordsAreCheckedWhateverYearsTheAccumulatorHolds() {
    PortfolioRollup.Accumulator acc = rollup.accumulator();
    int m = rollup.measureIndex(RollupFixtures.SINGLE);
    acc.add(m, 2024, 2, 0);
    acc.add(m, 2026, 2, 0); // now holds 2024 to 2026: years inside are added without a new check
    RollupTotals before = acc.result();

    assertThatThrownBy(() -> acc.add(m, 1899, 1, 0)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("financial year must start between 1900 and 2999, was 1899");
    assertThatThrownBy(() -> acc.add(m, 3000, 1, 0)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("was 3000");
    assertThatThrownBy(() -> acc.add(m, Integer.MIN_VALUE, 1, 0)).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> acc.add(rollup.measureCount(), 2025, 1, 0)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("is not one of the plan's");
    assertThatThrownBy(() -> acc.add(-1, 2025, 1, 0)).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> acc.add(m, 2025, 1, 1001)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("more than 1000 digits");

    assertThat(acc.result()).isEqualTo(before);
    acc.add(m, 2025, 1, 0);
    assertThat(acc.result().total().facts()).isEqualTo(3);
  }

  @Test
  void aCellContinuesExactlyPastTheRangeOfALong() {
    PortfolioRollup.Accumulator primitive = rollup.accumulator();
    PortfolioRollup.Accumulator decimal = rollup.accumulator();
    int m = rollup.measureIndex(RollupFixtures.SINGLE); // £250.50
    long[] quantities = {Long.MAX_VALUE, 3, -Long.MAX_VALUE, 7, 12345};
    int[] scales = {0, 2, 0, 1, 2};
    for (int i = 0; i < quantities.length; i++) {
      primitive.add(m, 2024, quantities[i], scales[i]);
      decimal.add(RollupFixtures.SINGLE, FY24, BigDecimal.valueOf(quantities[i], scales[i]));
    }
    assertThat(primitive.result()).isEqualTo(decimal.result());
    assertThat(Amounts.decimal(primitive.result().total().value())).isEqualByComparingTo(
        new BigDecimal("250.50").multiply(new BigDecimal("0.03").add(new BigDecimal("0.7")).add(new BigDecimal("123.45"))));
  }

  @Test
  void anUnknownMeasureIsAnError() {
    assertThatThrownBy(() -> rollup.measureIndex(MeasureCode.parse("NT99")))
        .isInstanceOf(ValidationException.class).hasMessageContaining("no measure NT99");
  }

  @Test
  void accumulatorsOfDifferentPlansDoNotMix() {
    PortfolioRollup other = PortfolioRollup.of(RollupFixtures.framework(), RollupFixtures.edition(
        List.of(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.TEN)));
    PortfolioRollup.Accumulator a = other.accumulator();
    a.add(RollupFixtures.SINGLE, FY24, BigDecimal.ONE);
    PortfolioRollup.Accumulator b = rollup.accumulator();
    b.add(RollupFixtures.SINGLE, FY24, BigDecimal.ONE);

    assertThatThrownBy(() -> rollup.accumulator().addAll(a)).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> b.result().combine(a.result())).isInstanceOf(ValidationException.class)
        .hasMessageContaining("different frameworks or editions");
  }

  @Test
  void anEmptyRollUpHasNoCurrency() {
    RollupTotals empty = rollup.accumulator().result();

    assertThat(empty.isEmpty()).isTrue();
    assertThat(empty.currency()).isEmpty();
    assertThat(empty.total().facts()).isZero();
  }

  // ------------------------------------------------------------------------------------- the digit bound

  /**
   * A quantity may have 1,000 decimals, but quantity × proxy then may have more: the record is refused when
   * it is added, at {@code quantity}, and the accumulator stays usable; a value of 1,000 decimals is kept and
   * every view holds it (before, the add was accepted and every view then threw at {@code amount}).
   */
  @Test
  void aRecordWhoseValueWouldHaveMoreThanAThousandDecimalsIsRefusedWhenAdded() {
    PortfolioRollup.Accumulator acc = rollup.accumulator();
    int single = rollup.measureIndex(RollupFixtures.SINGLE); // £250.50, kept as 250.5: one decimal
    acc.add(single, 2024, 3, 999); // 3E-999 × 250.5 = 7.515E-997: 1,000 decimals, kept
    RollupTotals before = acc.result();

    assertThatThrownBy(() -> acc.add(single, 2024, 1, 1000)) // 1E-1000 × 250.5: 1,001 decimals
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("quantity: times the proxy of NT3 makes a value of more than 1000 digits after the point"
            + " (scale 1001)");
    assertThatThrownBy(() -> acc.add(RollupFixtures.SINGLE, FY24, new BigDecimal("1E-1000")))
        .isInstanceOf(ValidationException.class).hasMessageContaining("NT3 makes a value of more than 1000 digits");
    BigDecimal bigAtScale1000 = new BigDecimal(java.math.BigInteger.TEN.pow(30).add(java.math.BigInteger.ONE), 1000);
    assertThatThrownBy(() -> acc.add(RollupFixtures.SINGLE, FY24, bigAtScale1000))
        .isInstanceOf(ValidationException.class).hasMessageContaining("NT3 makes a value of more than 1000 digits");

    assertThat(acc.result()).isEqualTo(before);
    assertThat(Amounts.decimal(acc.result().total().value())).isEqualByComparingTo(new BigDecimal("7.515E-997"));
    assertThat(acc.result().byPriority()).hasSize(2);
    assertThat(acc.result().byTheme().total().facts()).isEqualTo(1);
  }

  /**
   * A measure split between priorities by weight (NT1: 0.6 / 0.4 and 0.25 / 0.75) puts {@code value × weight}
   * in each priority: its value may have only as many decimals as leave each share 1,000 (here 998).
   */
  @Test
  void aWeightedMeasuresValueLeavesRoomForItsShares() {
    PortfolioRollup.Accumulator acc = rollup.accumulator();
    int weighted = rollup.measureIndex(RollupFixtures.WEIGHTED); // £30,000
    acc.add(weighted, 2024, 7, 998); // 2.1E-993: 998 decimals; × 0.25 = 5.25E-994, 1,000 decimals

    assertThatThrownBy(() -> acc.add(weighted, 2024, 7, 999))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("quantity: times the proxy of NT1 makes a value of more than 998 digits after the point"
            + " (scale 999): its share of a priority by a weight of 2 decimals would have more than 1000");
    assertThat(Amounts.decimal(acc.result().byPriority("county").breakdown().parts().get("people").value()))
        .isEqualByComparingTo(new BigDecimal("5.25E-994"));
  }

  /**
   * Digits before the point: a quantity of 10^1008 (a long at scale -990) was accepted by the primitive add
   * (only scales beyond ±1000 were checked); and a quantity of 1,000 digits times £30,000 has 1,005.
   */
  @Test
  void aQuantityOrValueOfMoreThanAThousandDigitsBeforeThePointIsRefused() {
    PortfolioRollup.Accumulator acc = rollup.accumulator();
    int weighted = rollup.measureIndex(RollupFixtures.WEIGHTED);
    int recordOnly = rollup.measureIndex(RollupFixtures.RECORD_ONLY);

    assertThatThrownBy(() -> acc.add(recordOnly, 2024, 1_000_000_000_000_000_000L, -990))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("quantity: has more than 1000 digits before the point");
    assertThatThrownBy(() -> acc.add(weighted, 2024, 9, -999)) // 9E+999 × 30,000 = 2.7E+1004
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("quantity: times the proxy of NT1 makes a value of more than 1000 digits before the point"
            + " (1005)");
    assertThatThrownBy(() -> acc.add(RollupFixtures.WEIGHTED, FY24, new BigDecimal("9E+999")))
        .isInstanceOf(ValidationException.class).hasMessageContaining("digits before the point (1005)");
    acc.add(recordOnly, 2024, 1, -999); // valued at zero: counted
    acc.add(weighted, 2024, 3, -995); // 3E+995 × 30,000 = 9E+999: 1,000 digits

    assertThat(acc.result().total().facts()).isEqualTo(2);
    assertThat(Amounts.decimal(acc.result().total().value())).isEqualByComparingTo(new BigDecimal("9E+999"));
  }
}
