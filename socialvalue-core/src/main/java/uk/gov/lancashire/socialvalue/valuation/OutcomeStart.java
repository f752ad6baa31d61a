package uk.gov.lancashire.socialvalue.valuation;

/** When an outcome starts relative to the activity that causes it (SROI practice, <i>A Guide to Social Return on Investment</i>). */
public enum OutcomeStart {
  /** The outcome's first year is the activity's period. */
  SAME_PERIOD,
  /** The outcome's first year is the period after the activity. */
  NEXT_PERIOD;

  /** @return how many periods after the activity the outcome starts: 0 or 1 */
  public int offset() {
    return this == SAME_PERIOD ? 0 : 1;
  }
}
