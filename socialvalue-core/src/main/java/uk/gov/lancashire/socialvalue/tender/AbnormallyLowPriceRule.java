package uk.gov.lancashire.socialvalue.tender;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import uk.gov.lancashire.socialvalue.basics.Amounts;
import uk.gov.lancashire.socialvalue.basics.ProblemPath;
import uk.gov.lancashire.socialvalue.basics.ValidationException;
import uk.gov.lancashire.socialvalue.basics.Args;
import uk.gov.lancashire.socialvalue.basics.Problems;
import uk.gov.lancashire.socialvalue.basics.SocialValueStyle;

/**
 * When a price is reported as abnormally low: more than {@link #percentBelowMedian()} percent below the
 * median price of the bids evaluated (the compliant ones: a caller leaves out tenders it has
 * disregarded), once at least {@link #minimumBids()} bids have a positive price.
 *
 * <p>The rule only <em>reports</em>, with its figures ({@link AbnormallyLowPrice}); it never excludes.
 * Under the Procurement Act 2023 s.19(3)(c), (4) and (5) a tender may be disregarded for an abnormally
 * low price only after the supplier has been told and given a reasonable opportunity to show it can
 * perform for that price; if it does, the tender may not be disregarded on that ground. The Act sets no
 * threshold: the percentage is the authority's choice, declared in the scheme. The median, unlike the
 * mean, is not pulled by the low price it is testing.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SocialValueStyle
public abstract class AbnormallyLowPriceRule implements WithAbnormallyLowPriceRule {

  AbnormallyLowPriceRule() {}

  /**
   * @param percentBelowMedian how far below the median a price must be to be reported, in (0, 100)
   * @return the rule, applying from three bids
   */
  public static AbnormallyLowPriceRule percentBelowMedian(BigDecimal percentBelowMedian) {
    return new Builder().percentBelowMedian(percentBelowMedian).build();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return how far below the median, in percent, a price must be to be reported */
  public abstract BigDecimal percentBelowMedian();

  /**
   * @return the fewest positive prices the rule needs; 3 by default (with two bids the median is their
   *     mean, and one bid cannot be compared)
   */
  @Value.Default
  public int minimumBids() {
    return 3;
  }

  /**
   * Applies the rule to the bids evaluated.
   *
   * @param bids the bids; those with no positive price take no part in the median
   * @return the reports, by bidder; empty when fewer than {@link #minimumBids()} prices are positive
   * @throws ValidationException at {@code bids[i].price} when the bids' prices are not all in one currency
   */
  public Map<String, AbnormallyLowPrice> assess(List<Bid> bids) {
    for (int i = 1; i < bids.size(); i++) {
      if (!bids.get(i).price().getCurrency().equals(bids.get(0).price().getCurrency())) {
        throw ValidationException.at(ProblemPath.of("bids").index(i).property("price"), "must be in "
            + bids.get(0).price().getCurrency() + " like the other bids, was " + bids.get(i).price().getCurrency());
      }
    }
    List<BigDecimal> prices = bids.stream().map(b -> Amounts.decimal(b.price())).filter(p -> p.signum() > 0)
        .sorted().collect(Collectors.toList());
    Map<String, AbnormallyLowPrice> found = new LinkedHashMap<>();
    if (prices.size() < minimumBids()) {
      return found;
    }
    int n = prices.size();
    BigDecimal median = n % 2 == 1 ? prices.get(n / 2)
        : prices.get(n / 2 - 1).add(prices.get(n / 2)).divide(BigDecimal.valueOf(2));
    BigDecimal hundred = BigDecimal.valueOf(100);
    BigDecimal threshold = median.multiply(hundred.subtract(percentBelowMedian())).divide(hundred);
    for (Bid bid : bids) {
      BigDecimal price = Amounts.decimal(bid.price());
      if (price.signum() > 0 && price.compareTo(threshold) < 0) {
        BigDecimal below = median.subtract(price).multiply(hundred).divide(median, MathContext.DECIMAL128);
        found.put(bid.bidder(), new AbnormallyLowPrice(bid.bidder(), bid.price(),
            Amounts.of(median, bid.price().getCurrency()), Amounts.of(threshold, bid.price().getCurrency()), below, n));
      }
    }
    return found;
  }

  @Value.Check
  void check() {
    Args.bounded(percentBelowMedian(), "percentBelowMedian");
    Problems problems = new Problems();
    problems.check(percentBelowMedian().signum() > 0 && percentBelowMedian().compareTo(BigDecimal.valueOf(100)) < 0,
        "percentBelowMedian", "must be between 0 and 100 exclusive, was " + percentBelowMedian().toPlainString());
    problems.check(minimumBids() >= 2, "minimumBids", "must be at least 2, was " + minimumBids());
    problems.throwIfAny();
  }

  /** Builds an {@link AbnormallyLowPriceRule}. */
  public static final class Builder extends ImmutableAbnormallyLowPriceRule.Builder {
    Builder() {}
  }
}
