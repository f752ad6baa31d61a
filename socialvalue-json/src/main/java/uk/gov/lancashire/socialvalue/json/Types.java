package uk.gov.lancashire.socialvalue.json;

import java.util.Collections;
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
import uk.gov.lancashire.socialvalue.needs.Area;
import uk.gov.lancashire.socialvalue.needs.AreaNeeds;
import uk.gov.lancashire.socialvalue.needs.ContractCategory;
import uk.gov.lancashire.socialvalue.needs.CountyNeeds;
import uk.gov.lancashire.socialvalue.needs.Direction;
import uk.gov.lancashire.socialvalue.needs.Gap;
import uk.gov.lancashire.socialvalue.needs.Indicator;
import uk.gov.lancashire.socialvalue.needs.IndicatorLink;
import uk.gov.lancashire.socialvalue.needs.IndicatorScale;
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
import uk.gov.lancashire.socialvalue.framework.BenefitSplit;
import uk.gov.lancashire.socialvalue.framework.ProxyEdition;
import uk.gov.lancashire.socialvalue.framework.ProxyValue;
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
import uk.gov.lancashire.socialvalue.tender.AbnormallyLowPrice;
import uk.gov.lancashire.socialvalue.tender.AbnormallyLowPriceRule;
import uk.gov.lancashire.socialvalue.tender.AssessmentSummary;
import uk.gov.lancashire.socialvalue.tender.AwardMethod;
import uk.gov.lancashire.socialvalue.tender.CriterionComparison;
import uk.gov.lancashire.socialvalue.tender.MinimumSocialValueWeighting;
import uk.gov.lancashire.socialvalue.tender.ModerationDecision;
import uk.gov.lancashire.socialvalue.tender.ModerationOutcome;
import uk.gov.lancashire.socialvalue.tender.UnresolvedFlagPolicy;
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
import uk.gov.lancashire.socialvalue.json.basics.BasicsJson;
import uk.gov.lancashire.socialvalue.json.delivery.DeliveryJson;
import uk.gov.lancashire.socialvalue.json.engine.Codec;
import uk.gov.lancashire.socialvalue.json.framework.FrameworkJson;
import uk.gov.lancashire.socialvalue.json.framework.FrameworkScalars;
import uk.gov.lancashire.socialvalue.json.needs.NeedsJson;
import uk.gov.lancashire.socialvalue.json.portfolio.PortfolioJson;
import uk.gov.lancashire.socialvalue.json.framework.FrameworkJson;
import uk.gov.lancashire.socialvalue.json.sensitivity.SensitivityJson;
import uk.gov.lancashire.socialvalue.json.targets.TargetsJson;
import uk.gov.lancashire.socialvalue.json.tender.TenderJson;
import uk.gov.lancashire.socialvalue.json.valuation.ValuationJson;

/**
 * The one list of every core type the module reads and writes, with its declaration: what {@link
 * SocialValueModule} registers with Jackson and {@link SocialValueJson#read(String, Class)} looks up.
 */
final class Types {

  private static final Map<Class<?>, Codec<?>> ALL = build();

  private Types() {}

  private static Map<Class<?>, Codec<?>> build() {
    Map<Class<?>, Codec<?>> all = new LinkedHashMap<>();
    all.put(MonetaryAmount.class, BasicsJson.MONEY);
    all.put(FinancialYear.class, BasicsJson.YEAR);
    all.put(FinancialQuarter.class, BasicsJson.QUARTER);
    all.put(MeasureCode.class, FrameworkScalars.CODE);
    all.put(Unit.class, FrameworkScalars.UNIT);
    all.put(Dimension.class, FrameworkScalars.DIMENSION);
    all.put(MeasureKind.class, FrameworkScalars.KIND);
    all.put(Adjustments.class, FrameworkJson.ADJUSTMENTS);
    all.put(CountingRules.class, FrameworkJson.COUNTING_RULES);
    all.put(Alignment.class, FrameworkJson.ALIGNMENT);
    all.put(Priority.class, FrameworkJson.PRIORITY);
    all.put(PriorityScheme.class, FrameworkJson.SCHEME);
    all.put(Theme.class, FrameworkJson.THEME);
    all.put(Outcome.class, FrameworkJson.OUTCOME);
    all.put(ValidityPeriod.class, FrameworkJson.VALIDITY);
    all.put(Measure.class, FrameworkJson.MEASURE);
    all.put(Framework.class, FrameworkJson.FRAMEWORK);
    all.put(BenefitSplit.class, FrameworkJson.SPLIT);
    all.put(ProxyValue.class, FrameworkJson.VALUE);
    all.put(ProxyEdition.class, FrameworkJson.EDITION);
    all.put(Problem.class, BasicsJson.PROBLEM);
    all.put(Direction.class, NeedsJson.DIRECTION);
    all.put(Indicator.class, NeedsJson.INDICATOR);
    all.put(IndicatorScale.class, NeedsJson.SCALE);
    all.put(Area.class, NeedsJson.AREA);
    all.put(Observation.class, NeedsJson.OBSERVATION);
    all.put(IndicatorLink.class, NeedsJson.LINK);
    all.put(ContractCategory.class, NeedsJson.CATEGORY);
    all.put(NeedsAnalysis.class, NeedsJson.ANALYSIS);
    all.put(Gap.class, NeedsJson.GAP);
    all.put(AreaNeeds.class, NeedsJson.AREA_NEEDS);
    all.put(CountyNeeds.class, NeedsJson.COUNTY_NEEDS);
    all.put(NeedsWeights.class, NeedsJson.WEIGHTS);
    all.put(ShortlistEntry.class, NeedsJson.SHORTLIST_ENTRY);
    all.put(MeasureShortlist.class, NeedsJson.SHORTLIST);
    all.put(TargetSubject.class, TargetsJson.SUBJECT);
    all.put(Target.class, TargetsJson.TARGET);
    all.put(MilestoneStatus.class, TargetsJson.STATUS);
    all.put(Milestone.class, TargetsJson.MILESTONE);
    all.put(StrategyPlan.class, TargetsJson.PLAN);
    all.put(TargetProgress.class, TargetsJson.PROGRESS);
    all.put(ProgressReport.class, TargetsJson.REPORT);
    all.put(RecordStatus.class, DeliveryJson.STATUS);
    all.put(Location.class, DeliveryJson.LOCATION);
    all.put(DeliveryRecord.class, DeliveryJson.RECORD);
    all.put(SharedResource.class, DeliveryJson.SHARED);
    all.put(Locality.class, DeliveryJson.LOCALITY);
    all.put(Kpi.class, DeliveryJson.KPI);
    all.put(Contract.class, DeliveryJson.CONTRACT);
    all.put(Supplier.class, DeliveryJson.SUPPLIER);
    all.put(SupplyChain.class, DeliveryJson.CHAIN);
    all.put(RagThresholds.class, DeliveryJson.RAG_THRESHOLDS);
    all.put(ContractDocument.class, DeliveryJson.CONTRACT_DOCUMENT);
    all.put(LocalStatus.class, DeliveryJson.LOCAL);
    all.put(ExclusionReason.class, DeliveryJson.REASON);
    all.put(RagStatus.class, DeliveryJson.RAG);
    all.put(CountedRecord.class, DeliveryJson.COUNTED);
    all.put(Exclusion.class, DeliveryJson.EXCLUSION);
    all.put(Contribution.class, DeliveryJson.CONTRIBUTION);
    all.put(ContractDelivery.class, DeliveryJson.DELIVERY);
    all.put(ProgressFigures.class, DeliveryJson.FIGURES);
    all.put(MeasureProgress.class, DeliveryJson.MEASURE_PROGRESS);
    all.put(Progress.class, DeliveryJson.PROGRESS);
    all.put(CriterionKind.class, TenderJson.KIND);
    all.put(ScoringMethod.class, TenderJson.METHOD);
    all.put(FlagKind.class, TenderJson.FLAG_KIND);
    all.put(ScoreBand.class, TenderJson.BAND);
    all.put(uk.gov.lancashire.socialvalue.sensitivity.Distribution.class, SensitivityJson.DISTRIBUTION);
    all.put(uk.gov.lancashire.socialvalue.sensitivity.UncertainInput.class, SensitivityJson.UNCERTAIN_INPUT);
    all.put(Criterion.class, TenderJson.CRITERION);
    all.put(CredibilityRules.class, TenderJson.CREDIBILITY);
    all.put(EvaluationScheme.class, TenderJson.SCHEME);
    all.put(Commitment.class, TenderJson.COMMITMENT);
    all.put(Bid.class, TenderJson.BID);
    all.put(Tender.class, TenderJson.TENDER);
    all.put(TenderDocument.class, TenderJson.DOCUMENT);
    all.put(CredibilityFlag.class, TenderJson.FLAG);
    all.put(CriterionScore.class, TenderJson.SCORE);
    all.put(BidScore.class, TenderJson.BID_SCORE);
    all.put(TenderEvaluation.class, TenderJson.EVALUATION);
    all.put(AwardMethod.class, TenderJson.AWARD_METHOD);
    all.put(UnresolvedFlagPolicy.class, TenderJson.POLICY);
    all.put(ModerationOutcome.class, TenderJson.OUTCOME);
    all.put(AbnormallyLowPriceRule.class, TenderJson.LOW_PRICE_RULE);
    all.put(ModerationDecision.class, TenderJson.DECISION);
    all.put(ModerationDocument.class, TenderJson.MODERATION);
    all.put(AbnormallyLowPrice.class, TenderJson.LOW_PRICE);
    all.put(MinimumSocialValueWeighting.class, TenderJson.WEIGHTING_POLICY);
    all.put(CriterionComparison.class, TenderJson.COMPARISON);
    all.put(AssessmentSummary.class, TenderJson.SUMMARY);
    all.put(TimingConvention.class, ValuationJson.TIMING);
    all.put(DiscountBand.class, ValuationJson.DISCOUNT_BAND);
    all.put(DiscountSchedule.class, ValuationJson.DISCOUNT_SCHEDULE);
    all.put(PriceIndexSeries.class, ValuationJson.PRICE_INDEX);
    all.put(OutcomeStart.class, ValuationJson.START);
    all.put(DeadweightModel.class, ValuationJson.MODEL);
    all.put(Quantity.class, ValuationJson.QUANTITY);
    all.put(OutcomeLine.class, ValuationJson.LINE);
    all.put(Valuation.class, ValuationJson.VALUATION);
    all.put(MoneyRounding.class, BasicsJson.ROUNDING);
    all.put(Ratio.class, ValuationJson.RATIO);
    all.put(Explanation.class, BasicsJson.EXPLANATION);
    all.put(YearValue.class, ValuationJson.YEAR);
    all.put(ValuedLine.class, ValuationJson.VALUED_LINE);
    all.put(Payback.class, ValuationJson.PAYBACK);
    all.put(RoundedBreakdown.class, BasicsJson.BREAKDOWN);
    all.put(ValuationResult.class, ValuationJson.RESULT);
    all.put(Parameter.class, SensitivityJson.PARAMETER);
    all.put(SwitchingValue.Status.class, SensitivityJson.STATUS);
    all.put(SwitchingValue.class, SensitivityJson.SWITCHING);
    all.put(OneWayTable.Row.class, SensitivityJson.ROW);
    all.put(OneWayTable.class, SensitivityJson.TABLE);
    all.put(MonteCarloBand.class, SensitivityJson.BAND);
    all.put(ValueStage.class, PortfolioJson.STAGE);
    all.put(AlignmentSplit.class, PortfolioJson.SPLIT);
    all.put(PortfolioFact.class, PortfolioJson.FACT);
    all.put(Totals.class, PortfolioJson.TOTALS);
    all.put(PortfolioAggregate.class, PortfolioJson.AGGREGATE);
    all.put(PriorityBreakdown.class, PortfolioJson.PRIORITIES);
    all.put(ContractShortfall.class, PortfolioJson.SHORTFALL);
    all.put(AnnualStatement.class, PortfolioJson.STATEMENT);
    return Collections.unmodifiableMap(all);
  }

  /** @return every covered type and its codec */
  static Map<Class<?>, Codec<?>> all() {
    return ALL;
  }

  /**
   * @param type a covered type
   * @return its codec
   * @throws IllegalArgumentException when the type is not covered
   */
  @SuppressWarnings("unchecked")
  static <T> Codec<T> of(Class<T> type) {
    Codec<?> codec = ALL.get(type);
    if (codec == null) {
      throw new IllegalArgumentException(type.getName() + " has no JSON form in socialvalue-json");
    }
    return (Codec<T>) codec;
  }
}
