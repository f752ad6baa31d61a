package uk.gov.lancashire.socialvalue.basics;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Argument checks that return their argument, so a check and an assignment are one line:
 * {@code this.deadweight = Args.fraction(deadweight, "deadweight");}.
 *
 * <p>Each failure is a {@link ValidationException} naming the field and the bad value.
 */
public final class Args {

  /**
   * The most digits a decimal the SDK accepts may have on either side of the point: 1,000. Far beyond
   * any figure of social value (a trillion pounds has 13 digits), and small enough that exact sums and
   * products of such decimals take bounded time and memory however hostile the input: a decimal such as
   * {@code 1E+2147483647} would otherwise make aligning two scales allocate billions of digits.
   */
  public static final int MAX_DIGITS = 1000;

  private Args() {}

  /**
   * Checks a decimal has at most {@link #MAX_DIGITS} digits before and after the point.
   *
   * @param value the value
   * @param name the field name
   * @return {@code value}
   * @throws ValidationException when it has more
   * @throws NullPointerException naming the field when it is null
   */
  public static BigDecimal bounded(BigDecimal value, String name) {
    // the path is made only for a problem: every delivery record read passes through here twice
    return value != null && withinDigits(value) ? value : bounded(value, ProblemPath.ofText(name));
  }

  /**
   * Checks a decimal has at most {@link #MAX_DIGITS} digits before and after the point.
   *
   * @param value the value
   * @param where where it sits, such as {@code parts[3]}
   * @return {@code value}
   * @throws ValidationException when it has more
   * @throws NullPointerException naming the place when it is null
   */
  public static BigDecimal bounded(BigDecimal value, ProblemPath where) {
    Objects.requireNonNull(value, where::toString);
    if (!withinDigits(value)) {
      throw ValidationException.at(where, "has more than " + MAX_DIGITS + " digits "
          + (value.scale() > MAX_DIGITS ? "after" : "before") + " the point (" + value.precision()
          + " digits at scale " + value.scale() + ")");
    }
    return value;
  }

  private static boolean withinDigits(BigDecimal value) {
    long integerDigits = value.signum() == 0 ? 1 : (long) value.precision() - value.scale();
    return value.scale() <= MAX_DIGITS && value.scale() >= -MAX_DIGITS && integerDigits <= MAX_DIGITS;
  }

  /**
   * Checks a value is a fraction in [0, 1].
   *
   * @param value the value
   * @param name the field name
   * @return {@code value}
   */
  public static BigDecimal fraction(BigDecimal value, String name) {
    bounded(value, name);
    if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
      throw ValidationException.of(name, "must be between 0 and 1, was " + value.toPlainString());
    }
    return value;
  }

  /**
   * Checks a value is not negative.
   *
   * @param value the value
   * @param name the field name
   * @return {@code value}
   */
  public static BigDecimal notNegative(BigDecimal value, String name) {
    bounded(value, name);
    if (value.signum() < 0) {
      throw ValidationException.of(name, "must not be negative, was " + value.toPlainString());
    }
    return value;
  }

  /**
   * Checks a value is strictly positive.
   *
   * @param value the value
   * @param name the field name
   * @return {@code value}
   */
  public static BigDecimal positive(BigDecimal value, String name) {
    bounded(value, name);
    if (value.signum() <= 0) {
      throw ValidationException.of(name, "must be positive, was " + value.toPlainString());
    }
    return value;
  }

  /**
   * Rounds an exact figure to a number of decimal places for display, refusing what {@link
   * BigDecimal#setScale(int, RoundingMode)} would turn into an {@link ArithmeticException} or an unbounded
   * allocation.
   *
   * @param value the exact figure
   * @param scale decimal places, 0 to {@link #MAX_DIGITS}
   * @param mode how to round; {@link RoundingMode#UNNECESSARY} only when no rounding is needed
   * @return the rounded figure
   * @throws ValidationException at {@code scale} or {@code mode} when either is refused
   */
  public static BigDecimal displayScale(BigDecimal value, int scale, RoundingMode mode) {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(mode, "mode");
    if (scale < 0 || scale > MAX_DIGITS) {
      throw ValidationException.of("scale", "must be 0 to " + MAX_DIGITS + ", was " + scale);
    }
    if (mode == RoundingMode.UNNECESSARY && value.stripTrailingZeros().scale() > scale) {
      throw ValidationException.of("mode", "UNNECESSARY, but " + value.toPlainString() + " needs rounding to "
          + scale + " decimal places");
    }
    return value.setScale(scale, mode);
  }

  /**
   * Checks a precision given for a quotient or a power: 1 to {@link #MAX_DIGITS} significant digits and a
   * rounding mode other than {@link RoundingMode#UNNECESSARY}, which a quotient such as 1 ÷ 1.035 would turn
   * into an {@link ArithmeticException} (as would the unlimited precision 0).
   *
   * @param context the precision
   * @param name the parameter name
   * @return {@code context}
   * @throws ValidationException when the precision is refused
   * @throws NullPointerException naming the parameter when it is null
   */
  public static MathContext precision(MathContext context, String name) {
    Objects.requireNonNull(context, name);
    if (context.getPrecision() < 1 || context.getPrecision() > MAX_DIGITS) {
      throw ValidationException.of(name, "must have 1 to " + MAX_DIGITS + " significant digits, had "
          + context.getPrecision());
    }
    if (context.getRoundingMode() == RoundingMode.UNNECESSARY) {
      throw ValidationException.of(name, "must round: UNNECESSARY cannot hold a quotient that does not terminate");
    }
    return context;
  }

  /**
   * Reads a decimal written as text, such as {@code 1234.50}.
   *
   * @param text the text
   * @param name the field name
   * @return the decimal, with at most {@link #MAX_DIGITS} digits either side of the point
   * @throws ValidationException when the text is not a decimal number or has more digits
   * @throws NullPointerException naming the field when the text is null
   */
  public static BigDecimal decimal(String text, String name) {
    Objects.requireNonNull(text, name);
    BigDecimal parsed;
    try {
      parsed = new BigDecimal(text);
    } catch (NumberFormatException e) {
      String shown = text.length() > 40 ? text.substring(0, 40) + "… (" + text.length() + " characters)" : text;
      throw ValidationException.of(name, "'" + shown + "' is not a decimal number");
    }
    return bounded(parsed, name);
  }

  /**
   * Checks a string is not blank.
   *
   * @param value the value
   * @param name the field name
   * @return {@code value}
   */
  public static String notBlank(String value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isBlank()) {
      throw ValidationException.of(name, "must not be blank");
    }
    return value;
  }

  /**
   * Copies a collection into an unmodifiable list, in its order, after checking it and each of its elements
   * is present, so a record's compact constructor names the null ({@code lines}, {@code lines[2]}) instead
   * of letting {@link List#copyOf} throw an anonymous {@link NullPointerException}.
   *
   * @param <T> the element type
   * @param values the values
   * @param name the field name
   * @return an unmodifiable copy, in the same order
   * @throws NullPointerException naming the field, or the field and the index, when either is null
   */
  public static <T> List<T> copyOf(Collection<? extends T> values, String name) {
    Objects.requireNonNull(values, name);
    int i = 0;
    for (T value : values) {
      if (value == null) {
        throw new NullPointerException(name + "[" + i + "]");
      }
      i++;
    }
    return List.copyOf(values);
  }

  /**
   * Copies a map into an unmodifiable map that keeps its order, after checking it, each key and each value is
   * present, so a record's compact constructor names the null ({@code needs}, {@code needs[LT6]}, {@code
   * needs: a null key}) instead of storing it or letting {@link Map#copyOf} throw an anonymous {@link
   * NullPointerException}.
   *
   * @param <K> the key type
   * @param <V> the value type
   * @param values the map
   * @param name the field name
   * @return an unmodifiable copy, iterated in the same order
   * @throws NullPointerException naming the field, or the field and the key, when any is null
   */
  public static <K, V> Map<K, V> copyOf(Map<? extends K, ? extends V> values, String name) {
    Objects.requireNonNull(values, name);
    Map<K, V> copy = new LinkedHashMap<>();
    for (Map.Entry<? extends K, ? extends V> e : values.entrySet()) {
      copy.put(present(e.getKey(), name), present(e, name));
    }
    return Collections.unmodifiableMap(copy);
  }

  /**
   * Copies a map into an unmodifiable sorted map, in its own order when it is a {@link SortedMap} (else its
   * keys' natural order), after checking it, each key and each value is present: the sorted kin of {@link
   * #copyOf(Map, String)}, with the same messages. One copy, made while checking.
   *
   * @param <K> the key type
   * @param <V> the value type
   * @param values the map
   * @param name the field name
   * @return an unmodifiable sorted copy
   * @throws NullPointerException naming the field, or the field and the key, when any is null
   */
  public static <K, V> SortedMap<K, V> copyOfSorted(Map<? extends K, ? extends V> values, String name) {
    Objects.requireNonNull(values, name);
    @SuppressWarnings("unchecked") // a sorted map of K orders its keys with a comparator of a supertype of K
    @Nullable Comparator<? super K> order = values instanceof SortedMap<?, ?> sorted
        ? (Comparator<? super K>) sorted.comparator() : null;
    SortedMap<K, V> copy = new TreeMap<>(order);
    for (Map.Entry<? extends K, ? extends V> e : values.entrySet()) {
      copy.put(present(e.getKey(), name), present(e, name));
    }
    return Collections.unmodifiableSortedMap(copy);
  }

  private static <K> K present(@Nullable K key, String name) {
    if (key == null) {
      throw new NullPointerException(name + ": a null key");
    }
    return key;
  }

  private static <V> V present(Map.Entry<?, ? extends V> e, String name) {
    V value = e.getValue();
    if (value == null) {
      throw new NullPointerException(name + "[" + e.getKey() + "]");
    }
    return value;
  }

  /**
   * Checks a fraction given as a {@link BigDecimal} lies in [0, 1], returning a problem message or
   * null; for use inside a {@link Problems} run.
   *
   * @param value the value
   * @return null when valid, else the message
   */
  public static @Nullable String fractionProblem(BigDecimal value) {
    if (value.scale() > MAX_DIGITS || value.scale() < -MAX_DIGITS
        || (value.signum() != 0 && (long) value.precision() - value.scale() > MAX_DIGITS)) {
      return "has more than " + MAX_DIGITS + " digits either side of the point";
    }
    if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
      return "must be between 0 and 1, was " + value.toPlainString();
    }
    return null;
  }
}
