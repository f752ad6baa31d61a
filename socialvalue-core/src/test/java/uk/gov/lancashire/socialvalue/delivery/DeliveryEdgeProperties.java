package uk.gov.lancashire.socialvalue.delivery;

import static uk.gov.lancashire.socialvalue.PublicEdge.call;
import static uk.gov.lancashire.socialvalue.ProcurementFixtures.LOCAL_JOBS;
import static uk.gov.lancashire.socialvalue.ProcurementFixtures.TRAINING;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import uk.gov.lancashire.socialvalue.ProcurementFixtures;
import uk.gov.lancashire.socialvalue.EdgeValues;
import uk.gov.lancashire.socialvalue.basics.FinancialQuarter;
import uk.gov.lancashire.socialvalue.basics.FinancialYear;
import uk.gov.lancashire.socialvalue.framework.CommitmentValuer;
import uk.gov.lancashire.socialvalue.framework.Framework;

/** Delivery counting and progress with edge values: only a result, a ValidationException or a named NPE. */
class DeliveryEdgeProperties extends EdgeValues {

  private static final Framework FRAMEWORK = ProcurementFixtures.framework();
  private static final CommitmentValuer VALUER = CommitmentValuer.pinned(ProcurementFixtures.edition());
  private static final Contract CONTRACT = ProcurementFixtures.contract("C1", "prime");
  private static final SupplyChain CHAIN = ProcurementFixtures.chain("prime");




  private static void everyView(ContractDelivery delivery, FinancialQuarter asOf, RagThresholds thresholds) {
    delivery.toString();
    delivery.byTier();
    delivery.bySupplier();
    for (ForecastMethod method : ForecastMethod.values()) {
      call(() -> delivery.progress(asOf, thresholds, method).toString());
    }
    call(() -> delivery.progress(asOf));
  }

  @Example
  void noRecordsAtAll() {
    call(() -> everyView(ContractDelivery.count(FRAMEWORK, CONTRACT, CHAIN, VALUER, List.of()),
        FinancialQuarter.parse("2024/25-Q1"), RagThresholds.defaults()));
  }

  @Property(tries = 200)
  void countingAndProgress(@ForAll("lists") List<BigDecimal> quantities, @ForAll("decimals") BigDecimal share,
      @ForAll("ints") int year, @ForAll("decimals") BigDecimal green, @ForAll("decimals") BigDecimal amber) {
    call(() -> {
      List<DeliveryRecord> records = new ArrayList<>();
      for (int i = 0; i < quantities.size(); i++) {
        records.add(DeliveryRecord.builder().id("r" + i).period(FinancialQuarter.parse("2024/25-Q" + (1 + i % 4)))
            .measure(i % 2 == 0 ? LOCAL_JOBS : TRAINING).quantity(quantities.get(i)).supplier(i % 3 == 0 ? "sub" : "prime")
            .status(RecordStatus.VERIFIED).addEvidence("e" + i).claimKey("person-" + i % 2).build());
      }
      ContractDelivery delivery = ContractDelivery.count(FRAMEWORK, CONTRACT, CHAIN, VALUER, records);
      everyView(delivery, FinancialQuarter.of(FinancialYear.of(year), 1 + Math.floorMod(year, 4)), RagThresholds.of(green, amber));
    });
    call(() -> RagThresholds.of(green, amber));
    call(() -> DeliveryRecord.builder().id("r").period(FinancialQuarter.parse("2024/25-Q1")).measure(LOCAL_JOBS)
        .quantity(green).supplier("prime").status(RecordStatus.CLAIMED).share(share).build());
  }

  @Property(tries = 200)
  void sharesAndStaffCounts(@ForAll("decimals") BigDecimal share, @ForAll("decimals") BigDecimal quantity,
      @ForAll("ints") int people) {
    call(() -> SharedResource.builder().id("s").period(FinancialQuarter.parse("2024/25-Q1")).measure(TRAINING)
        .quantity(quantity).supplier("prime").status(RecordStatus.CLAIMED).putShares("C1", share)
        .putShares("C2", new BigDecimal("0.25")).build()
        .recordFor("C1"));
    call(() -> SharedResource.equalShares());
    call(() -> SharedResource.equalShares("C1", "C1"));
    call(() -> FteCount.fullTime(people).plus(people, share).fteYears(quantity));
    call(() -> FteCount.none().plus(people, null));
    call(() -> Kpi.builder().measure(LOCAL_JOBS).putYearly(people, quantity).build());
  }
}
