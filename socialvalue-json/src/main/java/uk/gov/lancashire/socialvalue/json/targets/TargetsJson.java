package uk.gov.lancashire.socialvalue.json.targets;

import java.util.Map;
import java.util.Optional;
import uk.gov.lancashire.socialvalue.basics.ValidationException;
import uk.gov.lancashire.socialvalue.framework.MeasureCode;
import uk.gov.lancashire.socialvalue.json.basics.BasicsJson;
import uk.gov.lancashire.socialvalue.json.engine.EnumNames;
import uk.gov.lancashire.socialvalue.json.engine.Scalars;
import uk.gov.lancashire.socialvalue.json.engine.Shape;
import uk.gov.lancashire.socialvalue.json.framework.FrameworkScalars;
import uk.gov.lancashire.socialvalue.targets.Milestone;
import uk.gov.lancashire.socialvalue.targets.MilestoneStatus;
import uk.gov.lancashire.socialvalue.targets.ProgressReport;
import uk.gov.lancashire.socialvalue.targets.StrategyPlan;
import uk.gov.lancashire.socialvalue.targets.Target;
import uk.gov.lancashire.socialvalue.targets.TargetProgress;
import uk.gov.lancashire.socialvalue.targets.TargetSubject;

/**
 * The JSON forms of the core's {@code targets} package: the strategy plan document ({@code "format":
 * "socialvalue/strategy-plan"}), read and written; progress, written only.
 */
public final class TargetsJson {

  private static final String FROM = "the socialvalue/strategy-plan document";

  /** A target's subject: a measure ({@code "measure"}) or a priority ({@code "schemeId"} and {@code "priorityId"}). */
  public static final Shape<TargetSubject, Shape.Args> SUBJECT = Shape.<TargetSubject>args(TargetsJson::subject)
      .optional("measure", FrameworkScalars.CODE, TargetSubject::measure)
      .optional("schemeId", Scalars.STRING, TargetSubject::schemeId)
      .optional("priorityId", Scalars.STRING, TargetSubject::priorityId);

  /** A target. */
  public static final Shape<Target, Shape.Args> TARGET = Shape.<Target>args(
      a -> Target.of(a.get("subject"), a.get("year"), a.get("value"), a.get("unitLabel")))
      .required("subject", SUBJECT, Target::subject)
      .required("year", BasicsJson.YEAR, Target::year)
      .required("value", Scalars.DECIMAL, Target::value)
      .required("unitLabel", Scalars.STRING, Target::unitLabel);

  /** A milestone's status. */
  public static final EnumNames<MilestoneStatus> STATUS = EnumNames.of(MilestoneStatus.class, "milestone status",
      Map.of(MilestoneStatus.NOT_STARTED, "not-started",
          MilestoneStatus.IN_PROGRESS, "in-progress",
          MilestoneStatus.DONE, "done",
          MilestoneStatus.OVERDUE, "overdue"));

  /** A milestone. */
  public static final Shape<Milestone, Milestone.Builder> MILESTONE = Shape.of(Milestone::builder, Milestone.Builder::build)
      .required("id", Scalars.STRING, Milestone::id, Milestone.Builder::id)
      .required("title", Scalars.STRING, Milestone::title, Milestone.Builder::title)
      .required("due", Scalars.DATE, Milestone::due, Milestone.Builder::due)
      .optional("started", Scalars.DATE, Milestone::started, Milestone.Builder::started)
      .optional("completed", Scalars.DATE, Milestone::completed, Milestone.Builder::completed);

  /** A strategy plan document. */
  public static final Shape<StrategyPlan, StrategyPlan.Builder> PLAN = Shape.of(StrategyPlan::builder, StrategyPlan.Builder::build)
      .document("socialvalue/strategy-plan", 1, java.util.Set.of(1))
      .required("id", Scalars.STRING, StrategyPlan::id, StrategyPlan.Builder::id)
      .required("title", Scalars.STRING, StrategyPlan::title, StrategyPlan.Builder::title)
      .required("firstYear", BasicsJson.YEAR, StrategyPlan::firstYear, StrategyPlan.Builder::firstYear)
      .required("lastYear", BasicsJson.YEAR, StrategyPlan::lastYear, StrategyPlan.Builder::lastYear)
      .list("targets", TARGET, StrategyPlan::targets, StrategyPlan.Builder::addAllTargets)
      .list("milestones", MILESTONE, StrategyPlan::milestones, StrategyPlan.Builder::addAllMilestones);

  /** Progress against one target (written only). */
  public static final Shape<TargetProgress, Void> PROGRESS = Shape.<TargetProgress>written("target progress", FROM)
      .required("target", TARGET, TargetProgress::target)
      .required("achieved", Scalars.DECIMAL, TargetProgress::achieved)
      .required("asOf", Scalars.DATE, TargetProgress::asOf)
      .required("daysElapsed", Scalars.LONG, TargetProgress::daysElapsed)
      .required("daysInYear", Scalars.LONG, TargetProgress::daysInYear)
      .required("expectedToDate", Scalars.DECIMAL, TargetProgress::expectedToDate)
      .optional("percentOfTarget", Scalars.DECIMAL, TargetProgress::percentOfTarget)
      .required("onTrack", Scalars.BOOLEAN, TargetProgress::isOnTrack)
      .required("behindTrajectory", Scalars.DECIMAL, TargetProgress::behindTrajectory)
      .required("remaining", Scalars.DECIMAL, TargetProgress::remaining);

  /** A progress report (written only). */
  public static final Shape<ProgressReport, Void> REPORT = Shape.<ProgressReport>written("a progress report", FROM)
      .required("asOf", Scalars.DATE, ProgressReport::asOf)
      .required("year", BasicsJson.YEAR, ProgressReport::year)
      .list("lines", PROGRESS, ProgressReport::lines)
      .list("problems", BasicsJson.PROBLEM, ProgressReport::problems);

  private TargetsJson() {}

  private static TargetSubject subject(Shape.Args a) {
    Optional<MeasureCode> measure = a.opt("measure");
    Optional<String> schemeId = a.opt("schemeId");
    Optional<String> priorityId = a.opt("priorityId");
    if (measure.isPresent() && schemeId.isEmpty() && priorityId.isEmpty()) {
      return TargetSubject.measure(measure.get());
    }
    if (measure.isEmpty() && schemeId.isPresent() && priorityId.isPresent()) {
      return TargetSubject.priority(schemeId.get(), priorityId.get());
    }
    throw ValidationException.of("", "a subject is either a measure (\"measure\") or a priority"
        + " (\"schemeId\" and \"priorityId\")");
  }
}
