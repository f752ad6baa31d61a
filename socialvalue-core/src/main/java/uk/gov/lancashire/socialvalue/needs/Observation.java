package uk.gov.lancashire.socialvalue.needs;

import java.math.BigDecimal;
import org.immutables.value.Value;
import uk.gov.lancashire.socialvalue.basics.Args;
import uk.gov.lancashire.socialvalue.basics.Problems;
import uk.gov.lancashire.socialvalue.basics.SocialValueStyle;

/**
 * The current and desired value of one {@link Indicator} in one {@link Area}, both exact and in the
 * indicator's unit.
 *
 * <p>The desired value must not be zero: the {@link Gap#relativeGap() relative gap} divides by it. State
 * a goal of "none" with the smallest meaningful non-zero value, or compare such an indicator by its
 * {@link Gap#absoluteGap() absolute gap} outside the ranking.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SocialValueStyle
public abstract class Observation implements WithObservation {

  Observation() {}

  /**
   * Creates an observation.
   *
   * @param indicatorId the indicator
   * @param areaId the area
   * @param current the current value
   * @param desired the desired value, not zero
   * @return the observation
   */
  public static Observation of(String indicatorId, String areaId, BigDecimal current, BigDecimal desired) {
    return new Builder().indicatorId(indicatorId).areaId(areaId).current(current).desired(desired).build();
  }

  /**
   * Creates an observation from decimal text, e.g. {@code of("employment", "burnley", "70.5", "75")}.
   *
   * @param indicatorId the indicator
   * @param areaId the area
   * @param current the current value as decimal text
   * @param desired the desired value as decimal text, not zero
   * @return the observation
   */
  public static Observation of(String indicatorId, String areaId, String current, String desired) {
    return of(indicatorId, areaId, Args.decimal(current, "current"), Args.decimal(desired, "desired"));
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the indicator's id */
  public abstract String indicatorId();

  /** @return the area's id */
  public abstract String areaId();

  /** @return the current value */
  public abstract BigDecimal current();

  /** @return the desired value */
  public abstract BigDecimal desired();

  @Value.Check
  void check() {
    Args.bounded(current(), "current");
    Args.bounded(desired(), "desired");
    Problems problems = new Problems();
    problems.check(!indicatorId().isBlank(), "indicatorId", "must not be blank");
    problems.check(!areaId().isBlank(), "areaId", "must not be blank");
    problems.check(desired().signum() != 0, "desired",
        "must not be zero (the relative gap divides by the desired value)");
    problems.throwIfAny();
  }

  /** Builds an {@link Observation}. */
  public static final class Builder extends ImmutableObservation.Builder {
    Builder() {}
  }
}
