package uk.gov.lancashire.socialvalue.performance;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import uk.gov.lancashire.socialvalue.basics.Args;
import uk.gov.lancashire.socialvalue.basics.ProblemPath;
import uk.gov.lancashire.socialvalue.basics.Problems;

/**
 * A remedial action plan for a KPI rated below target: the "proper opportunity to improve" a council
 * gives before unsatisfactory performance is published under the Procurement Act 2023, s.71(5)
 * (https://www.legislation.gov.uk/ukpga/2023/54/section/71). The next {@link PerformanceAssessment} shows
 * the plan and flags its overdue actions.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the plan's id
 * @param kpiId the KPI it remedies
 * @param agreed the date it was agreed
 * @param actions its actions, at least one
 */
public record ActionPlan(String id, String kpiId, LocalDate agreed, List<RemedialAction> actions) {

  /**
   * Checks the plan and copies its actions.
   *
   * @param id see the record description
   * @param kpiId see the record description
   * @param agreed see the record description
   * @param actions see the record description
   */
  public ActionPlan {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kpiId, "kpiId");
    Objects.requireNonNull(agreed, "agreed");
    actions = Args.copyOf(actions, "actions");
    Problems problems = new Problems();
    problems.check(!id.isBlank(), "id", "must not be blank");
    problems.check(!actions.isEmpty(), "actions", "a plan needs at least one action");
    for (int i = 0; i < actions.size(); i++) {
      problems.check(!actions.get(i).due().isBefore(agreed), ProblemPath.of("actions").index(i).property("due"),
          "is before the plan was agreed (" + agreed + ")");
    }
    problems.throwIfAny();
  }

  /**
   * @param asOf a date
   * @return the actions overdue on that date
   */
  public List<RemedialAction> overdue(LocalDate asOf) {
    return actions.stream().filter(a -> a.overdue(asOf)).collect(Collectors.toList());
  }

  /** @return true when every action is done */
  public boolean complete() {
    return actions.stream().allMatch(a -> a.status() == ActionStatus.DONE);
  }
}
