package uk.gov.lancashire.socialvalue.needs;

import org.immutables.value.Value;
import uk.gov.lancashire.socialvalue.basics.Problems;
import uk.gov.lancashire.socialvalue.basics.SocialValueStyle;

/**
 * A place a needs analysis compares: a district, a unitary council, a ward. Areas are data, so any
 * council's list works; Lancashire's twelve districts and two unitary councils are one example.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SocialValueStyle
public abstract class Area implements WithArea {

  Area() {}

  /**
   * Creates an area.
   *
   * @param id a stable id, unique within an analysis, e.g. {@code burnley}
   * @param name the name, e.g. {@code Burnley}
   * @return the area
   */
  public static Area of(String id, String name) {
    return new Builder().id(id).name(name).build();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the stable id */
  public abstract String id();

  /** @return the name */
  public abstract String name();

  @Value.Check
  void check() {
    Problems problems = new Problems();
    problems.check(!id().isBlank(), "id", "must not be blank");
    problems.check(!name().isBlank(), "name", "must not be blank");
    problems.throwIfAny();
  }

  /** Builds an {@link Area}. */
  public static final class Builder extends ImmutableArea.Builder {
    Builder() {}
  }
}
