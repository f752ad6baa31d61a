package uk.gov.lancashire.socialvalue.tender;

import java.math.BigDecimal;
import org.immutables.value.Value;
import uk.gov.lancashire.socialvalue.basics.Args;
import uk.gov.lancashire.socialvalue.basics.Problems;
import uk.gov.lancashire.socialvalue.basics.SocialValueStyle;

/**
 * One band of an {@link ScoringMethod#ABSOLUTE_BANDS absolute-band} criterion: a bid whose SV% reaches
 * {@link #minimumSvPercent()} scores {@link #fraction()} of the criterion's weight (the highest band
 * reached applies; below every band scores 0).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SocialValueStyle
public abstract class ScoreBand implements WithScoreBand {

  ScoreBand() {}

  /**
   * Creates a band.
   *
   * @param minimumSvPercent the SV% a bid must reach, not negative
   * @param fraction the share of the weight awarded, in [0, 1]
   * @return the band
   */
  public static ScoreBand of(BigDecimal minimumSvPercent, BigDecimal fraction) {
    return new Builder().minimumSvPercent(minimumSvPercent).fraction(fraction).build();
  }

  /** @return the SV% a bid must reach for this band */
  public abstract BigDecimal minimumSvPercent();

  /** @return the share of the criterion's weight awarded, in [0, 1] */
  public abstract BigDecimal fraction();

  @Value.Check
  void check() {
    Args.bounded(minimumSvPercent(), "minimumSvPercent");
    Problems problems = new Problems();
    problems.check(minimumSvPercent().signum() >= 0, "minimumSvPercent",
        "must not be negative, was " + minimumSvPercent().toPlainString());
    problems.fraction(fraction(), "fraction");
    problems.throwIfAny();
  }

  /** Builds a {@link ScoreBand}. */
  public static final class Builder extends ImmutableScoreBand.Builder {
    Builder() {}
  }
}
