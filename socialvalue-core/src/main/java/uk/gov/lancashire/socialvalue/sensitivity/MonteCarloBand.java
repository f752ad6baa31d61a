package uk.gov.lancashire.socialvalue.sensitivity;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import javax.money.CurrencyUnit;

/**
 * The result of a {@link MonteCarlo} run: the 5th, 50th and 95th percentiles of the present value
 * (in the valuation's currency and price base) and of the SROI ratio, with the draw count and seed that
 * reproduce them. The draws at the percentile ranks are found with {@code double}s; each reported figure
 * is the exact engine value (at {@link uk.gov.lancashire.socialvalue.valuation.Valuation#MATH_CONTEXT})
 * of the draw at that rank, its sampled inputs read as decimals (see {@link MonteCarlo}). Figures are
 * not rounded.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MonteCarloBand {

  private final int draws;
  private final long seed;
  private final CurrencyUnit currency;
  private final List<BigDecimal> presentValue;
  private final List<BigDecimal> ratio;

  MonteCarloBand(int draws, long seed, CurrencyUnit currency, BigDecimal pv5, BigDecimal pv50, BigDecimal pv95,
      BigDecimal ratio5, BigDecimal ratio50, BigDecimal ratio95) {
    this.draws = draws;
    this.seed = seed;
    this.currency = currency;
    this.presentValue = List.of(pv5, pv50, pv95);
    this.ratio = List.of(ratio5, ratio50, ratio95);
  }

  /** @return the number of draws */
  public int draws() {
    return draws;
  }

  /** @return the seed */
  public long seed() {
    return seed;
  }

  /** @return the currency of the present values */
  public CurrencyUnit currency() {
    return currency;
  }

  /** @return P5 of the present value */
  public BigDecimal presentValueP5() {
    return presentValue.get(0);
  }

  /** @return P50 (median) of the present value */
  public BigDecimal presentValueP50() {
    return presentValue.get(1);
  }

  /** @return P95 of the present value */
  public BigDecimal presentValueP95() {
    return presentValue.get(2);
  }

  /** @return P5 of the SROI ratio */
  public BigDecimal ratioP5() {
    return ratio.get(0);
  }

  /** @return P50 (median) of the SROI ratio */
  public BigDecimal ratioP50() {
    return ratio.get(1);
  }

  /** @return P95 of the SROI ratio */
  public BigDecimal ratioP95() {
    return ratio.get(2);
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof MonteCarloBand)) {
      return false;
    }
    MonteCarloBand that = (MonteCarloBand) other;
    return draws == that.draws && seed == that.seed && currency.equals(that.currency)
        && presentValue.equals(that.presentValue) && ratio.equals(that.ratio);
  }

  @Override
  public int hashCode() {
    return Objects.hash(draws, seed, currency, presentValue, ratio);
  }

  @Override
  public String toString() {
    return "PV P5/P50/P95 " + presentValue.get(0).toPlainString() + " / " + presentValue.get(1).toPlainString()
        + " / " + presentValue.get(2).toPlainString() + " " + currency + "; ratio " + ratio.get(0).toPlainString()
        + " / " + ratio.get(1).toPlainString() + " / " + ratio.get(2).toPlainString() + " (" + draws
        + " draws, seed " + seed + ")";
  }
}
