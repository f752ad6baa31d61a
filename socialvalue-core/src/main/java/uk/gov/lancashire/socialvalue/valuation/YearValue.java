package uk.gov.lancashire.socialvalue.valuation;

import java.math.BigDecimal;
import java.util.Objects;
import javax.money.MonetaryAmount;
import uk.gov.lancashire.socialvalue.basics.Amounts;
import uk.gov.lancashire.socialvalue.basics.ValidationException;

/**
 * One year of a valued outcome: its impact, discount factor and present value, in the valuation's price
 * base and currency. The impact and present value are money, so they are amounts (the one convention of
 * {@link Amounts}): exact products, in canonical form (no trailing zeros; read the exact decimal with
 * {@link Amounts#decimal(MonetaryAmount)}). The deadweight, drop-off factor and discount factor are
 * factors, not money, so they are decimals; the drop-off and discount factors are at {@link
 * Valuation#MATH_CONTEXT}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param outcomeYear the outcome year, 1 for the first
 * @param period the valuation period the year falls in, 0 for the first
 * @param deadweight the deadweight applied in this year, a fraction
 * @param dropOffFactor {@code (1 − dropOff)^(outcomeYear − 1)}
 * @param impact the undiscounted impact of the year
 * @param discountFactor the discount factor of the period
 * @param presentValue {@code impact × discountFactor}, in the impact's currency
 */
public record YearValue(int outcomeYear, int period, BigDecimal deadweight, BigDecimal dropOffFactor,
    MonetaryAmount impact, BigDecimal discountFactor, MonetaryAmount presentValue) {

  /**
   * Checks every figure is present, the year and period are in range, and both amounts are in one currency.
   *
   * @param outcomeYear the outcome year, 1 for the first
   * @param period the valuation period the year falls in, 0 for the first
   * @param deadweight the deadweight applied in this year, a fraction
   * @param dropOffFactor {@code (1 − dropOff)^(outcomeYear − 1)}
   * @param impact the undiscounted impact of the year
   * @param discountFactor the discount factor of the period
   * @param presentValue {@code impact × discountFactor}, in the impact's currency
   * @throws ValidationException when the outcome year is below 1, the period negative, or the present value
   *     in another currency than the impact
   */
  public YearValue {
    if (outcomeYear < 1) {
      throw ValidationException.of("outcomeYear", "must be 1 or more, was " + outcomeYear);
    }
    if (period < 0) {
      throw ValidationException.of("period", "must not be negative, was " + period);
    }
    Objects.requireNonNull(deadweight, "deadweight");
    Objects.requireNonNull(dropOffFactor, "dropOffFactor");
    Objects.requireNonNull(impact, "impact");
    Objects.requireNonNull(discountFactor, "discountFactor");
    Objects.requireNonNull(presentValue, "presentValue");
    if (!impact.getCurrency().equals(presentValue.getCurrency())) {
      throw ValidationException.of("presentValue", "must be in the impact's currency " + impact.getCurrency()
          + ", was " + presentValue.getCurrency());
    }
  }
}
