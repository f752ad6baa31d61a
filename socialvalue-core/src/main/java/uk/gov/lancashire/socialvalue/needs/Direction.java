package uk.gov.lancashire.socialvalue.needs;

import java.math.BigDecimal;

/** Which way an {@link Indicator} is better: a higher employment rate, a lower NEET rate. */
public enum Direction {
  /** Higher values are better (employment rate, qualification levels). */
  HIGHER_IS_BETTER,
  /** Lower values are better (unemployment, emissions per head). */
  LOWER_IS_BETTER;

  /**
   * The shortfall of a current value against a desired one, in this direction: how far the current
   * value must move the better way to meet the desired value. Never negative; zero when the current
   * value meets or beats the desired one.
   *
   * @param current the current value
   * @param desired the desired value
   * @return the shortfall, exact
   */
  public BigDecimal shortfall(BigDecimal current, BigDecimal desired) {
    BigDecimal towardsBetter = this == HIGHER_IS_BETTER ? desired.subtract(current) : current.subtract(desired);
    return towardsBetter.signum() > 0 ? towardsBetter : BigDecimal.ZERO;
  }
}
