package uk.gov.lancashire.socialvalue.sensitivity;

import java.math.BigDecimal;
import java.util.Objects;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import uk.gov.lancashire.socialvalue.basics.Amounts;
import uk.gov.lancashire.socialvalue.basics.ValidationException;

/**
 * The result of a {@link MonteCarlo} run: the 5th, 50th and 95th percentiles of the present value
 * (in the valuation's currency and price base) and of the SROI ratio, with the draw count and seed that
 * reproduce them. The draws at the percentile ranks are found with {@code double}s; each reported figure
 * is the exact engine value (at {@link uk.gov.lancashire.socialvalue.valuation.Valuation#MATH_CONTEXT})
 * of the draw at that rank, its sampled inputs read as decimals (see {@link MonteCarlo}). Figures are
 * not rounded. Present values are money ({@link Amounts}); ratios are plain decimals.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param draws the number of draws, at least 1
 * @param seed the seed
 * @param presentValueP5 P5 of the present value
 * @param presentValueP50 P50 (median) of the present value
 * @param presentValueP95 P95 of the present value, in the same currency
 * @param ratioP5 P5 of the SROI ratio
 * @param ratioP50 P50 (median) of the SROI ratio
 * @param ratioP95 P95 of the SROI ratio
 */
public record MonteCarloBand(int draws, long seed, MonetaryAmount presentValueP5, MonetaryAmount presentValueP50,
    MonetaryAmount presentValueP95, BigDecimal ratioP5, BigDecimal ratioP50, BigDecimal ratioP95) {

  /**
   * Checks every figure is present, the draw count is positive and the present values share a currency.
   *
   * @param draws the number of draws, at least 1
   * @param seed the seed
   * @param presentValueP5 P5 of the present value
   * @param presentValueP50 P50 (median) of the present value
   * @param presentValueP95 P95 of the present value
   * @param ratioP5 P5 of the SROI ratio
   * @param ratioP50 P50 (median) of the SROI ratio
   * @param ratioP95 P95 of the SROI ratio
   */
  public MonteCarloBand {
    if (draws < 1) {
      throw ValidationException.of("draws", "must be at least 1, was " + draws);
    }
    Objects.requireNonNull(presentValueP5, "presentValueP5");
    Objects.requireNonNull(presentValueP50, "presentValueP50");
    Objects.requireNonNull(presentValueP95, "presentValueP95");
    Objects.requireNonNull(ratioP5, "ratioP5");
    Objects.requireNonNull(ratioP50, "ratioP50");
    Objects.requireNonNull(ratioP95, "ratioP95");
    if (!presentValueP50.getCurrency().equals(presentValueP5.getCurrency())
        || !presentValueP95.getCurrency().equals(presentValueP5.getCurrency())) {
      throw ValidationException.of("presentValueP50", "percentiles must share one currency");
    }
  }

  /** @return the currency of the present values */
  public CurrencyUnit currency() {
    return presentValueP5.getCurrency();
  }

  @Override
  public String toString() {
    return "PV P5/P50/P95 " + Amounts.decimal(presentValueP5).toPlainString() + " / "
        + Amounts.decimal(presentValueP50).toPlainString() + " / " + Amounts.decimal(presentValueP95).toPlainString()
        + " " + currency() + "; ratio " + ratioP5.toPlainString() + " / " + ratioP50.toPlainString() + " / "
        + ratioP95.toPlainString() + " (" + draws + " draws, seed " + seed + ")";
  }
}
