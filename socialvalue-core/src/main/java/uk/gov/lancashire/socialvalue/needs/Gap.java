package uk.gov.lancashire.socialvalue.needs;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Comparator;
import org.immutables.value.Value;
import uk.gov.lancashire.socialvalue.basics.SocialValueStyle;
import uk.gov.lancashire.socialvalue.basics.ValidationException;

/**
 * The gap between current and desired conditions for one {@link Indicator} in one {@link Area}.
 *
 * <ul>
 *   <li>{@link #absoluteGap()}: the shortfall in the indicator's own unit, {@code max(0, desired −
 *       current)} when higher is better, {@code max(0, current − desired)} when lower is better. Zero
 *       when the current value meets or beats the desired one; a surplus is not a negative need.
 *   <li>{@link #relativeGap()}: the shortfall as a share of the desired value, {@code absoluteGap ÷
 *       |desired|}. This is the <b>normalised gap score</b> every ranking and needs weight uses.
 * </ul>
 *
 * <p><b>Why the relative shortfall.</b> It is unit-free, so indicators in percent, counts and tonnes are
 * compared on one scale, and it is <em>invariant to rescaling</em> an indicator's unit: writing an
 * indicator in fractions instead of percent multiplies current, desired and shortfall by the same
 * factor {@code k > 0}, and {@code k·s ÷ |k·d| = s ÷ |d|}. Because {@link BigDecimal#multiply} is exact
 * and {@link BigDecimal#divide(BigDecimal, MathContext)} rounds the exact quotient, the computed score is
 * identical, not merely close, and rankings cannot change. It depends on one area's figures only, so an
 * area that improves never makes another area's score move (min–max normalisation across areas would).
 * It needs a non-zero desired value (see {@link Observation}).
 *
 * <p>The relative gap is computed to 34 significant digits, rounding half up; nothing else is rounded.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SocialValueStyle
public abstract class Gap {

  /**
   * Orders gaps from the largest relative gap down; ties break by indicator id, then area id, so a
   * ranking never depends on input order.
   */
  public static final Comparator<Gap> LARGEST_FIRST =
      Comparator.comparing(Gap::relativeGap, Comparator.reverseOrder())
          .thenComparing(Gap::indicatorId)
          .thenComparing(Gap::areaId);

  private static final MathContext RATIO = new MathContext(34, RoundingMode.HALF_UP);

  Gap() {}

  /**
   * Measures the gap of one observation.
   *
   * @param indicator the indicator
   * @param observation an observation of that indicator
   * @return the gap
   * @throws ValidationException when the observation is of another indicator
   */
  public static Gap of(Indicator indicator, Observation observation) {
    if (!indicator.id().equals(observation.indicatorId())) {
      throw ValidationException.of("observation.indicatorId", "is '" + observation.indicatorId()
          + "' but the indicator is '" + indicator.id() + "'");
    }
    return new Builder().indicator(indicator).areaId(observation.areaId())
        .current(observation.current()).desired(observation.desired()).build();
  }

  /** @return the indicator */
  public abstract Indicator indicator();

  /** @return the area's id */
  public abstract String areaId();

  /** @return the current value, in the indicator's unit */
  public abstract BigDecimal current();

  /** @return the desired value, in the indicator's unit, not zero */
  public abstract BigDecimal desired();

  /** @return the indicator's id */
  public String indicatorId() {
    return indicator().id();
  }

  /** @return the shortfall in the indicator's unit, never negative; exact */
  @Value.Derived
  @Value.Auxiliary
  public BigDecimal absoluteGap() {
    return indicator().direction().shortfall(current(), desired());
  }

  /** @return the shortfall as a share of |desired|, never negative: the normalised gap score */
  @Value.Derived
  @Value.Auxiliary
  public BigDecimal relativeGap() {
    return absoluteGap().signum() == 0 ? BigDecimal.ZERO : absoluteGap().divide(desired().abs(), RATIO);
  }

  /** @return true when the current value meets or beats the desired value */
  public boolean isMet() {
    return absoluteGap().signum() == 0;
  }

  @Value.Check
  void check() {
    if (desired().signum() == 0) {
      throw ValidationException.of("desired", "must not be zero (the relative gap divides by the desired value)");
    }
  }

  /** Builds a {@link Gap}; package-private, as gaps are measured with {@link #of}. */
  static final class Builder extends ImmutableGap.Builder {
    Builder() {}
  }
}
