package uk.gov.lancashire.socialvalue.valuation;

import java.math.BigDecimal;

/**
 * One year of a valued outcome: its impact, discount factor and present value, all exact at the
 * valuation's precision and in the valuation's price base and currency.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class YearValue {

  private final int outcomeYear;
  private final int period;
  private final BigDecimal deadweight;
  private final BigDecimal dropOffFactor;
  private final BigDecimal impact;
  private final BigDecimal discountFactor;
  private final BigDecimal presentValue;

  YearValue(int outcomeYear, int period, BigDecimal deadweight, BigDecimal dropOffFactor, BigDecimal impact,
      BigDecimal discountFactor, BigDecimal presentValue) {
    this.outcomeYear = outcomeYear;
    this.period = period;
    this.deadweight = deadweight;
    this.dropOffFactor = dropOffFactor;
    this.impact = impact;
    this.discountFactor = discountFactor;
    this.presentValue = presentValue;
  }

  /** @return the outcome year, 1 for the first */
  public int outcomeYear() {
    return outcomeYear;
  }

  /** @return the valuation period the year falls in, 0 for the first */
  public int period() {
    return period;
  }

  /** @return the deadweight applied in this year */
  public BigDecimal deadweight() {
    return deadweight;
  }

  /** @return {@code (1 − dropOff)^(outcomeYear − 1)} */
  public BigDecimal dropOffFactor() {
    return dropOffFactor;
  }

  /** @return the undiscounted impact of the year */
  public BigDecimal impact() {
    return impact;
  }

  /** @return the discount factor of the period */
  public BigDecimal discountFactor() {
    return discountFactor;
  }

  /** @return {@code impact × discountFactor} */
  public BigDecimal presentValue() {
    return presentValue;
  }
}
