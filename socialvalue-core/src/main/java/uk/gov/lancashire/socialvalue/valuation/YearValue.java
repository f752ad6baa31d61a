package uk.gov.lancashire.socialvalue.valuation;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One year of a valued outcome: its impact, discount factor and present value, in the valuation's price
 * base and currency. The impact and present value are exact products; the drop-off and discount factors
 * are at {@link Valuation#MATH_CONTEXT}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param outcomeYear the outcome year, 1 for the first
 * @param period the valuation period the year falls in, 0 for the first
 * @param deadweight the deadweight applied in this year
 * @param dropOffFactor {@code (1 − dropOff)^(outcomeYear − 1)}
 * @param impact the undiscounted impact of the year
 * @param discountFactor the discount factor of the period
 * @param presentValue {@code impact × discountFactor}
 */
public record YearValue(int outcomeYear, int period, BigDecimal deadweight, BigDecimal dropOffFactor, BigDecimal impact,
    BigDecimal discountFactor, BigDecimal presentValue) {

  /**
   * Checks every figure is present.
   *
   * @param outcomeYear the outcome year, 1 for the first
   * @param period the valuation period the year falls in, 0 for the first
   * @param deadweight the deadweight applied in this year
   * @param dropOffFactor {@code (1 − dropOff)^(outcomeYear − 1)}
   * @param impact the undiscounted impact of the year
   * @param discountFactor the discount factor of the period
   * @param presentValue {@code impact × discountFactor}
   */
  public YearValue {
    Objects.requireNonNull(deadweight, "deadweight");
    Objects.requireNonNull(dropOffFactor, "dropOffFactor");
    Objects.requireNonNull(impact, "impact");
    Objects.requireNonNull(discountFactor, "discountFactor");
    Objects.requireNonNull(presentValue, "presentValue");
  }
}
