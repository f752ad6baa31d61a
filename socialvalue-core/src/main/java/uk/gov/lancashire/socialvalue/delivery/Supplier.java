package uk.gov.lancashire.socialvalue.delivery;

import java.util.Optional;
import org.immutables.value.Value;
import uk.gov.lancashire.socialvalue.basics.Problems;
import uk.gov.lancashire.socialvalue.basics.SocialValueStyle;

/**
 * A supplier in a contract's supply chain: the prime contractor (no parent) or a subcontractor of
 * another supplier, at any depth.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SocialValueStyle
public abstract class Supplier implements WithSupplier {

  Supplier() {}

  /**
   * @param id the supplier id
   * @param name the name
   * @return a prime contractor
   */
  public static Supplier prime(String id, String name) {
    return new Builder().id(id).name(name).build();
  }

  /**
   * @param id the supplier id
   * @param name the name
   * @param parent the id of the supplier it works for
   * @return a subcontractor
   */
  public static Supplier subcontractor(String id, String name, String parent) {
    return new Builder().id(id).name(name).parent(parent).build();
  }

  /** @return the id */
  public abstract String id();

  /** @return the name */
  public abstract String name();

  /** @return the id of the supplier this one works for; empty for the prime contractor */
  public abstract Optional<String> parent();

  @Value.Check
  void check() {
    Problems problems = new Problems();
    problems.check(!id().isBlank(), "id", "must not be blank");
    parent().ifPresent(p -> problems.check(!p.equals(id()), "parent", "a supplier cannot subcontract to itself"));
    problems.throwIfAny();
  }

  /** Builds a {@link Supplier}. */
  public static final class Builder extends ImmutableSupplier.Builder {
    Builder() {}
  }
}
