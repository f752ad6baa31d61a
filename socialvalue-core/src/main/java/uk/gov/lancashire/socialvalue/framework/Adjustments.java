package uk.gov.lancashire.socialvalue.framework;

import java.math.BigDecimal;
import org.immutables.value.Value;
import uk.gov.lancashire.socialvalue.basics.SocialValueStyle;
import uk.gov.lancashire.socialvalue.basics.Problems;

/**
 * The SROI adjustments of an outcome: deadweight, displacement, attribution and drop-off, each a
 * fraction in [0, 1], and the duration of the outcome in years.
 *
 * <p>A measure carries default adjustments; a valuation line may override them. All default to zero
 * and a duration of one year, i.e. the gross value for one year.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SocialValueStyle
public abstract class Adjustments implements WithAdjustments {

  /**
   * The longest duration accepted, in years: beyond the Green Book's longest appraisal bands, and a bound
   * so that untrusted input cannot make a valuation loop for billions of years.
   */
  public static final int MAX_DURATION_YEARS = 200;

  private static final Adjustments NONE = new Builder().build();

  Adjustments() {}

  /** @return no adjustment, one year */
  public static Adjustments none() {
    return NONE;
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return what would have happened anyway, in [0, 1] */
  @Value.Default
  public BigDecimal deadweight() {
    return BigDecimal.ZERO;
  }

  /** @return the share moved from elsewhere, in [0, 1] */
  @Value.Default
  public BigDecimal displacement() {
    return BigDecimal.ZERO;
  }

  /** @return the share caused by others, in [0, 1] */
  @Value.Default
  public BigDecimal attribution() {
    return BigDecimal.ZERO;
  }

  /** @return how much the outcome fades in each later year, in [0, 1] */
  @Value.Default
  public BigDecimal dropOff() {
    return BigDecimal.ZERO;
  }

  /** @return how many years the outcome lasts, at least 1 */
  @Value.Default
  public int durationYears() {
    return 1;
  }

  @Value.Check
  void check() {
    Problems problems = new Problems();
    problems.fraction(deadweight(), "deadweight");
    problems.fraction(displacement(), "displacement");
    problems.fraction(attribution(), "attribution");
    problems.fraction(dropOff(), "dropOff");
    problems.check(durationYears() >= 1 && durationYears() <= MAX_DURATION_YEARS, "durationYears",
        "must be from 1 to " + MAX_DURATION_YEARS + ", was " + durationYears());
    problems.throwIfAny();
  }

  /** Builds {@link Adjustments}. */
  public static final class Builder extends ImmutableAdjustments.Builder {
    Builder() {}
  }

}
