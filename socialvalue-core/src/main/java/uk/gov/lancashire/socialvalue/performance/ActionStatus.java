package uk.gov.lancashire.socialvalue.performance;

/** Where a remedial action stands. */
public enum ActionStatus {
  /** Agreed, not started. */
  OPEN,
  /** Under way. */
  IN_PROGRESS,
  /** Done. */
  DONE
}
