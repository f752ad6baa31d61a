package uk.gov.lancashire.socialvalue.targets;

/** Where a {@link Milestone} stands on a given date. */
public enum MilestoneStatus {
  /** Not started, and not yet due. */
  NOT_STARTED,
  /** Started, not done, and not yet due. */
  IN_PROGRESS,
  /** Done on or before the date. */
  DONE,
  /** Past its due date and not done. */
  OVERDUE
}
