package uk.gov.lancashire.socialvalue.discounting;

/**
 * When discounting starts. Both conventions are in use and give different present values for the same
 * stream, so a valuation always states which it used.
 */
public enum TimingConvention {
  /** HM Treasury Green Book: period 0 is undiscounted, period {@code t} is discounted {@code t} times. */
  GREEN_BOOK("Green Book: year 0 undiscounted"),
  /** SROI value map (the Guide): the first period is already discounted once, period {@code t} {@code t + 1} times. */
  SROI_VALUE_MAP("SROI value map: first year discounted once");

  private final String description;

  TimingConvention(String description) {
    this.description = description;
  }

  /**
   * @param period a period, 0 for the first
   * @return how many yearly discount factors apply to that period
   */
  public int discountedYears(int period) {
    return this == GREEN_BOOK ? period : period + 1;
  }

  /** @return a short description for explanations */
  public String description() {
    return description;
  }
}
