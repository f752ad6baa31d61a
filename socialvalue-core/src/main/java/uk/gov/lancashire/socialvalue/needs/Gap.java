package uk.gov.lancashire.socialvalue.needs;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Comparator;
import org.immutables.value.Value;
import uk.gov.lancashire.socialvalue.basics.ProblemPath;
import uk.gov.lancashire.socialvalue.basics.Problems;
import uk.gov.lancashire.socialvalue.basics.SocialValueStyle;
import uk.gov.lancashire.socialvalue.basics.ValidationException;

/**
 * The gap between current and desired conditions for one {@link Indicator} in one {@link Area}.
 *
 * <ul>
 *   <li>{@link #absoluteGap()}: the shortfall in the indicator's own unit, {@code max(0, desired −
 *       current)} when higher is better, {@code max(0, current − desired)} when lower is better. Zero
 *       when the current value meets or beats the desired one; a surplus is not a negative need.
 *   <li>{@link #relativeGap()}: the shortfall as a share of the indicator's yardstick. This is the
 *       <b>normalised gap score</b> every ranking and needs weight uses. The yardstick is the width of
 *       the indicator's {@link IndicatorScale scale} when it declares one ({@code absoluteGap ÷ (highest
 *       − lowest)}), otherwise the desired value ({@code absoluteGap ÷ |desired|}).
 * </ul>
 *
 * <p><b>Why it does not depend on framing.</b> The score is unit-free, so indicators in percent, counts
 * and tonnes are compared on one scale. With a declared scale it is the same however the indicator is
 * framed: re-scaling by {@code k > 0} multiplies shortfall and width by {@code k}; stating the complement
 * {@code c − x} with the direction flipped leaves the shortfall unchanged ({@code (c − current) − (c −
 * desired) = desired − current}) and maps the scale onto one of equal width. Employment 71 against 78 and
 * non-employment 29 against 22 on a 0–100 scale both score {@code 7 ÷ 100 = 0.07}. Because
 * {@link BigDecimal#multiply} and {@link BigDecimal#subtract} are exact and the division rounds the exact
 * quotient, the computed scores are identical, not merely close, and rankings cannot change. Without a
 * scale only re-scaling is harmless: dividing by the desired value makes an indicator and its complement
 * score differently (7 ÷ 78 = 0.0897 against 7 ÷ 22 = 0.318), so every bounded indicator should declare
 * its scale. Either way the score depends on one area's figures only, so an area that improves never
 * makes another area's score move (min–max normalisation across areas would). Without a scale it needs
 * a non-zero desired value (see {@link Observation}).
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
      throw ValidationException.at(ProblemPath.of("observation").property("indicatorId"), "is '" + observation.indicatorId()
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

  /**
   * @return the shortfall as a share of the scale's width, or of |desired| when the indicator declares
   *     no scale; never negative: the normalised gap score
   */
  @Value.Derived
  @Value.Auxiliary
  public BigDecimal relativeGap() {
    if (absoluteGap().signum() == 0) {
      return BigDecimal.ZERO;
    }
    BigDecimal yardstick = indicator().scale().map(IndicatorScale::width).orElseGet(() -> desired().abs());
    return absoluteGap().divide(yardstick, RATIO);
  }

  /** @return true when the current value meets or beats the desired value */
  public boolean isMet() {
    return absoluteGap().signum() == 0;
  }

  @Value.Check
  void check() {
    if (desired().signum() == 0 && indicator().scale().isEmpty()) {
      throw ValidationException.of("desired", "must not be zero (the relative gap divides by the desired value)");
    }
    indicator().scale().ifPresent(scale -> {
      Problems problems = new Problems();
      problems.check(scale.contains(current()), "current", "must lie in the indicator's scale ["
          + scale.lowest().toPlainString() + ", " + scale.highest().toPlainString() + "], was " + current().toPlainString());
      problems.check(scale.contains(desired()), "desired", "must lie in the indicator's scale ["
          + scale.lowest().toPlainString() + ", " + scale.highest().toPlainString() + "], was " + desired().toPlainString());
      problems.throwIfAny();
    });
  }

  /** Builds a {@link Gap}; package-private, as gaps are measured with {@link #of}. */
  static final class Builder extends ImmutableGap.Builder {
    Builder() {}
  }
}
