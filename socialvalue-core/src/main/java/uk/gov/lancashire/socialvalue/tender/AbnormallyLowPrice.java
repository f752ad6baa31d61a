package uk.gov.lancashire.socialvalue.tender;

import java.math.BigDecimal;
import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * A price reported as abnormally low under an {@link AbnormallyLowPriceRule}, with the figures that made
 * it so. A report for the panel, never an exclusion: the supplier must first be asked to show it can
 * perform for that price (Procurement Act 2023 s.19(4)).
 *
 * @param bidder the bidder
 * @param price its price
 * @param median the median price of the bids evaluated, exact
 * @param threshold {@code median × (1 − percentBelowMedian ÷ 100)}: prices below it are reported
 * @param percentBelow how far below the median this price is, {@code (median − price) ÷ median × 100},
 *     to 34 significant digits
 * @param bidsCompared how many positive prices the median was taken over
 */
public record AbnormallyLowPrice(String bidder, MonetaryAmount price, BigDecimal median, BigDecimal threshold,
    BigDecimal percentBelow, int bidsCompared) {

  /**
   * Checks the components are present.
   *
   * @param bidder the bidder
   * @param price its price
   * @param median the median price of the bids evaluated, exact
   * @param threshold {@code median × (1 − percentBelowMedian ÷ 100)}: prices below it are reported
   * @param percentBelow how far below the median this price is, {@code (median − price) ÷ median × 100}, to 34 significant digits
   * @param bidsCompared how many positive prices the median was taken over
   */
  public AbnormallyLowPrice {
    Objects.requireNonNull(bidder, "bidder");
    Objects.requireNonNull(price, "price");
    Objects.requireNonNull(median, "median");
    Objects.requireNonNull(threshold, "threshold");
    Objects.requireNonNull(percentBelow, "percentBelow");
  }
}
