package uk.gov.lancashire.socialvalue.framework;

import java.util.Optional;
import org.immutables.value.Value;
import uk.gov.lancashire.socialvalue.basics.SocialValueStyle;

/**
 * The counting rules of a measure (council social value guidance), held as data so the delivery engine can enforce them.
 *
 * <ul>
 *   <li>{@link #firstYearOnly()}: a person counts in the first 12 months of their own employment with
 *       the supplier (disadvantaged-group hires), whichever contract year that is.
 *   <li>{@link #exclusiveGroup()}: measures in the same group are mutually exclusive for one person
 *       (one hire is never both "long-term unemployed" and "NEET"); the same person may still count
 *       under a measure outside the group, such as local employment.
 *   <li>{@link #localOnly()}: only delivery inside the contract's own locality counts (local people
 *       employed, spend with local suppliers); a record outside it, or with no location the locality
 *       can judge, is excluded and reported. "Local" is defined per contract, not per framework.
 * </ul>
 *
 * <p>Source: council TOMs guidance (Torbay Council, "TOMs dos and don'ts",
 * https://www.torbay.gov.uk/council/social-value/toms-dos-and-donts/; Lancashire County Council,
 * social value definitions, https://www.lancashire.gov.uk/business/social-value/definitions/).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SocialValueStyle
public abstract class CountingRules implements WithCountingRules {

  private static final CountingRules NONE = new Builder().build();

  CountingRules() {}

  /** @return no special rule */
  public static CountingRules none() {
    return NONE;
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return true when a person counts in the first 12 months of their own employment only */
  @Value.Default
  public boolean firstYearOnly() {
    return false;
  }

  /** @return true when only delivery inside the contract's locality counts */
  @Value.Default
  public boolean localOnly() {
    return false;
  }

  /** @return the exclusive group this measure belongs to, e.g. {@code disadvantaged} */
  public abstract Optional<String> exclusiveGroup();

  /** Builds {@link CountingRules}. */
  public static final class Builder extends ImmutableCountingRules.Builder {
    Builder() {}
  }
}
