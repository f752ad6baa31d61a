package uk.gov.lancashire.socialvalue.json;

import java.math.BigDecimal;
import java.util.List;
import uk.gov.lancashire.socialvalue.basics.FinancialQuarter;
import uk.gov.lancashire.socialvalue.delivery.Contract;
import uk.gov.lancashire.socialvalue.delivery.DeliveryRecord;
import uk.gov.lancashire.socialvalue.delivery.Kpi;
import uk.gov.lancashire.socialvalue.delivery.Locality;
import uk.gov.lancashire.socialvalue.delivery.Location;
import uk.gov.lancashire.socialvalue.delivery.RecordStatus;
import uk.gov.lancashire.socialvalue.delivery.Supplier;
import uk.gov.lancashire.socialvalue.delivery.SupplyChain;
import uk.gov.lancashire.socialvalue.framework.MeasureCode;

/** Fixed procurement values for the tests (phase 2b); every number is invented and illustrative. */
final class ProcurementSamples {

  private ProcurementSamples() {}

  static List<DeliveryRecord> records() {
    return List.of(
        DeliveryRecord.builder().id("r1").period(FinancialQuarter.parse("2024/25-Q1")).measure(MeasureCode.parse("NT1"))
            .quantity(new BigDecimal("0.25")).supplier("prime").status(RecordStatus.VERIFIED)
            .addEvidence("payroll-2024-06").claimKey("person-17").location(Location.postcode("PR1 8XJ")).build(),
        DeliveryRecord.builder().id("r2").period(FinancialQuarter.parse("2024/25-Q2")).measure(MeasureCode.parse("NT2"))
            .quantity(new BigDecimal("-12.500")).supplier("sub").status(RecordStatus.CLAIMED)
            .location(Location.area("e07000123")).share(new BigDecimal("0.3333333333333333333333333333333333"))
            .build());
  }

  static Contract contract() {
    return Contract.builder().id("C1").title("Highways maintenance (illustrative)").currency(Samples.GBP)
        .start(FinancialQuarter.parse("2024/25-Q3")).termYears(2).editionReference("sample@2024.1")
        .primeSupplier("prime").locality(Locality.postcodePrefixes("PR", "bb1"))
        .addKpis(Kpi.builder().measure(MeasureCode.parse("NT1")).putYearly(1, new BigDecimal("10"))
            .putYearly(2, new BigDecimal("12.5")).build())
        .addKpis(Kpi.builder().measure(MeasureCode.parse("NT2")).putYearly(1, new BigDecimal("1000.00")).build())
        .build();
  }

  static SupplyChain chain() {
    return SupplyChain.builder().addSuppliers(Supplier.prime("prime", "Prime Ltd"),
        Supplier.subcontractor("sub", "Sub Ltd", "prime")).build();
  }

  static ContractDocument contractDocument() {
    return ContractDocument.of(contract(), chain());
  }
}
