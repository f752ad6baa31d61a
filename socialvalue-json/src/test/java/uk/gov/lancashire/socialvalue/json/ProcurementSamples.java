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
import uk.gov.lancashire.socialvalue.basics.Amounts;
import uk.gov.lancashire.socialvalue.basics.FinancialYear;
import uk.gov.lancashire.socialvalue.delivery.LocalStatus;
import uk.gov.lancashire.socialvalue.framework.MeasureCode;
import uk.gov.lancashire.socialvalue.portfolio.AnnualStatement;
import uk.gov.lancashire.socialvalue.portfolio.PortfolioAggregate;
import uk.gov.lancashire.socialvalue.portfolio.PortfolioFact;
import uk.gov.lancashire.socialvalue.portfolio.ValueStage;
import uk.gov.lancashire.socialvalue.pricebase.PriceIndexSeries;
import uk.gov.lancashire.socialvalue.framework.ProxyValue;
import uk.gov.lancashire.socialvalue.framework.Unit;
import uk.gov.lancashire.socialvalue.tender.Bid;
import uk.gov.lancashire.socialvalue.framework.CommitmentValuer;
import uk.gov.lancashire.socialvalue.tender.Commitment;
import uk.gov.lancashire.socialvalue.tender.CredibilityRules;
import uk.gov.lancashire.socialvalue.tender.Criterion;
import uk.gov.lancashire.socialvalue.tender.EvaluationScheme;
import uk.gov.lancashire.socialvalue.tender.ScoringMethod;
import uk.gov.lancashire.socialvalue.tender.Tender;
import uk.gov.lancashire.socialvalue.tender.TenderEvaluation;
import uk.gov.lancashire.socialvalue.tender.TenderEvaluator;
import uk.gov.lancashire.socialvalue.valuation.DeadweightModel;
import uk.gov.lancashire.socialvalue.valuation.OutcomeLine;
import uk.gov.lancashire.socialvalue.valuation.OutcomeStart;
import uk.gov.lancashire.socialvalue.valuation.Quantity;
import uk.gov.lancashire.socialvalue.valuation.Valuation;

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

  static Tender tender() {
    return Tender.builder().id("T1").title("Highways maintenance (illustrative)").termYears(2).currency(Samples.GBP)
        .editionReference("sample@2024.1")
        .scheme(EvaluationScheme.builder()
            .addCriteria(Criterion.price(new BigDecimal("60")),
                Criterion.socialValueOffer(new BigDecimal("10.5"), ScoringMethod.RELATIVE_TO_BEST_VALUE),
                Criterion.builder().id("plan").title("Social value plan").weight(new BigDecimal("9.5"))
                    .kind(uk.gov.lancashire.socialvalue.tender.CriterionKind.SOCIAL_VALUE_QUALITATIVE)
                    .method(ScoringMethod.LEVELS).maxMark(new BigDecimal("10")).build(),
                Criterion.quality("quality", "Quality", new BigDecimal("20")))
            .addShortlist(MeasureCode.parse("NT1"), MeasureCode.parse("NT2"))
            .credibility(CredibilityRules.builder().svPercentCeiling(new BigDecimal("100"))
                .minimumAnnualCostPerFte(new BigDecimal("18000.00")).build())
            .build())
        .build();
  }

  static List<Bid> bids() {
    return List.of(
        Bid.builder().bidder("alpha").price(Amounts.of(new BigDecimal("1000000.00"), Samples.GBP))
            .addCommitments(Commitment.of("NT1", 1, "2.5"), Commitment.of("NT2", 2, "15000.125"))
            .putAnswers("plan", new BigDecimal("7")).putAnswers("quality", new BigDecimal("4.5"))
            .deliveryPlan("Local hires through the council's job brokerage").build(),
        Bid.builder().bidder("beta").price(Amounts.of(new BigDecimal("950000.5"), Samples.GBP))
            .addCommitments(Commitment.of("NT1", 3, "1"))
            .putAnswers("plan", new BigDecimal("5")).putAnswers("quality", new BigDecimal("3")).build());
  }

  static TenderDocument tenderDocument() {
    return TenderDocument.of(tender(), bids());
  }

  static TenderEvaluation evaluation() {
    return TenderEvaluator.of(Samples.framework(), CommitmentValuer.pinned(Samples.edition())).evaluate(tender(), bids());
  }

  static Valuation valuation() {
    return Valuation.builder().currency(Samples.GBP)
        .addLines(OutcomeLine.builder().id("jobs").measure(Samples.framework().measure("NT1").orElseThrow())
            .quantity(Quantity.of("12.50", Unit.FTE_YEARS)).edition(Samples.edition()).build())
        .addLines(OutcomeLine.builder().id("spend").measure(Samples.framework().measure("NT2").orElseThrow())
            .quantity(Quantity.of("250000", Unit.MONEY)).activityPeriod(1).start(OutcomeStart.NEXT_PERIOD)
            .proxy(ProxyValue.builder().amount(Amounts.of(new BigDecimal("0.125"), Samples.GBP)).unit(Unit.MONEY)
                .priceYear(2023).source("invented").licence("illustrative").build())
            .displacement(new BigDecimal("0.1")).deadweightModel(DeadweightModel.RISING_DEADWEIGHT)
            .addRisingDeadweights(new BigDecimal("0.2"), new BigDecimal("0.35")).build())
        .putInvestment(0, Amounts.of(new BigDecimal("20000"), Samples.GBP))
        .putInvestment(1, Amounts.of(new BigDecimal("5000.50"), Samples.GBP))
        .contractValue(Amounts.of(new BigDecimal("1000000"), Samples.GBP))
        .priceBaseYear(2024)
        .priceIndex(PriceIndexSeries.of("invented deflator", java.util.Map.of(2023, new BigDecimal("100.0"),
            2024, new BigDecimal("103.2"))))
        .build();
  }

  static AnnualStatement statement() {
    FinancialYear year = FinancialYear.parse("2024/25");
    List<PortfolioFact> facts = List.of(
        PortfolioFact.of("C1", "prime", MeasureCode.parse("NT1"), LocalStatus.LOCAL, year, ValueStage.COMMITTED,
            new BigDecimal("10"), new BigDecimal("12345.678"), Samples.GBP),
        PortfolioFact.of("C1", "prime", MeasureCode.parse("NT1"), LocalStatus.LOCAL, year, ValueStage.VERIFIED,
            new BigDecimal("6.25"), new BigDecimal("7715.99875"), Samples.GBP),
        PortfolioFact.of("C1", "sub", MeasureCode.parse("NT2"), LocalStatus.UNKNOWN, year, ValueStage.CLAIMED,
            new BigDecimal("100"), new BigDecimal("12.5"), Samples.GBP));
    return AnnualStatement.of(PortfolioAggregate.of(facts), Samples.framework(), year, 2);
  }
}
