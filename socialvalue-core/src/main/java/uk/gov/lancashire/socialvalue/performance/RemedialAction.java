package uk.gov.lancashire.socialvalue.performance;

import java.time.LocalDate;
import java.util.Objects;
import uk.gov.lancashire.socialvalue.basics.Problems;

/**
 * One action of a remedial action plan: what is to be done, who owns it, by when, and where it stands.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param description what is to be done
 * @param owner who is responsible (a named person or role at the supplier or the council)
 * @param due the date it is due
 * @param status where it stands
 */
public record RemedialAction(String description, String owner, LocalDate due, ActionStatus status) {

  /**
   * Checks the action names what, who and when.
   *
   * @param description see the record description
   * @param owner see the record description
   * @param due see the record description
   * @param status see the record description
   */
  public RemedialAction {
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(due, "due");
    Objects.requireNonNull(status, "status");
    Problems problems = new Problems();
    problems.check(!description.isBlank(), "description", "must not be blank");
    problems.check(!owner.isBlank(), "owner", "must name who owns the action");
    problems.throwIfAny();
  }

  /**
   * @param asOf a date
   * @return true when the action is not done and its due date is before {@code asOf}
   */
  public boolean overdue(LocalDate asOf) {
    return status != ActionStatus.DONE && due.isBefore(asOf);
  }
}
