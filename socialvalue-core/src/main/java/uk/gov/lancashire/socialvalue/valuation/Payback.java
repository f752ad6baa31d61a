package uk.gov.lancashire.socialvalue.valuation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * How soon the investment is paid back, in one of the two forms used in SROI practice (<i>A Guide to
 * Social Return on Investment</i>, Cabinet Office / SROI Network, 2012, stage 5.3 "calculating the
 * payback period").
 *
 * <ul>
 *   <li>{@link #guide(BigDecimal, BigDecimal, MathContext) The Guide's form}: {@code investment ÷ (annual
 *       impact ÷ 12)} months, where the investment is the <em>whole</em> investment, undiscounted, in
 *       whatever periods it is made (£100 in each of three periods is 300), and the annual impact is the
 *       first-year impact of every outcome, undiscounted. 300 ÷ (150 ÷ 12) = 24 months.
 *   <li>{@link #cumulative(List, List) The cumulative form}: the first period from which the cumulative
 *       present value of the outcomes stays at or above the cumulative present value of the investment
 *       made <em>up to that period</em>, to the end of the horizon. Comparing with the investment made so
 *       far (not the whole investment) is what makes it right when investment is spread; requiring it to
 *       stay there means a later tranche of investment that puts the project back in deficit moves the
 *       payback later, as a cumulative cash-flow chart shows it.
 * </ul>
 *
 * <p>When payback is never reached (no positive annual impact, or the cumulative value ends the horizon
 * below the cumulative investment) that is said explicitly: {@link #reached()} is false and {@link
 * #description()} says why; nothing is null or infinite.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param months the Guide's form: months to pay back, when reached
 * @param period the cumulative form: the first period (0-based) from which cumulative value stays at or
 *     above cumulative investment, when reached
 * @param description how the figure was reached, or why it never is
 */
public record Payback(Optional<BigDecimal> months, OptionalInt period, String description) {

  /**
   * Checks every component is present.
   *
   * @param months see the record description
   * @param period see the record description
   * @param description see the record description
   */
  public Payback {
    Objects.requireNonNull(months, "months");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(description, "description");
  }

  /**
   * The Guide's form.
   *
   * @param investment the whole investment, undiscounted
   * @param annualImpact the first-year impact of every outcome, undiscounted
   * @param mathContext the precision of the two divisions
   * @return months to pay back, or never when the annual impact is not positive
   */
  public static Payback guide(BigDecimal investment, BigDecimal annualImpact, MathContext mathContext) {
    Objects.requireNonNull(investment, "investment");
    Objects.requireNonNull(mathContext, "mathContext");
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

  /**
   * The cumulative form.
   *
   * @param valueByPeriod the present value of the outcomes in each period, from period 0
   * @param investmentByPeriod the present value of the investment made in each period, from period 0
   * @return the first period from which cumulative value stays at or above cumulative investment
   */
  public static Payback cumulative(List<BigDecimal> valueByPeriod, List<BigDecimal> investmentByPeriod) {
    int horizon = Math.max(valueByPeriod.size(), investmentByPeriod.size());
    BigDecimal value = BigDecimal.ZERO;
    BigDecimal invested = BigDecimal.ZERO;
    int from = -1;
    BigDecimal valueAt = BigDecimal.ZERO;
    BigDecimal investedAt = BigDecimal.ZERO;
    for (int p = 0; p < horizon; p++) {
      value = value.add(p < valueByPeriod.size() ? valueByPeriod.get(p) : BigDecimal.ZERO);
      invested = invested.add(p < investmentByPeriod.size() ? investmentByPeriod.get(p) : BigDecimal.ZERO);
      if (value.compareTo(invested) < 0) {
        from = -1;
      } else if (from < 0) {
        from = p;
        valueAt = value;
        investedAt = invested;
      }
    }
    if (from < 0 || invested.signum() <= 0) {
      return new Payback(Optional.empty(), OptionalInt.empty(),
          "never within " + horizon + " periods: cumulative PV " + value.toPlainString()
              + (invested.signum() <= 0 ? " against no investment" : " ends below cumulative investment " + invested.toPlainString()));
    }
    return new Payback(Optional.empty(), OptionalInt.of(from),
        "period " + from + ": cumulative PV " + valueAt.toPlainString() + " ≥ cumulative investment "
            + investedAt.toPlainString() + ", and stays at or above it to the end of the horizon");
  }

  /** @return true when the investment is paid back */
  public boolean reached() {
    return months.isPresent() || period.isPresent();
  }

  @Override
  public String toString() {
    return description;
  }
}
