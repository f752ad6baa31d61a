package uk.gov.lancashire.socialvalue.delivery;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import uk.gov.lancashire.socialvalue.basics.ProblemPath;
import uk.gov.lancashire.socialvalue.basics.ValidationException;

/**
 * What "local" means for one contract (council guidance: defined per contract, not per framework): either a
 * set of postcode prefixes or a set of area codes.
 *
 * <p>A postcode prefix of letters only is a postcode <em>area</em> ({@code PR} matches {@code PR1 8XJ}
 * and {@code PR25 1AA} but {@code B} does not match {@code BB1 1AA}); a prefix with digits is a
 * <em>district</em> (outward code) and matches it exactly ({@code PR1} matches {@code PR1 8XJ}, not
 * {@code PR10 1AA}). Area codes match exactly. A location of the other kind, or none, is
 * {@link LocalStatus#UNKNOWN}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Locality {

  private final Location.Kind kind;
  private final Set<String> values;

  private Locality(Location.Kind kind, List<String> values) {
    if (values.isEmpty()) {
      throw ValidationException.of("", "a locality needs at least one postcode prefix or area code");
    }
    this.kind = kind;
    Set<String> normalised = new TreeSet<>();
    for (int i = 0; i < values.size(); i++) {
      normalised.add(Location.normalise(values.get(i), ProblemPath.of("values").index(i)));
    }
    this.values = Set.copyOf(normalised);
  }

  /**
   * @param prefixes postcode areas ({@code PR}) or districts ({@code PR1})
   * @return the locality
   */
  public static Locality postcodePrefixes(String... prefixes) {
    return new Locality(Location.Kind.POSTCODE, List.of(prefixes));
  }

  /**
   * @param codes area codes, e.g. local authority codes
   * @return the locality
   */
  public static Locality areaCodes(String... codes) {
    return new Locality(Location.Kind.AREA, List.of(codes));
  }

  /** @return whether the locality is defined by postcode prefixes or area codes */
  public Location.Kind kind() {
    return kind;
  }

  /** @return the normalised prefixes or codes */
  public Set<String> values() {
    return values;
  }

  /**
   * @param location a location, if known
   * @return whether it is local
   */
  public LocalStatus classify(Optional<Location> location) {
    if (location.isEmpty() || location.get().kind() != kind) {
      return LocalStatus.UNKNOWN;
    }
    return values.stream().anyMatch(v -> matches(v, location.get())) ? LocalStatus.LOCAL : LocalStatus.NOT_LOCAL;
  }

  private static boolean matches(String prefix, Location location) {
    if (location.kind() == Location.Kind.AREA) {
      return prefix.equals(location.value());
    }
    String outward = location.outwardCode();
    if (prefix.chars().allMatch(Character::isLetter)) {
      int letters = 0;
      while (letters < outward.length() && Character.isLetter(outward.charAt(letters))) {
        letters++;
      }
      return outward.substring(0, letters).equals(prefix);
    }
    return outward.equals(prefix);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Locality && ((Locality) other).kind == kind && ((Locality) other).values.equals(values);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, values);
  }

  /** @return e.g. {@code POSTCODE[BB, PR]} */
  @Override
  public String toString() {
    return kind + new TreeSet<>(values).toString();
  }
}
