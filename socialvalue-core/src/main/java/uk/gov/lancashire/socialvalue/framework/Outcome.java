package uk.gov.lancashire.socialvalue.framework;

import org.immutables.value.Value;
import uk.gov.lancashire.socialvalue.basics.SocialValueStyle;

/**
 * A goal contributing to a {@link Theme}, such as "more local people in employment". Measures belong to
 * an outcome.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SocialValueStyle
public abstract class Outcome implements WithOutcome {

  Outcome() {}

  /**
   * Creates an outcome.
   *
   * @param id a stable id, unique within the framework
   * @param title the title
   * @param themeId the theme it contributes to
   * @return the outcome
   */
  public static Outcome of(String id, String title, String themeId) {
    return new Builder().id(id).title(title).themeId(themeId).build();
  }

  /** @return the stable id */
  public abstract String id();

  /** @return the title */
  public abstract String title();

  /** @return the id of the theme this outcome contributes to */
  public abstract String themeId();

  /** Builds an {@link Outcome}. */
  public static final class Builder extends ImmutableOutcome.Builder {
    Builder() {}
  }
}
