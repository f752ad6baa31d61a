package uk.gov.lancashire.socialvalue.framework;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import uk.gov.lancashire.socialvalue.basics.SocialValueStyle;

/**
 * A named set of priorities that measures align to. A framework may hold any number: Lancashire's holds
 * the council's four priorities and Lancashire 2050's four.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SocialValueStyle
public abstract class PriorityScheme implements WithPriorityScheme {

  PriorityScheme() {}

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return a stable id, unique within the framework, e.g. {@code lcc} */
  public abstract String id();

  /** @return the title */
  public abstract String title();

  /** @return the priorities, in display order */
  public abstract List<Priority> priorities();

  /**
   * Finds a priority.
   *
   * @param priorityId its id
   * @return the priority, if the scheme has it
   */
  public Optional<Priority> priority(String priorityId) {
    return priorities().stream().filter(p -> p.id().equals(priorityId)).findFirst();
  }

  /** Builds a {@link PriorityScheme}. */
  public static final class Builder extends ImmutablePriorityScheme.Builder {
    Builder() {}
  }
}
