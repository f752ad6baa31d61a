package uk.gov.lancashire.socialvalue.delivery;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import uk.gov.lancashire.socialvalue.basics.ProblemPath;
import uk.gov.lancashire.socialvalue.basics.Problems;
import uk.gov.lancashire.socialvalue.basics.SocialValueStyle;
import uk.gov.lancashire.socialvalue.basics.ValidationException;

/**
 * A contract's supply chain: one prime contractor (tier 1) and subcontractors at any depth (tier 2
 * works for tier 1, tier 3 for tier 2, ...). Every supplier reports its own delivery records; {@link
 * ContractDelivery} rolls them up, counting each claim once across tiers.
 *
 * <p>Validation: exactly one prime, unique ids, known parents, no cycles.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SocialValueStyle
public abstract class SupplyChain implements WithSupplyChain {

  SupplyChain() {}

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * @param id the prime contractor's id
   * @param name its name
   * @return a chain of the prime contractor alone
   */
  public static SupplyChain primeOnly(String id, String name) {
    return builder().addSuppliers(Supplier.prime(id, name)).build();
  }

  /** @return the suppliers */
  public abstract List<Supplier> suppliers();

  /** @return the prime contractor */
  public Supplier prime() {
    return suppliers().stream().filter(s -> s.parent().isEmpty()).findFirst().orElseThrow();
  }

  /**
   * @param id a supplier id
   * @return the supplier, if in the chain
   */
  public Optional<Supplier> supplier(String id) {
    return suppliers().stream().filter(s -> s.id().equals(id)).findFirst();
  }

  /**
   * @param id a supplier id in the chain
   * @return its tier: 1 for the prime, 2 for its subcontractors, and so on
   * @throws ValidationException when the supplier is not in the chain
   */
  public int tier(String id) {
    Integer tier = tiers().get(id);
    if (tier == null) {
      throw ValidationException.of("supplierId", "'" + id + "' is not in the supply chain");
    }
    return tier;
  }

  @Value.Lazy
  Map<String, Integer> tiers() {
    Map<String, Integer> tiers = new HashMap<>();
    for (Supplier s : suppliers()) {
      int tier = 1;
      Optional<String> parent = s.parent();
      while (parent.isPresent()) {
        tier++;
        parent = supplier(parent.get()).flatMap(Supplier::parent);
      }
      tiers.put(s.id(), tier);
    }
    return tiers;
  }

  @Value.Check
  void check() {
    Problems problems = new Problems();
    long primes = suppliers().stream().filter(s -> s.parent().isEmpty()).count();
    problems.check(primes == 1, "suppliers", "needs exactly one prime contractor (a supplier without a parent), has " + primes);
    Map<String, Supplier> byId = new HashMap<>();
    for (int i = 0; i < suppliers().size(); i++) {
      Supplier s = suppliers().get(i);
      problems.check(byId.putIfAbsent(s.id(), s) == null, ProblemPath.of("suppliers").index(i), "duplicate supplier '" + s.id() + "'");
    }
    for (int i = 0; i < suppliers().size(); i++) {
      Supplier s = suppliers().get(i);
      if (s.parent().isPresent() && !byId.containsKey(s.parent().get())) {
        problems.add(ProblemPath.of("suppliers").index(i).property("parent"), "unknown supplier '" + s.parent().get() + "'");
        continue;
      }
      Set<String> seen = new HashSet<>();
      Optional<String> at = Optional.of(s.id());
      while (at.isPresent() && byId.containsKey(at.get())) {
        if (!seen.add(at.get())) {
          problems.add(ProblemPath.of("suppliers").index(i), "'" + s.id() + "' is in a subcontracting cycle");
          break;
        }
        at = byId.get(at.get()).parent();
      }
    }
    problems.throwIfAny();
  }

  /** Builds a {@link SupplyChain}. */
  public static final class Builder extends ImmutableSupplyChain.Builder {
    Builder() {}
  }
}
