package uk.gov.lancashire.socialvalue.needs;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;
import uk.gov.lancashire.socialvalue.basics.Args;
import uk.gov.lancashire.socialvalue.basics.Problems;
import uk.gov.lancashire.socialvalue.basics.SocialValueStyle;
import uk.gov.lancashire.socialvalue.framework.MeasureCode;

/**
 * A weighted link from an {@link Indicator} to what addresses it: a measure, an outcome or a priority
 * of a priority scheme. Links are many-to-many: an indicator may link to several measures and a
 * measure may be linked from several indicators.
 *
 * <p>The weight says how strongly the target addresses the indicator's gap (any positive number; only
 * ratios matter, since {@link NeedsWeights} normalises). A link has exactly one target: use
 * {@link #toMeasure}, {@link #toOutcome} or {@link #toPriority}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SocialValueStyle
public abstract class IndicatorLink implements WithIndicatorLink {

  IndicatorLink() {}

  /**
   * @param indicatorId the indicator
   * @param measure the measure that addresses it
   * @param weight how strongly, positive
   * @return the link
   */
  public static IndicatorLink toMeasure(String indicatorId, MeasureCode measure, BigDecimal weight) {
    return new Builder().indicatorId(indicatorId).measure(measure).weight(weight).build();
  }

  /**
   * @param indicatorId the indicator
   * @param outcomeId the framework outcome that addresses it
   * @param weight how strongly, positive
   * @return the link
   */
  public static IndicatorLink toOutcome(String indicatorId, String outcomeId, BigDecimal weight) {
    return new Builder().indicatorId(indicatorId).outcomeId(outcomeId).weight(weight).build();
  }

  /**
   * @param indicatorId the indicator
   * @param schemeId the priority scheme, e.g. {@code lcc}
   * @param priorityId the priority within it
   * @param weight how strongly, positive
   * @return the link
   */
  public static IndicatorLink toPriority(String indicatorId, String schemeId, String priorityId, BigDecimal weight) {
    return new Builder().indicatorId(indicatorId).schemeId(schemeId).priorityId(priorityId).weight(weight).build();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the indicator's id */
  public abstract String indicatorId();

  /** @return how strongly the target addresses the indicator, positive */
  public abstract BigDecimal weight();

  /** @return the target measure, for a measure link */
  public abstract Optional<MeasureCode> measure();

  /** @return the target outcome's id, for an outcome link */
  public abstract Optional<String> outcomeId();

  /** @return the priority scheme's id, for a priority link */
  public abstract Optional<String> schemeId();

  /** @return the priority's id within its scheme, for a priority link */
  public abstract Optional<String> priorityId();

  @Value.Check
  void check() {
    Args.bounded(weight(), "weight");
    Problems problems = new Problems();
    problems.check(!indicatorId().isBlank(), "indicatorId", "must not be blank");
    problems.check(weight().signum() > 0, "weight", "must be positive, was " + weight().toPlainString());
    problems.check(schemeId().isPresent() == priorityId().isPresent(), "priorityId",
        "a priority link needs both schemeId and priorityId");
    int targets = (measure().isPresent() ? 1 : 0) + (outcomeId().isPresent() ? 1 : 0)
        + (schemeId().isPresent() || priorityId().isPresent() ? 1 : 0);
    problems.check(targets == 1, "", "a link needs exactly one target (measure, outcome or priority), had " + targets);
    outcomeId().ifPresent(o -> problems.check(!o.isBlank(), "outcomeId", "must not be blank"));
    schemeId().ifPresent(s -> problems.check(!s.isBlank(), "schemeId", "must not be blank"));
    priorityId().ifPresent(p -> problems.check(!p.isBlank(), "priorityId", "must not be blank"));
    problems.throwIfAny();
  }

  /** Builds an {@link IndicatorLink}. */
  public static final class Builder extends ImmutableIndicatorLink.Builder {
    Builder() {}
  }
}
