package uk.gov.lancashire.socialvalue.json.performance;

import java.util.Map;
import java.util.Set;
import uk.gov.lancashire.socialvalue.basics.ValidationException;
import uk.gov.lancashire.socialvalue.json.engine.EnumNames;
import uk.gov.lancashire.socialvalue.json.framework.FrameworkScalars;
import uk.gov.lancashire.socialvalue.json.engine.Scalars;
import uk.gov.lancashire.socialvalue.json.engine.Shape;
import uk.gov.lancashire.socialvalue.performance.ActionPlan;
import uk.gov.lancashire.socialvalue.performance.ActionStatus;
import uk.gov.lancashire.socialvalue.performance.AssessmentKind;
import uk.gov.lancashire.socialvalue.performance.ContractPerformanceNotice;
import uk.gov.lancashire.socialvalue.performance.KpiDirection;
import uk.gov.lancashire.socialvalue.performance.KpiAssessment;
import uk.gov.lancashire.socialvalue.performance.NoticeSupplier;
import uk.gov.lancashire.socialvalue.performance.PerformanceAssessment;
import uk.gov.lancashire.socialvalue.performance.PerformanceKpi;
import uk.gov.lancashire.socialvalue.performance.Rating;
import uk.gov.lancashire.socialvalue.performance.RatingOverride;
import uk.gov.lancashire.socialvalue.performance.RatingThresholds;
import uk.gov.lancashire.socialvalue.performance.RemedialAction;

/**
 * The JSON shapes of the core's {@code performance} package: the performance assessment document (KPIs
 * with targets and declared thresholds, achievements, reasoned overrides, remedial action plans: the
 * inputs; the core rates them) and the contract performance notice (The Procurement Regulations 2024,
 * reg 39), which publishes the ratings.
 */
public final class PerformanceJson {

  /** A rating of reg 39(5). */
  public static final EnumNames<Rating> RATING = EnumNames.of(Rating.class, "rating", Map.of(
      Rating.GOOD, "good",
      Rating.APPROACHING_TARGET, "approaching-target",
      Rating.REQUIRES_IMPROVEMENT, "requires-improvement",
      Rating.INADEQUATE, "inadequate",
      Rating.OTHER, "other"));

  /** Why an assessment was made. */
  public static final EnumNames<AssessmentKind> KIND = EnumNames.of(AssessmentKind.class, "assessment kind", Map.of(
      AssessmentKind.PERIODIC, "periodic",
      AssessmentKind.TERMINATION, "termination"));

  /** The supplier a notice names (reg 39(4)(f)). */
  public static final Shape<NoticeSupplier, Shape.Args> SUPPLIER = Shape.<NoticeSupplier>args(
      a -> new NoticeSupplier(a.get("name"), a.get("address"), a.get("email"), a.get("identifier")))
      .required("name", Scalars.STRING, NoticeSupplier::name)
      .required("address", Scalars.STRING, NoticeSupplier::address)
      .required("email", Scalars.STRING, NoticeSupplier::email)
      .required("identifier", Scalars.STRING, NoticeSupplier::identifier);

  /** One KPI on a notice. */
  public static final Shape<ContractPerformanceNotice.Line, Shape.Args> LINE = Shape.<ContractPerformanceNotice.Line>args(
      a -> new ContractPerformanceNotice.Line(a.get("id"), a.get("title"), a.get("unit"), a.get("target"),
          a.opt("achieved"), a.get("rating"), a.opt("overrideReason")))
      .required("id", Scalars.STRING, ContractPerformanceNotice.Line::id)
      .required("title", Scalars.STRING, ContractPerformanceNotice.Line::title)
      .required("unit", Scalars.STRING, ContractPerformanceNotice.Line::unit)
      .required("target", Scalars.DECIMAL, ContractPerformanceNotice.Line::target)
      .optional("achieved", Scalars.DECIMAL, ContractPerformanceNotice.Line::achieved)
      .required("rating", RATING, ContractPerformanceNotice.Line::rating)
      .optional("overrideReason", Scalars.STRING, ContractPerformanceNotice.Line::overrideReason);

  /**
   * A contract performance notice recording a KPI assessment. Its statement is fixed by regulation 39(4)(e)
   * ({@link ContractPerformanceNotice#STATEMENT}): any other text is a problem, never silently replaced.
   */
  public static final Shape<ContractPerformanceNotice, Shape.Args> NOTICE = Shape.<ContractPerformanceNotice>args(
      a -> {
        if (!ContractPerformanceNotice.STATEMENT.equals(a.get("statement"))) {
          throw ValidationException.of("statement", "must be the statement regulation 39(4)(e) requires, \""
              + ContractPerformanceNotice.STATEMENT + "\"");
        }
        return new ContractPerformanceNotice(a.get("authority"), a.get("procurementTitle"), a.get("procurementId"),
            a.get("contractId"), a.get("supplier"), a.get("from"), a.get("to"), a.get("kind"), a.get("kpis"),
            a.get("rating"));
      })
      .document("socialvalue/contract-performance-notice", 1, Set.of(1))
      .required("authority", Scalars.STRING, ContractPerformanceNotice::authority)
      .required("procurementTitle", Scalars.STRING, ContractPerformanceNotice::procurementTitle)
      .required("procurementId", Scalars.STRING, ContractPerformanceNotice::procurementId)
      .required("contractId", Scalars.STRING, ContractPerformanceNotice::contractId)
      .required("statement", Scalars.STRING, ContractPerformanceNotice::statement)
      .required("supplier", SUPPLIER, ContractPerformanceNotice::supplier)
      .required("from", Scalars.DATE, ContractPerformanceNotice::from)
      .required("to", Scalars.DATE, ContractPerformanceNotice::to)
      .required("kind", KIND, ContractPerformanceNotice::kind)
      .list("kpis", LINE, ContractPerformanceNotice::kpis)
      .required("rating", RATING, ContractPerformanceNotice::rating);

  /** Whether more or less is better. */
  public static final EnumNames<KpiDirection> DIRECTION = EnumNames.of(KpiDirection.class, "direction", Map.of(
      KpiDirection.HIGHER_IS_BETTER, "higher-is-better",
      KpiDirection.LOWER_IS_BETTER, "lower-is-better"));

  /** Where a remedial action stands. */
  public static final EnumNames<ActionStatus> STATUS = EnumNames.of(ActionStatus.class, "action status", Map.of(
      ActionStatus.OPEN, "open",
      ActionStatus.IN_PROGRESS, "in-progress",
      ActionStatus.DONE, "done"));

  /** A council's declared rating thresholds, percent of target, with their source. */
  public static final Shape<RatingThresholds, Shape.Args> THRESHOLDS = Shape.<RatingThresholds>args(
      a -> new RatingThresholds(a.get("good"), a.get("approaching"), a.get("requiresImprovement"), a.get("source")))
      .required("good", Scalars.DECIMAL, RatingThresholds::good)
      .required("approaching", Scalars.DECIMAL, RatingThresholds::approaching)
      .required("requiresImprovement", Scalars.DECIMAL, RatingThresholds::requiresImprovement)
      .required("source", Scalars.STRING, RatingThresholds::source);

  /** A KPI set under s.52. */
  public static final Shape<PerformanceKpi, Shape.Args> KPI = Shape.<PerformanceKpi>args(
      a -> new PerformanceKpi(a.get("id"), a.get("title"), a.get("unit"), a.get("target"), a.get("direction"),
          a.get("thresholds"), a.opt("measure")))
      .required("id", Scalars.STRING, PerformanceKpi::id)
      .required("title", Scalars.STRING, PerformanceKpi::title)
      .required("unit", Scalars.STRING, PerformanceKpi::unit)
      .required("target", Scalars.DECIMAL, PerformanceKpi::target)
      .withDefault("direction", DIRECTION, KpiDirection.HIGHER_IS_BETTER, PerformanceKpi::direction)
      .required("thresholds", THRESHOLDS, PerformanceKpi::thresholds)
      .optional("measure", FrameworkScalars.CODE, PerformanceKpi::measure);

  /** An officer's rating with its reason. */
  public static final Shape<RatingOverride, Shape.Args> OVERRIDE = Shape.<RatingOverride>args(
      a -> new RatingOverride(a.get("rating"), a.get("officer"), a.get("reason")))
      .required("rating", RATING, RatingOverride::rating)
      .required("officer", Scalars.STRING, RatingOverride::officer)
      .required("reason", Scalars.STRING, RatingOverride::reason);

  /** One KPI's assessment: the inputs; its ratings are the core's, published on the notice. */
  public static final Shape<KpiAssessment, Shape.Args> KPI_ASSESSMENT = Shape.<KpiAssessment>args(
      a -> new KpiAssessment(a.get("kpi"), a.opt("achieved"), a.opt("override")))
      .required("kpi", KPI, KpiAssessment::kpi)
      .optional("achieved", Scalars.DECIMAL, KpiAssessment::achieved)
      .optional("override", OVERRIDE, KpiAssessment::override);

  /** A remedial action. */
  public static final Shape<RemedialAction, Shape.Args> ACTION = Shape.<RemedialAction>args(
      a -> new RemedialAction(a.get("description"), a.get("owner"), a.get("due"), a.get("status")))
      .required("description", Scalars.STRING, RemedialAction::description)
      .required("owner", Scalars.STRING, RemedialAction::owner)
      .required("due", Scalars.DATE, RemedialAction::due)
      .required("status", STATUS, RemedialAction::status);

  /** A remedial action plan. */
  public static final Shape<ActionPlan, Shape.Args> PLAN = Shape.<ActionPlan>args(
      a -> new ActionPlan(a.get("id"), a.get("kpiId"), a.get("agreed"), a.get("actions")))
      .required("id", Scalars.STRING, ActionPlan::id)
      .required("kpiId", Scalars.STRING, ActionPlan::kpiId)
      .required("agreed", Scalars.DATE, ActionPlan::agreed)
      .list("actions", ACTION, ActionPlan::actions);

  /** A performance assessment with the contract's action plans: the inputs the core rates. */
  public static final Shape<PerformanceAssessment, Shape.Args> ASSESSMENT = Shape.<PerformanceAssessment>args(
      a -> new PerformanceAssessment(a.get("contractId"), a.get("supplier"), a.get("from"), a.get("to"), a.get("kind"),
          a.get("kpis"), a.opt("contractOverride"), a.get("plans")))
      .document("socialvalue/performance-assessment", 1, Set.of(1))
      .required("contractId", Scalars.STRING, PerformanceAssessment::contractId)
      .required("supplier", Scalars.STRING, PerformanceAssessment::supplier)
      .required("from", Scalars.DATE, PerformanceAssessment::from)
      .required("to", Scalars.DATE, PerformanceAssessment::to)
      .required("kind", KIND, PerformanceAssessment::kind)
      .list("kpis", KPI_ASSESSMENT, PerformanceAssessment::kpis)
      .optional("contractOverride", OVERRIDE, PerformanceAssessment::contractOverride)
      .list("plans", PLAN, PerformanceAssessment::plans);

  private PerformanceJson() {}
}
