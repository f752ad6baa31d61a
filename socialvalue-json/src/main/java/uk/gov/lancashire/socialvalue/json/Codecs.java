package uk.gov.lancashire.socialvalue.json;

import java.util.LinkedHashMap;
import java.util.Map;
import javax.money.MonetaryAmount;
import uk.gov.lancashire.socialvalue.basics.FinancialQuarter;
import uk.gov.lancashire.socialvalue.basics.FinancialYear;
import uk.gov.lancashire.socialvalue.basics.Problem;
import uk.gov.lancashire.socialvalue.delivery.Contract;
import uk.gov.lancashire.socialvalue.delivery.ContractDelivery;
import uk.gov.lancashire.socialvalue.delivery.Contribution;
import uk.gov.lancashire.socialvalue.delivery.CountedRecord;
import uk.gov.lancashire.socialvalue.delivery.Exclusion;
import uk.gov.lancashire.socialvalue.delivery.ExclusionReason;
import uk.gov.lancashire.socialvalue.delivery.LocalStatus;
import uk.gov.lancashire.socialvalue.delivery.MeasureProgress;
import uk.gov.lancashire.socialvalue.delivery.Progress;
import uk.gov.lancashire.socialvalue.delivery.ProgressFigures;
import uk.gov.lancashire.socialvalue.delivery.RagStatus;
import uk.gov.lancashire.socialvalue.discounting.DiscountBand;
import uk.gov.lancashire.socialvalue.discounting.DiscountSchedule;
import uk.gov.lancashire.socialvalue.discounting.TimingConvention;
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
import uk.gov.lancashire.socialvalue.basics.Explanation;
import uk.gov.lancashire.socialvalue.basics.MoneyRounding;
import uk.gov.lancashire.socialvalue.valuation.OutcomeLine;
import uk.gov.lancashire.socialvalue.valuation.OutcomeStart;
import uk.gov.lancashire.socialvalue.valuation.Payback;
import uk.gov.lancashire.socialvalue.valuation.Quantity;
import uk.gov.lancashire.socialvalue.valuation.Ratio;
import uk.gov.lancashire.socialvalue.basics.RoundedBreakdown;
import uk.gov.lancashire.socialvalue.valuation.Valuation;
import uk.gov.lancashire.socialvalue.valuation.ValuationResult;
import uk.gov.lancashire.socialvalue.valuation.ValuedLine;
import uk.gov.lancashire.socialvalue.valuation.YearValue;
import uk.gov.lancashire.socialvalue.delivery.DeliveryRecord;
import uk.gov.lancashire.socialvalue.delivery.Kpi;
import uk.gov.lancashire.socialvalue.delivery.Locality;
import uk.gov.lancashire.socialvalue.delivery.Location;
import uk.gov.lancashire.socialvalue.delivery.RagThresholds;
import uk.gov.lancashire.socialvalue.delivery.RecordStatus;
import uk.gov.lancashire.socialvalue.delivery.SharedResource;
import uk.gov.lancashire.socialvalue.delivery.Supplier;
import uk.gov.lancashire.socialvalue.delivery.SupplyChain;
import uk.gov.lancashire.socialvalue.framework.Adjustments;
import uk.gov.lancashire.socialvalue.framework.Alignment;
import uk.gov.lancashire.socialvalue.framework.CountingRules;
import uk.gov.lancashire.socialvalue.framework.Dimension;
import uk.gov.lancashire.socialvalue.framework.Framework;
import uk.gov.lancashire.socialvalue.framework.Measure;
import uk.gov.lancashire.socialvalue.framework.MeasureCode;
import uk.gov.lancashire.socialvalue.framework.MeasureKind;
import uk.gov.lancashire.socialvalue.framework.Outcome;
import uk.gov.lancashire.socialvalue.framework.Priority;
import uk.gov.lancashire.socialvalue.framework.PriorityScheme;
import uk.gov.lancashire.socialvalue.framework.Theme;
import uk.gov.lancashire.socialvalue.framework.Unit;
import uk.gov.lancashire.socialvalue.framework.ValidityPeriod;
import uk.gov.lancashire.socialvalue.framework.BenefitSplit;
import uk.gov.lancashire.socialvalue.framework.ProxyEdition;
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
import uk.gov.lancashire.socialvalue.framework.ProxyValue;
import uk.gov.lancashire.socialvalue.targets.Milestone;
import uk.gov.lancashire.socialvalue.targets.MilestoneStatus;
import uk.gov.lancashire.socialvalue.targets.ProgressReport;
import uk.gov.lancashire.socialvalue.targets.StrategyPlan;
import uk.gov.lancashire.socialvalue.targets.Target;
import uk.gov.lancashire.socialvalue.targets.TargetProgress;
import uk.gov.lancashire.socialvalue.targets.TargetSubject;

/**
 * The one list of every type the module reads and writes, with its codec. Adding a type is one line
 * here plus its {@code XxxJson} codec (see docs/json.md).
 */
final class Codecs {

  private static final Map<Class<?>, JsonCodec<?>> ALL = build();

  private Codecs() {}

  private static Map<Class<?>, JsonCodec<?>> build() {
    Map<Class<?>, JsonCodec<?>> all = new LinkedHashMap<>();
    // basics
    all.put(MonetaryAmount.class, MoneyJson.CODEC);
    all.put(FinancialYear.class, FinancialYearJson.CODEC);
    all.put(FinancialQuarter.class, FinancialQuarterJson.CODEC);
    // framework
    all.put(MeasureCode.class, MeasureCodeJson.CODEC);
    all.put(Unit.class, UnitJson.CODEC);
    all.put(Dimension.class, DimensionJson.CODEC);
    all.put(MeasureKind.class, MeasureKindJson.CODEC);
    all.put(Adjustments.class, AdjustmentsJson.CODEC);
    all.put(CountingRules.class, CountingRulesJson.CODEC);
    all.put(Alignment.class, AlignmentJson.CODEC);
    all.put(Priority.class, PriorityJson.CODEC);
    all.put(PriorityScheme.class, PrioritySchemeJson.CODEC);
    all.put(Theme.class, ThemeJson.CODEC);
    all.put(Outcome.class, OutcomeJson.CODEC);
    all.put(ValidityPeriod.class, ValidityPeriodJson.CODEC);
    all.put(Measure.class, MeasureJson.CODEC);
    all.put(Framework.class, FrameworkJson.CODEC);
    // proxy
    all.put(BenefitSplit.class, BenefitSplitJson.CODEC);
    all.put(ProxyValue.class, ProxyValueJson.CODEC);
    all.put(ProxyEdition.class, ProxyEditionJson.CODEC);
    all.put(Problem.class, ProblemJson.CODEC);
    // needs: inputs
    all.put(Direction.class, DirectionJson.CODEC);
    all.put(Indicator.class, IndicatorJson.CODEC);
    all.put(Area.class, AreaJson.CODEC);
    all.put(Observation.class, ObservationJson.CODEC);
    all.put(IndicatorLink.class, IndicatorLinkJson.CODEC);
    all.put(ContractCategory.class, ContractCategoryJson.CODEC);
    all.put(NeedsAnalysis.class, NeedsAnalysisJson.CODEC);
    // needs: results, written only
    all.put(Gap.class, GapJson.CODEC);
    all.put(AreaNeeds.class, AreaNeedsJson.CODEC);
    all.put(CountyNeeds.class, CountyNeedsJson.CODEC);
    all.put(NeedsWeights.class, NeedsWeightsJson.CODEC);
    all.put(ShortlistEntry.class, ShortlistEntryJson.CODEC);
    all.put(MeasureShortlist.class, MeasureShortlistJson.CODEC);
    // targets: inputs
    all.put(TargetSubject.class, TargetSubjectJson.CODEC);
    all.put(Target.class, TargetJson.CODEC);
    all.put(MilestoneStatus.class, MilestoneStatusJson.CODEC);
    all.put(Milestone.class, MilestoneJson.CODEC);
    all.put(StrategyPlan.class, StrategyPlanJson.CODEC);
    // targets: results, written only
    all.put(TargetProgress.class, TargetProgressJson.CODEC);
    all.put(ProgressReport.class, ProgressReportJson.CODEC);
    // delivery (phase 2b)
    all.put(RecordStatus.class, RecordStatusJson.CODEC);
    all.put(Location.class, LocationJson.CODEC);
    all.put(DeliveryRecord.class, DeliveryRecordJson.CODEC);
    all.put(SharedResource.class, SharedResourceJson.CODEC);
    all.put(Locality.class, LocalityJson.CODEC);
    all.put(Kpi.class, KpiJson.CODEC);
    all.put(Contract.class, ContractJson.CODEC);
    all.put(Supplier.class, SupplierJson.CODEC);
    all.put(SupplyChain.class, SupplyChainJson.CODEC);
    all.put(RagThresholds.class, RagThresholdsJson.CODEC);
    all.put(ContractDocument.class, ContractDocumentJson.CODEC);
    // delivery results, written only (phase 2b)
    all.put(LocalStatus.class, PortfolioJson.LOCAL);
    all.put(ExclusionReason.class, DeliveryResultsJson.REASON);
    all.put(RagStatus.class, DeliveryResultsJson.RAG);
    all.put(CountedRecord.class, DeliveryResultsJson.COUNTED);
    all.put(Exclusion.class, DeliveryResultsJson.EXCLUSION);
    all.put(Contribution.class, DeliveryResultsJson.CONTRIBUTION);
    all.put(ContractDelivery.class, DeliveryResultsJson.DELIVERY);
    all.put(ProgressFigures.class, DeliveryResultsJson.FIGURES);
    all.put(MeasureProgress.class, DeliveryResultsJson.MEASURE);
    all.put(Progress.class, DeliveryResultsJson.PROGRESS);
    // tender (phase 2b)
    all.put(CriterionKind.class, TenderEnumsJson.KIND);
    all.put(ScoringMethod.class, TenderEnumsJson.METHOD);
    all.put(FlagKind.class, TenderEnumsJson.FLAG);
    all.put(ScoreBand.class, ScoreBandJson.CODEC);
    all.put(uk.gov.lancashire.socialvalue.sensitivity.Distribution.class, UncertainInputJson.DISTRIBUTION);
    all.put(uk.gov.lancashire.socialvalue.sensitivity.UncertainInput.class, UncertainInputJson.CODEC);
    all.put(Criterion.class, CriterionJson.CODEC);
    all.put(CredibilityRules.class, CredibilityRulesJson.CODEC);
    all.put(EvaluationScheme.class, EvaluationSchemeJson.CODEC);
    all.put(Commitment.class, CommitmentJson.CODEC);
    all.put(Bid.class, BidJson.CODEC);
    all.put(Tender.class, TenderJson.CODEC);
    all.put(TenderDocument.class, TenderDocumentJson.CODEC);
    all.put(CredibilityFlag.class, CredibilityFlagJson.CODEC);
    all.put(CriterionScore.class, TenderEvaluationJson.SCORE);
    all.put(BidScore.class, TenderEvaluationJson.BID_SCORE);
    all.put(TenderEvaluation.class, TenderEvaluationJson.CODEC);
    // valuation (phase 2b)
    all.put(TimingConvention.class, ValuationEnumsJson.TIMING);
    all.put(DiscountBand.class, DiscountScheduleJson.BAND);
    all.put(DiscountSchedule.class, DiscountScheduleJson.CODEC);
    all.put(PriceIndexSeries.class, PriceIndexSeriesJson.CODEC);
    all.put(OutcomeStart.class, ValuationEnumsJson.START);
    all.put(DeadweightModel.class, ValuationEnumsJson.MODEL);
    all.put(Quantity.class, QuantityJson.CODEC);
    all.put(OutcomeLine.class, OutcomeLineJson.CODEC);
    all.put(Valuation.class, ValuationJson.CODEC);
    all.put(MoneyRounding.class, MoneyRoundingJson.CODEC);
    all.put(Ratio.class, RatioJson.CODEC);
    all.put(Explanation.class, ExplanationJson.CODEC);
    all.put(YearValue.class, ValuationResultJson.YEAR);
    all.put(ValuedLine.class, ValuationResultJson.LINE);
    all.put(Payback.class, ValuationResultJson.PAYBACK);
    all.put(RoundedBreakdown.class, ValuationResultJson.BREAKDOWN);
    all.put(ValuationResult.class, ValuationResultJson.CODEC);
    // sensitivity results, written only (phase 2b)
    all.put(Parameter.class, SensitivityJson.PARAMETER);
    all.put(SwitchingValue.Status.class, SensitivityJson.STATUS);
    all.put(SwitchingValue.class, SensitivityJson.SWITCHING);
    all.put(OneWayTable.Row.class, SensitivityJson.ROW);
    all.put(OneWayTable.class, SensitivityJson.TABLE);
    all.put(MonteCarloBand.class, SensitivityJson.BAND);
    // portfolio (phase 2b)
    all.put(ValueStage.class, PortfolioJson.STAGE);
    all.put(AlignmentSplit.class, PortfolioJson.SPLIT);
    all.put(PortfolioFact.class, PortfolioJson.FACT);
    all.put(Totals.class, PortfolioJson.TOTALS);
    all.put(PortfolioAggregate.class, PortfolioJson.AGGREGATE);
    all.put(PriorityBreakdown.class, PortfolioJson.PRIORITIES);
    all.put(ContractShortfall.class, PortfolioJson.SHORTFALL);
    all.put(AnnualStatement.class, AnnualStatementJson.CODEC);
    return java.util.Collections.unmodifiableMap(all);
  }

  /** @return every covered type and its codec */
  static Map<Class<?>, JsonCodec<?>> all() {
    return ALL;
  }

  /**
   * @param type a covered type
   * @return its codec
   * @throws IllegalArgumentException when the type is not covered
   */
  @SuppressWarnings("unchecked")
  static <T> JsonCodec<T> of(Class<T> type) {
    JsonCodec<?> codec = ALL.get(type);
    if (codec == null) {
      throw new IllegalArgumentException(type.getName() + " has no JSON form in socialvalue-json");
    }
    return (JsonCodec<T>) codec;
  }
}
