package uk.gov.lancashire.socialvalue.json;

import java.util.LinkedHashMap;
import java.util.Map;
import javax.money.MonetaryAmount;
import uk.gov.lancashire.socialvalue.basics.FinancialQuarter;
import uk.gov.lancashire.socialvalue.basics.FinancialYear;
import uk.gov.lancashire.socialvalue.basics.Problem;
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
import uk.gov.lancashire.socialvalue.proxy.BenefitSplit;
import uk.gov.lancashire.socialvalue.proxy.ProxyEdition;
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
import uk.gov.lancashire.socialvalue.proxy.ProxyValue;
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
