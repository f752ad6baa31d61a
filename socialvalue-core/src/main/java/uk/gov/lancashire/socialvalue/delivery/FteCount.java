package uk.gov.lancashire.socialvalue.delivery;

import java.math.BigDecimal;
import uk.gov.lancashire.socialvalue.basics.Args;
import uk.gov.lancashire.socialvalue.basics.ValidationException;

/**
 * Full-time equivalents, the way council guidance counts local employment (council social value guidance): 10 full-time
 * and 5 half-time staff are 12.5 FTE, and 12.5 FTE over a 2-year contract are 25 FTE-years. A quarter
 * of a year is 0.25 years, so one full-time hire reported for a quarter is 0.25 FTE-years.
 *
 * <p>Exact: fractions of full time and years are decimals, products are never rounded. Two counts are
 * equal when their numbers of FTE are equal whatever their scale ({@code 12.5} and {@code 12.50}).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param fte the full-time equivalents, not negative
 */
public record FteCount(BigDecimal fte) {

  private static final FteCount NONE = new FteCount(BigDecimal.ZERO);
  private static final BigDecimal QUARTER = new BigDecimal("0.25");

  /**
   * Checks the count is a decimal of at most {@link Args#MAX_DIGITS} digits, not negative.
   *
   * @param fte the full-time equivalents, not negative
   * @throws ValidationException when it is negative or too long
   */
  public FteCount {
    Args.notNegative(Args.bounded(fte, "fte"), "fte");
  }

  /** @return no staff */
  public static FteCount none() {
    return NONE;
  }

  /**
   * @param people a number of full-time staff
   * @return that many FTE
   */
  public static FteCount fullTime(int people) {
    return NONE.plus(people, BigDecimal.ONE);
  }

  /**
   * Adds staff working a fraction of full time.
   *
   * @param people how many, not negative
   * @param fractionOfFullTime each one's hours as a fraction of full time, in [0, 1]
   * @return the new count
   */
  public FteCount plus(int people, BigDecimal fractionOfFullTime) {
    if (people < 0) {
      throw ValidationException.of("people", "must not be negative, was " + people);
    }
    Args.fraction(fractionOfFullTime, "fractionOfFullTime");
    return new FteCount(fte.add(BigDecimal.valueOf(people).multiply(fractionOfFullTime)));
  }

  /**
   * @param years how long the staff are employed, not negative
   * @return FTE-years: FTE × years
   */
  public BigDecimal fteYears(BigDecimal years) {
    return fte.multiply(Args.notNegative(years, "years"));
  }

  /** @return the FTE-years of one reporting quarter: FTE × 0.25 */
  public BigDecimal fteYearsPerQuarter() {
    return fte.multiply(QUARTER);
  }

  /**
   * @param other another object
   * @return whether it is a count of the same number of FTE, whatever the scale
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof FteCount that && that.fte.compareTo(fte) == 0;
  }

  @Override
  public int hashCode() {
    return fte.stripTrailingZeros().hashCode();
  }

  /** @return e.g. {@code 12.5 FTE} */
  @Override
  public String toString() {
    return fte.stripTrailingZeros().toPlainString() + " FTE";
  }
}
