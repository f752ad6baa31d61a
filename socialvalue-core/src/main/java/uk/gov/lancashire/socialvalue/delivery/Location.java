package uk.gov.lancashire.socialvalue.delivery;

import java.util.Locale;
import java.util.Objects;
import uk.gov.lancashire.socialvalue.basics.ProblemPath;
import uk.gov.lancashire.socialvalue.basics.ValidationException;

/**
 * Where a delivery happened or whom it benefited: a UK postcode (of a local hire's home, a local
 * supplier) or an area code (a local authority code such as {@code E07000123}).
 *
 * <p>Values are normalised: upper case, no spaces.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Location {

  /** What kind of location this is. */
  public enum Kind {
    /** A postcode, e.g. {@code PR1 8XJ}. */
    POSTCODE,
    /** An area code, e.g. a local authority code. */
    AREA
  }

  private static final ProblemPath POSTCODE = ProblemPath.of("postcode");
  private static final ProblemPath AREA = ProblemPath.of("area");

  private final Kind kind;
  private final String value;

  private Location(Kind kind, String value) {
    this.kind = kind;
    this.value = value;
  }

  /**
   * @param postcode a postcode, spaces and case ignored
   * @return the location
   */
  public static Location postcode(String postcode) {
    return new Location(Kind.POSTCODE, normalise(postcode, POSTCODE));
  }

  /**
   * @param code an area code, case ignored
   * @return the location
   */
  public static Location area(String code) {
    return new Location(Kind.AREA, normalise(code, AREA));
  }

  static String normalise(String text, ProblemPath name) {
    Objects.requireNonNull(text, name::toString); // the message only when null
    String value = text.replace(" ", "").toUpperCase(Locale.ROOT);
    if (value.isEmpty()) {
      throw ValidationException.at(name, "must not be blank");
    }
    return value;
  }

  /** @return the kind */
  public Kind kind() {
    return kind;
  }

  /** @return the normalised value */
  public String value() {
    return value;
  }

  /** @return the outward code of a postcode (all but the last three characters), or the value itself */
  String outwardCode() {
    return kind == Kind.POSTCODE && value.length() > 4 ? value.substring(0, value.length() - 3) : value;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Location && ((Location) other).kind == kind && ((Location) other).value.equals(value);
  }

  @Override
  public int hashCode() {
    return kind.hashCode() * 31 + value.hashCode();
  }

  /** @return {@code POSTCODE:PR18XJ} */
  @Override
  public String toString() {
    return kind + ":" + value;
  }
}
