package uk.gov.lancashire.socialvalue.basics;

import java.math.BigDecimal;
import java.util.Objects;
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
    return bounded(value, ProblemPath.ofText(name));
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
    long integerDigits = value.signum() == 0 ? 1 : (long) value.precision() - value.scale();
    if (value.scale() > MAX_DIGITS || value.scale() < -MAX_DIGITS || integerDigits > MAX_DIGITS) {
      throw ValidationException.at(where, "has more than " + MAX_DIGITS + " digits "
          + (value.scale() > MAX_DIGITS ? "after" : "before") + " the point (" + value.precision()
          + " digits at scale " + value.scale() + ")");
    }
    return value;
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
