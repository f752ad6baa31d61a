package uk.gov.lancashire.socialvalue.examples.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.gov.lancashire.socialvalue.basics.FinancialQuarter;
import uk.gov.lancashire.socialvalue.basics.FinancialYear;
import uk.gov.lancashire.socialvalue.delivery.DeliveryRecord;
import uk.gov.lancashire.socialvalue.delivery.RecordStatus;
import uk.gov.lancashire.socialvalue.framework.MeasureCode;

class DeliveryTotalsTest {

  private static DeliveryRecord record(int measure, String quantity) {
    return DeliveryRecord.builder().id("r" + measure).period(FinancialQuarter.of(FinancialYear.of(2025), 1))
        .measure(MeasureCode.parse("NT" + measure)).quantity(new BigDecimal(quantity)).supplier("S1")
        .status(RecordStatus.CLAIMED).build();
  }

  @Test
  void sumsEachMeasureExactly() {
    DeliveryTotals totals = new DeliveryTotals().add(record(1, "1.25")).add(record(1, "2.5")).add(record(2, "7"));
    assertThat(totals.count()).isEqualTo(3);
    assertThat(totals.unlisted()).isZero();
    assertThat(totals.quantities()).containsExactly(
        Map.entry(MeasureCode.parse("NT1"), Map.of(RecordStatus.CLAIMED, new BigDecimal("3.75"))),
        Map.entry(MeasureCode.parse("NT2"), Map.of(RecordStatus.CLAIMED, new BigDecimal("7"))));
  }

  @Test
  void holdsAtMostMaxMeasuresAndCountsTheRecordsOfFurtherCodes() {
    DeliveryTotals totals = new DeliveryTotals();
    int max = DeliveryTotals.MAX_MEASURES;
    for (int m = 1; m <= max + 5; m++) {
      totals.add(record(m, "1"));
    }
    totals.add(record(1, "2")).add(record(max + 1, "3"));
    assertThat(totals.count()).isEqualTo(max + 7L);
    assertThat(totals.quantities()).hasSize(max);
    assertThat(totals.unlisted()).isEqualTo(6);
    assertThat(totals.quantities().get(MeasureCode.parse("NT1"))).containsEntry(RecordStatus.CLAIMED, new BigDecimal("3"));
    assertThat(totals.quantities()).doesNotContainKey(MeasureCode.parse("NT" + (max + 1)));
  }

  @Test
  void mergingKeepsTheBoundAndCountsEveryRecordOnce() {
    int max = DeliveryTotals.MAX_MEASURES;
    DeliveryTotals a = new DeliveryTotals();
    DeliveryTotals b = new DeliveryTotals().add(record(1, "4")); // then max - 1 codes of its own, and one unlisted
    for (int m = 1; m <= max; m++) {
      a.add(record(m, "1"));
      b.add(record(max + m, "1")).add(record(max + m, "1"));
    }
    assertThat(b.unlisted()).isEqualTo(2);
    a.addAll(b);
    assertThat(a.count()).isEqualTo(3L * max + 1);
    assertThat(a.quantities()).hasSize(max);
    assertThat(a.unlisted()).isEqualTo(2L * max);
    assertThat(a.quantities().get(MeasureCode.parse("NT1"))).containsEntry(RecordStatus.CLAIMED, new BigDecimal("5"));
  }
}
