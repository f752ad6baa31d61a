package uk.gov.lancashire.socialvalue.tender;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import javax.money.MonetaryAmount;
import uk.gov.lancashire.socialvalue.basics.Args;
import uk.gov.lancashire.socialvalue.basics.ValidationException;

/**
 * A price reported as abnormally low under an {@link AbnormallyLowPriceRule}, with the figures that made
 * it so. A report for the panel, never an exclusion: the supplier must first be asked to show it can
 * perform for that price (Procurement Act 2023 s.19(4)).
 *
 * <p>The median and the threshold are prices, so they are amounts in the price's currency (the money
 * convention of {@link uk.gov.lancashire.socialvalue.basics.Amounts}), exact; the percentage is a decimal.
 *
 * @param bidder the bidder
 * @param price its price
 * @param median the median price of the bids evaluated, exact, in the price's currency
 * @param threshold {@code median × (1 − percentBelowMedian ÷ 100)}: prices below it are reported
 * @param percentBelow how far below the median this price is, {@code (median − price) ÷ median × 100},
 *     to 34 significant digits
 * @param bidsCompared how many positive prices the median was taken over
 */
public record AbnormallyLowPrice(String bidder, MonetaryAmount price, MonetaryAmount median, MonetaryAmount threshold,
    BigDecimal percentBelow, int bidsCompared) {

  /**
   * Checks the components are present, the median and threshold are in the price's currency and at least one
   * price was compared.
   *
   * @param bidder the bidder
   * @param price its price
   * @param median the median price of the bids evaluated, exact, in the price's currency
   * @param threshold {@code median × (1 − percentBelowMedian ÷ 100)}: prices below it are reported
   * @param percentBelow how far below the median this price is, {@code (median − price) ÷ median × 100}, to 34 significant digits
   * @param bidsCompared how many positive prices the median was taken over
   * @throws ValidationException when a figure is in another currency or no price was compared
   */
  public AbnormallyLowPrice {
    Objects.requireNonNull(bidder, "bidder");
    Objects.requireNonNull(price, "price");
    Objects.requireNonNull(median, "median");
    Objects.requireNonNull(threshold, "threshold");
    Args.bounded(percentBelow, "percentBelow");
    for (MonetaryAmount figure : List.of(median, threshold)) {
      if (!figure.getCurrency().equals(price.getCurrency())) {
        throw ValidationException.of(figure == median ? "median" : "threshold", "must be in the price's currency "
            + price.getCurrency() + ", was " + figure.getCurrency());
      }
    }
    if (bidsCompared < 1) {
      throw ValidationException.of("bidsCompared", "must be 1 or more, was " + bidsCompared);
    }
  }
}
