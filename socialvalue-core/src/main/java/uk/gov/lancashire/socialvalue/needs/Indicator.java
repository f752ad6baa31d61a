package uk.gov.lancashire.socialvalue.needs;

import java.util.Optional;
import org.immutables.value.Value;
import uk.gov.lancashire.socialvalue.basics.Problems;
import uk.gov.lancashire.socialvalue.basics.SocialValueStyle;

/**
 * A statistic that describes local conditions, such as "employment rate, 16–64" or "adults with no
 * qualifications", with the unit its values are in, which {@link Direction} is better, and where and
 * when the figures come from.
 *
 * <p>The unit is a free label ({@code %}, {@code per 1,000 people}, {@code tCO2e per head}): gaps are
 * compared across indicators through the unit-free {@link Gap#relativeGap() relative gap}, so the
 * analysis never needs to convert one indicator's unit into another's.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SocialValueStyle
public abstract class Indicator implements WithIndicator {

  Indicator() {}

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return a stable id, unique within an analysis, e.g. {@code employment-rate} */
  public abstract String id();

  /** @return the title */
  public abstract String title();

  /** @return the label of the unit values are in, e.g. {@code %} */
  public abstract String unitLabel();

  /** @return which way is better */
  public abstract Direction direction();

  /** @return where the figures come from, e.g. a statistical release */
  public abstract String source();

  /** @return the year the figures describe */
  public abstract int year();

  /**
   * @return the range the indicator's values can take (0 to 100 for a percentage of people). When
   *     given, gaps are measured as a share of its width, so the gap and every ranking are the same
   *     however the indicator is framed (re-scaled, or stated as its complement with the direction
   *     flipped); see {@link IndicatorScale}. When absent, gaps are a share of the desired value, which
   *     is invariant to re-scaling only: declare a scale for every bounded indicator
   */
  public abstract Optional<IndicatorScale> scale();

  @Value.Check
  void check() {
    Problems problems = new Problems();
    problems.check(!id().isBlank(), "id", "must not be blank");
    problems.check(!title().isBlank(), "title", "must not be blank");
    problems.check(!unitLabel().isBlank(), "unitLabel", "must not be blank");
    problems.check(!source().isBlank(), "source", "must not be blank");
    problems.check(year() >= 1900 && year() <= 2200, "year", "must be a calendar year, was " + year());
    problems.throwIfAny();
  }

  /** Builds an {@link Indicator}. */
  public static final class Builder extends ImmutableIndicator.Builder {
    Builder() {}
  }
}
