package uk.gov.lancashire.socialvalue.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import javax.money.MonetaryAmount;
import uk.gov.lancashire.socialvalue.basics.Explanation;
import uk.gov.lancashire.socialvalue.basics.FinancialQuarter;
import uk.gov.lancashire.socialvalue.basics.FinancialYear;
import uk.gov.lancashire.socialvalue.basics.MoneyRounding;
import uk.gov.lancashire.socialvalue.basics.Problem;
import uk.gov.lancashire.socialvalue.basics.RoundedBreakdown;
import uk.gov.lancashire.socialvalue.delivery.Contract;
import uk.gov.lancashire.socialvalue.delivery.ContractDelivery;
import uk.gov.lancashire.socialvalue.delivery.Contribution;
import uk.gov.lancashire.socialvalue.delivery.CountedRecord;
import uk.gov.lancashire.socialvalue.delivery.DeliveryRecord;
import uk.gov.lancashire.socialvalue.delivery.Exclusion;
import uk.gov.lancashire.socialvalue.delivery.ExclusionReason;
import uk.gov.lancashire.socialvalue.delivery.Kpi;
import uk.gov.lancashire.socialvalue.delivery.LocalStatus;
import uk.gov.lancashire.socialvalue.delivery.Locality;
import uk.gov.lancashire.socialvalue.delivery.Location;
import uk.gov.lancashire.socialvalue.delivery.MeasureProgress;
import uk.gov.lancashire.socialvalue.delivery.Progress;
import uk.gov.lancashire.socialvalue.delivery.ProgressFigures;
import uk.gov.lancashire.socialvalue.delivery.RagStatus;
import uk.gov.lancashire.socialvalue.delivery.RagThresholds;
import uk.gov.lancashire.socialvalue.delivery.RecordStatus;
import uk.gov.lancashire.socialvalue.delivery.SharedResource;
import uk.gov.lancashire.socialvalue.delivery.Supplier;
import uk.gov.lancashire.socialvalue.delivery.SupplyChain;
import uk.gov.lancashire.socialvalue.discounting.DiscountBand;
import uk.gov.lancashire.socialvalue.discounting.DiscountSchedule;
import uk.gov.lancashire.socialvalue.discounting.TimingConvention;
import uk.gov.lancashire.socialvalue.framework.Adjustments;
import uk.gov.lancashire.socialvalue.framework.Alignment;
import uk.gov.lancashire.socialvalue.framework.BenefitSplit;
import uk.gov.lancashire.socialvalue.framework.CountingRules;
import uk.gov.lancashire.socialvalue.framework.Dimension;
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
import uk.gov.lancashire.socialvalue.needs.Area;
import uk.gov.lancashire.socialvalue.needs.AreaNeeds;
import uk.gov.lancashire.socialvalue.needs.ContractCategory;
import uk.gov.lancashire.socialvalue.needs.CountyNeeds;
import uk.gov.lancashire.socialvalue.needs.Direction;
import uk.gov.lancashire.socialvalue.needs.Gap;
import uk.gov.lancashire.socialvalue.needs.Indicator;
import uk.gov.lancashire.socialvalue.needs.IndicatorLink;
import uk.gov.lancashire.socialvalue.needs.MeasureShortlist;
import uk.gov.lancashire.socialvalue.needs.NeedsAnalysis;
import uk.gov.lancashire.socialvalue.needs.NeedsWeights;
import uk.gov.lancashire.socialvalue.needs.Observation;
import uk.gov.lancashire.socialvalue.needs.ShortlistEntry;
import uk.gov.lancashire.socialvalue.portfolio.AlignmentSplit;
import uk.gov.lancashire.socialvalue.portfolio.AnnualStatement;
import uk.gov.lancashire.socialvalue.portfolio.ContractShortfall;
import uk.gov.lancashire.socialvalue.portfolio.PortfolioAggregate;
import uk.gov.lancashire.socialvalue.portfolio.PortfolioFact;
import uk.gov.lancashire.socialvalue.portfolio.PriorityBreakdown;
import uk.gov.lancashire.socialvalue.portfolio.Totals;
import uk.gov.lancashire.socialvalue.portfolio.ValueStage;
import uk.gov.lancashire.socialvalue.pricebase.PriceIndexSeries;
import uk.gov.lancashire.socialvalue.sensitivity.MonteCarloBand;
import uk.gov.lancashire.socialvalue.sensitivity.OneWayTable;
import uk.gov.lancashire.socialvalue.sensitivity.Parameter;
import uk.gov.lancashire.socialvalue.sensitivity.SwitchingValue;
import uk.gov.lancashire.socialvalue.targets.Milestone;
import uk.gov.lancashire.socialvalue.targets.MilestoneStatus;
import uk.gov.lancashire.socialvalue.targets.ProgressReport;
import uk.gov.lancashire.socialvalue.targets.StrategyPlan;
import uk.gov.lancashire.socialvalue.targets.Target;
import uk.gov.lancashire.socialvalue.targets.TargetProgress;
import uk.gov.lancashire.socialvalue.targets.TargetSubject;
import uk.gov.lancashire.socialvalue.tender.Bid;
import uk.gov.lancashire.socialvalue.tender.BidScore;
import uk.gov.lancashire.socialvalue.tender.Commitment;
import uk.gov.lancashire.socialvalue.tender.CredibilityFlag;
import uk.gov.lancashire.socialvalue.tender.CredibilityRules;
import uk.gov.lancashire.socialvalue.tender.Criterion;
import uk.gov.lancashire.socialvalue.tender.CriterionKind;
import uk.gov.lancashire.socialvalue.tender.CriterionScore;
import uk.gov.lancashire.socialvalue.tender.EvaluationScheme;
import uk.gov.lancashire.socialvalue.tender.FlagKind;
import uk.gov.lancashire.socialvalue.tender.ScoreBand;
import uk.gov.lancashire.socialvalue.tender.ScoringMethod;
import uk.gov.lancashire.socialvalue.tender.Tender;
import uk.gov.lancashire.socialvalue.tender.TenderEvaluation;
import uk.gov.lancashire.socialvalue.valuation.DeadweightModel;
import uk.gov.lancashire.socialvalue.valuation.OutcomeLine;
import uk.gov.lancashire.socialvalue.valuation.OutcomeStart;
import uk.gov.lancashire.socialvalue.valuation.Payback;
import uk.gov.lancashire.socialvalue.valuation.Quantity;
import uk.gov.lancashire.socialvalue.valuation.Ratio;
import uk.gov.lancashire.socialvalue.valuation.Valuation;
import uk.gov.lancashire.socialvalue.valuation.ValuationResult;
import uk.gov.lancashire.socialvalue.valuation.ValuedLine;
import uk.gov.lancashire.socialvalue.valuation.YearValue;

/** The registry derived from the declarations covers every type the module has always covered. */
class TypesTest {

  @Test
  void everyCoveredTypeHasADeclaration() {
    List<Class<?>> covered = List.of(
        Adjustments.class,
        Alignment.class,
        AlignmentSplit.class,
        AnnualStatement.class,
        Area.class,
        AreaNeeds.class,
        BenefitSplit.class,
        Bid.class,
        BidScore.class,
        Commitment.class,
        Contract.class,
        ContractCategory.class,
        ContractDelivery.class,
        ContractDocument.class,
        ContractShortfall.class,
        Contribution.class,
        CountedRecord.class,
        CountingRules.class,
        CountyNeeds.class,
        CredibilityFlag.class,
        CredibilityRules.class,
        Criterion.class,
        CriterionKind.class,
        CriterionScore.class,
        DeadweightModel.class,
        DeliveryRecord.class,
        Dimension.class,
        Direction.class,
        DiscountBand.class,
        DiscountSchedule.class,
        EvaluationScheme.class,
        Exclusion.class,
        ExclusionReason.class,
        Explanation.class,
        FinancialQuarter.class,
        FinancialYear.class,
        FlagKind.class,
        Framework.class,
        Gap.class,
        Indicator.class,
        IndicatorLink.class,
        Kpi.class,
        LocalStatus.class,
        Locality.class,
        Location.class,
        Measure.class,
        MeasureCode.class,
        MeasureKind.class,
        MeasureProgress.class,
        MeasureShortlist.class,
        Milestone.class,
        MilestoneStatus.class,
        MonetaryAmount.class,
        MoneyRounding.class,
        MonteCarloBand.class,
        NeedsAnalysis.class,
        NeedsWeights.class,
        Observation.class,
        OneWayTable.Row.class,
        OneWayTable.class,
        Outcome.class,
        OutcomeLine.class,
        OutcomeStart.class,
        Parameter.class,
        Payback.class,
        PortfolioAggregate.class,
        PortfolioFact.class,
        PriceIndexSeries.class,
        Priority.class,
        PriorityBreakdown.class,
        PriorityScheme.class,
        Problem.class,
        Progress.class,
        ProgressFigures.class,
        ProgressReport.class,
        ProxyEdition.class,
        ProxyValue.class,
        Quantity.class,
        RagStatus.class,
        RagThresholds.class,
        Ratio.class,
        RecordStatus.class,
        RoundedBreakdown.class,
        ScoreBand.class,
        ScoringMethod.class,
        SharedResource.class,
        ShortlistEntry.class,
        StrategyPlan.class,
        Supplier.class,
        SupplyChain.class,
        SwitchingValue.Status.class,
        SwitchingValue.class,
        Target.class,
        TargetProgress.class,
        TargetSubject.class,
        Tender.class,
        TenderDocument.class,
        TenderEvaluation.class,
        Theme.class,
        TimingConvention.class,
        Totals.class,
        Unit.class,
        ValidityPeriod.class,
        Valuation.class,
        ValuationResult.class,
        ValueStage.class,
        ValuedLine.class,
        uk.gov.lancashire.socialvalue.delivery.ValueProgress.class,
        YearValue.class,
        uk.gov.lancashire.socialvalue.sensitivity.Distribution.class,
        uk.gov.lancashire.socialvalue.sensitivity.UncertainInput.class);
    assertThat(Types.all()).containsKeys(covered.toArray(new Class<?>[0]));
    assertThat(Types.all().keySet()).allSatisfy(t -> assertThat(t.getName()).doesNotStartWith("java."));
  }
}
