package uk.gov.lancashire.socialvalue.framework;

import java.util.Comparator;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.gov.lancashire.socialvalue.basics.ValidationException;

/**
 * The code of a measure: a family prefix, a number and an optional lower-case suffix, such as
 * {@code NT1}, {@code RE14} or {@code ECC1c}.
 *
 * <p>Families share numbers for the same measure ({@code NT1}, {@code RE1} and {@code FM1}), and
 * councils localise measures under their own prefix ({@code ECC1} localises {@code NT1}); those links
 * are held on the {@link Measure} as equivalences. Codes order by family, then number, then suffix, so
 * {@code NT2} sorts before {@code NT10}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MeasureCode implements Comparable<MeasureCode> {

  private static final Pattern FORM = Pattern.compile("([A-Z]{1,10})([0-9]{1,6})([a-z]{0,3})");
  private static final Comparator<MeasureCode> ORDER =
      Comparator.comparing(MeasureCode::family)
          .thenComparingInt(MeasureCode::number)
          .thenComparing(MeasureCode::suffix);

  private final String family;
  private final int number;
  private final String suffix;

  private MeasureCode(String family, int number, String suffix) {
    this.family = family;
    this.number = number;
    this.suffix = suffix;
  }

  /**
   * Parses a code such as {@code ECC1c}.
   *
   * @param text the code: 1–10 upper-case letters, a number, then up to 3 lower-case letters
   * @return the code
   * @throws ValidationException when the text is not a code
   */
  public static MeasureCode parse(String text) {
    Objects.requireNonNull(text, "text");
    Matcher m = FORM.matcher(text);
    if (!m.matches()) {
      throw ValidationException.of(
          "", "'" + text + "' is not a measure code (family letters, number, optional lower-case suffix, e.g. NT1, ECC1c)");
    }
    return new MeasureCode(m.group(1), Integer.parseInt(m.group(2)), m.group(3));
  }

  /**
   * Builds a code from its parts.
   *
   * @param family upper-case family prefix, e.g. {@code NT}
   * @param number the number, zero or more
   * @param suffix the suffix, empty or lower-case letters
   * @return the code
   */
  public static MeasureCode of(String family, int number, String suffix) {
    if (number < 0) {
      throw ValidationException.of("number", "must not be negative, was " + number);
    }
    MeasureCode code = parse(family + number + suffix);
    if (code.number != number) {
      // leading zeros cannot occur from an int, but a family ending in digits could shift parts
      throw ValidationException.of("", "parts do not form a code: " + family + "/" + number + "/" + suffix);
    }
    return code;
  }

  /** @return the family prefix, e.g. {@code NT} */
  public String family() {
    return family;
  }

  /** @return the number within the family */
  public int number() {
    return number;
  }

  /** @return the suffix, empty when there is none */
  public String suffix() {
    return suffix;
  }

  /**
   * Returns the code with another family, keeping number and suffix: how families share numbers.
   *
   * @param otherFamily the other family
   * @return the code in that family
   */
  public MeasureCode inFamily(String otherFamily) {
    return of(otherFamily, number, suffix);
  }

  @Override
  public int compareTo(MeasureCode other) {
    return ORDER.compare(this, other);
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof MeasureCode)) {
      return false;
    }
    MeasureCode that = (MeasureCode) other;
    return number == that.number && family.equals(that.family) && suffix.equals(that.suffix);
  }

  @Override
  public int hashCode() {
    // Objects.hash(family, number, suffix)'s value, without its array and boxing (looked up per record read)
    return 31 * (31 * (31 + family.hashCode()) + Integer.hashCode(number)) + suffix.hashCode();
  }

  /** @return the code as written, e.g. {@code ECC1c}; {@link #parse(String)} reads it back */
  @Override
  public String toString() {
    return family + number + suffix;
  }
}
