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

  private Args() {}

  /**
   * Checks a value is a fraction in [0, 1].
   *
   * @param value the value
   * @param name the field name
   * @return {@code value}
   */
  public static BigDecimal fraction(BigDecimal value, String name) {
    Objects.requireNonNull(value, name);
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
    Objects.requireNonNull(value, name);
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
    Objects.requireNonNull(value, name);
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
    if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
      return "must be between 0 and 1, was " + value.toPlainString();
    }
    return null;
  }
}
