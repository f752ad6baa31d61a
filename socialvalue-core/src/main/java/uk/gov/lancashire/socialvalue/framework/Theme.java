package uk.gov.lancashire.socialvalue.framework;

import org.immutables.value.Value;
import uk.gov.lancashire.socialvalue.basics.SocialValueStyle;

/**
 * An overarching aim of a framework, such as "jobs" or "environment". Outcomes belong to a theme.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SocialValueStyle
public abstract class Theme implements WithTheme {

  Theme() {}

  /**
   * Creates a theme.
   *
   * @param id a stable id, unique within the framework
   * @param title the title
   * @return the theme
   */
  public static Theme of(String id, String title) {
    return new Builder().id(id).title(title).build();
  }

  /** @return the stable id */
  public abstract String id();

  /** @return the title */
  public abstract String title();

  /** Builds a {@link Theme}. */
  public static final class Builder extends ImmutableTheme.Builder {
    Builder() {}
  }
}
