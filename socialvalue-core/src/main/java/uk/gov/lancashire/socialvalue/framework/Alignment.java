package uk.gov.lancashire.socialvalue.framework;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;
import uk.gov.lancashire.socialvalue.basics.Problems;
import uk.gov.lancashire.socialvalue.basics.SocialValueStyle;

/**
 * A measure's alignment to one priority of one priority scheme, optionally weighted.
 *
 * <p>A measure may align to several priorities in each scheme (many-to-many). When any alignment of a
 * measure within a scheme has a weight, all of them must, and the weights must add up to 1: then a
 * roll-up by priority splits the measure's value by weight and never inflates a total.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SocialValueStyle
public abstract class Alignment implements WithAlignment {

  Alignment() {}

  /**
   * Creates an unweighted alignment.
   *
   * @param schemeId the priority scheme, e.g. {@code lcc}
   * @param priorityId the priority within it
   * @return the alignment
   */
  public static Alignment of(String schemeId, String priorityId) {
    return new Builder().schemeId(schemeId).priorityId(priorityId).build();
  }

  /**
   * Creates a weighted alignment.
   *
   * @param schemeId the priority scheme
   * @param priorityId the priority within it
   * @param weight the share of the measure given to this priority, in [0, 1]
   * @return the alignment
   */
  public static Alignment weighted(String schemeId, String priorityId, BigDecimal weight) {
    return new Builder().schemeId(schemeId).priorityId(priorityId).weight(weight).build();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the id of the priority scheme */
  public abstract String schemeId();

  /** @return the id of the priority within the scheme */
  public abstract String priorityId();

  /** @return the share of the measure given to this priority, when weighted */
  public abstract Optional<BigDecimal> weight();

  @Value.Check
  void check() {
    Problems problems = new Problems();
    problems.check(!schemeId().isBlank(), "schemeId", "must not be blank");
    problems.check(!priorityId().isBlank(), "priorityId", "must not be blank");
    weight().ifPresent(w -> problems.fraction(w, "weight"));
    problems.throwIfAny();
  }

  /** Builds an {@link Alignment}. */
  public static final class Builder extends ImmutableAlignment.Builder {
    Builder() {}
  }
}
