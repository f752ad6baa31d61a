package uk.gov.lancashire.socialvalue.framework;

import org.immutables.value.Value;
import uk.gov.lancashire.socialvalue.basics.SocialValueStyle;

/**
 * One priority of a {@link PriorityScheme}, such as LCC's "supporting economic growth".
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SocialValueStyle
public abstract class Priority implements WithPriority {

  Priority() {}

  /**
   * Creates a priority.
   *
   * @param id a stable id, unique within its scheme
   * @param title the title
   * @return the priority
   */
  public static Priority of(String id, String title) {
    return new Builder().id(id).title(title).build();
  }

  /** @return the stable id, unique within its scheme */
  public abstract String id();

  /** @return the title */
  public abstract String title();

  /** Builds a {@link Priority}. */
  public static final class Builder extends ImmutablePriority.Builder {
    Builder() {}
  }
}
