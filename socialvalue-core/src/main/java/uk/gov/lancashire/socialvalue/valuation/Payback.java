package uk.gov.lancashire.socialvalue.valuation;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * How soon the investment is paid back, in one of the two forms used in SROI practice.
 *
 * <ul>
 *   <li>{@link #guide(BigDecimal, BigDecimal, java.math.MathContext) The Guide's form}: {@code
 *       investment ÷ (annual impact ÷ 12)} months, with the annual impact taken as the first-year
 *       impact of every outcome, undiscounted.
 *   <li>The cumulative form: the first period in which the cumulative present value reaches the
 *       investment.
 * </ul>
 *
 * <p>When payback is never reached (no positive annual impact, or the cumulative value stays below the
 * investment within the horizon) that is said explicitly: {@link #reached()} is false and {@link
 * #description()} says why; nothing is null or infinite.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Payback {

  private final Optional<BigDecimal> months;
  private final OptionalInt period;
  private final String description;

  private Payback(Optional<BigDecimal> months, OptionalInt period, String description) {
    this.months = months;
    this.period = period;
    this.description = description;
  }

  static Payback guide(BigDecimal investment, BigDecimal annualImpact, java.math.MathContext mathContext) {
    if (annualImpact.signum() <= 0) {
      return new Payback(Optional.empty(), OptionalInt.empty(),
          "never: annual impact " + annualImpact.toPlainString() + " is not positive");
    }
    BigDecimal monthly = annualImpact.divide(BigDecimal.valueOf(12), mathContext);
    BigDecimal result = investment.divide(monthly, mathContext);
    return new Payback(Optional.of(result), OptionalInt.empty(),
        "investment " + investment.toPlainString() + " ÷ (annual impact " + annualImpact.toPlainString()
            + " ÷ 12) = " + result.toPlainString() + " months");
  }

  static Payback cumulative(int period, BigDecimal cumulative, BigDecimal investment) {
    return new Payback(Optional.empty(), OptionalInt.of(period),
        "period " + period + ": cumulative PV " + cumulative.toPlainString() + " ≥ investment "
            + investment.toPlainString());
  }

  static Payback cumulativeNever(int horizon, BigDecimal cumulative, BigDecimal investment) {
    return new Payback(Optional.empty(), OptionalInt.empty(),
        "never within " + horizon + " periods: cumulative PV " + cumulative.toPlainString()
            + " stays below investment " + investment.toPlainString());
  }

  /** @return true when the investment is paid back */
  public boolean reached() {
    return months.isPresent() || period.isPresent();
  }

  /** @return the Guide's form: months to pay back, when reached */
  public Optional<BigDecimal> months() {
    return months;
  }

  /** @return the cumulative form: the first period (0-based) where cumulative PV ≥ investment, when reached */
  public OptionalInt period() {
    return period;
  }

  /** @return how the figure was reached, or why it never is */
  public String description() {
    return description;
  }

  @Override
  public String toString() {
    return description;
  }
}
