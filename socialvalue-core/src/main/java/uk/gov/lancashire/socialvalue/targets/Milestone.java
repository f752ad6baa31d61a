package uk.gov.lancashire.socialvalue.targets;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import uk.gov.lancashire.socialvalue.basics.Problems;
import uk.gov.lancashire.socialvalue.basics.SocialValueStyle;

/**
 * A strategy milestone: what is due when ("publish the first annual social value statement", due
 * 2025-09-30), with the dates it was started and completed, when it has been.
 *
 * <p>Its {@link #status(LocalDate) status} on a date is decided in this order: {@link
 * MilestoneStatus#DONE} when completed on or before the date; otherwise {@link
 * MilestoneStatus#OVERDUE} when the date is after the due date; otherwise {@link
 * MilestoneStatus#IN_PROGRESS} when started on or before the date; otherwise {@link
 * MilestoneStatus#NOT_STARTED}. Status is always asked "as of" a date, so a report for last quarter
 * shows last quarter's status.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SocialValueStyle
public abstract class Milestone implements WithMilestone {

  Milestone() {}

  /**
   * Creates a milestone not yet started.
   *
   * @param id a stable id, unique within a plan
   * @param title what is due
   * @param due the date it is due, inclusive
   * @return the milestone
   */
  public static Milestone of(String id, String title, LocalDate due) {
    return new Builder().id(id).title(title).due(due).build();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the stable id */
  public abstract String id();

  /** @return what is due */
  public abstract String title();

  /** @return the date it is due, inclusive */
  public abstract LocalDate due();

  /** @return the date work started, if it has */
  public abstract Optional<LocalDate> started();

  /** @return the date it was completed, if it has been */
  public abstract Optional<LocalDate> completed();

  /**
   * @param asOf the date to judge on
   * @return the status on that date
   */
  public MilestoneStatus status(LocalDate asOf) {
    if (completed().isPresent() && !completed().get().isAfter(asOf)) {
      return MilestoneStatus.DONE;
    }
    if (asOf.isAfter(due())) {
      return MilestoneStatus.OVERDUE;
    }
    if (started().isPresent() && !started().get().isAfter(asOf)) {
      return MilestoneStatus.IN_PROGRESS;
    }
    return MilestoneStatus.NOT_STARTED;
  }

  @Value.Check
  void check() {
    Problems problems = new Problems();
    problems.check(!id().isBlank(), "id", "must not be blank");
    problems.check(!title().isBlank(), "title", "must not be blank");
    if (started().isPresent() && completed().isPresent()) {
      problems.check(!completed().get().isBefore(started().get()), "completed",
          "must not be before started (" + started().get() + "), was " + completed().get());
    }
    problems.throwIfAny();
  }

  /** Builds a {@link Milestone}. */
  public static final class Builder extends ImmutableMilestone.Builder {
    Builder() {}
  }
}
