package uk.gov.lancashire.socialvalue.discounting;

import java.math.BigDecimal;
import org.immutables.value.Value;
import uk.gov.lancashire.socialvalue.basics.Args;
import uk.gov.lancashire.socialvalue.basics.Problems;
import uk.gov.lancashire.socialvalue.basics.SocialValueStyle;

/**
 * One band of a {@link DiscountSchedule}: the yearly rate that applies from {@link #fromYear()} until
 * the next band starts. A rate of {@code 0.035} is 3.5%.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SocialValueStyle
public abstract class DiscountBand implements WithDiscountBand {

  DiscountBand() {}

  /**
   * Creates a band.
   *
   * @param fromYear the first year the rate applies to, 0 or more
   * @param rate the yearly rate, a fraction in [0, 1)
   * @return the band
   */
  public static DiscountBand of(int fromYear, BigDecimal rate) {
    return new Builder().fromYear(fromYear).rate(rate).build();
  }

  /** @return the first year the rate applies to */
  public abstract int fromYear();

  /** @return the yearly rate, a fraction in [0, 1) */
  public abstract BigDecimal rate();

  @Value.Check
  void check() {
    Args.bounded(rate(), "rate");
    Problems problems = new Problems();
    problems.check(fromYear() >= 0, "fromYear", "must not be negative, was " + fromYear());
    problems.check(rate().signum() >= 0 && rate().compareTo(BigDecimal.ONE) < 0, "rate",
        "must be a fraction in [0, 1), was " + rate().toPlainString());
    problems.throwIfAny();
  }

  /** Builds a {@link DiscountBand}. */
  public static final class Builder extends ImmutableDiscountBand.Builder {
    Builder() {}
  }
}
