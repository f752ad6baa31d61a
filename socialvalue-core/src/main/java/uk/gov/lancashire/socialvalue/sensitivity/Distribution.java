package uk.gov.lancashire.socialvalue.sensitivity;

import java.math.BigDecimal;
import java.util.SplittableRandom;
import uk.gov.lancashire.socialvalue.basics.Args;
import uk.gov.lancashire.socialvalue.basics.ValidationException;

/**
 * A bounded distribution of an uncertain input: uniform on [min, max] or triangular with a mode.
 *
 * <p>Bounds are given exactly; sampling uses {@code double} (inverse transform of one uniform draw from
 * a caller-seeded {@link SplittableRandom}), which is precise enough for the random factors of a
 * Monte Carlo band and never touches a money total. A sample always lies within [min, max].
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param triangular true for a triangular distribution, false for a uniform one
 * @param min the lower bound
 * @param mode the most likely value of a triangular distribution; the midpoint of a uniform one
 * @param max the upper bound
 */
public record Distribution(boolean triangular, BigDecimal min, BigDecimal mode, BigDecimal max) {

  private static final BigDecimal TWO = BigDecimal.valueOf(2);

  /**
   * Checks the bounds: each within {@link Args#MAX_DIGITS} digits and a {@code double}'s range, min ≤
   * mode ≤ max, and the mode of a uniform distribution its midpoint.
   *
   * @param triangular true for a triangular distribution
   * @param min the lower bound
   * @param mode the mode (the midpoint for a uniform distribution)
   * @param max the upper bound
   * @throws ValidationException when a rule is broken
   */
  public Distribution {
    check(min, mode, max);
    if (!triangular && mode.compareTo(min.add(max).divide(TWO)) != 0) {
      throw ValidationException.of("mode", "of a uniform distribution is its midpoint, "
          + min.add(max).divide(TWO).toPlainString() + ", was " + mode.toPlainString());
    }
  }

  /**
   * @param min the lower bound
   * @param max the upper bound, not below {@code min}
   * @return the uniform distribution on [min, max]
   */
  public static Distribution uniform(BigDecimal min, BigDecimal max) {
    check(min, min, max);
    return new Distribution(false, min, min.add(max).divide(TWO), max);
  }

  /**
   * @param min the lower bound
   * @param mode the most likely value, in [min, max]
   * @param max the upper bound
   * @return the triangular distribution
   */
  public static Distribution triangular(BigDecimal min, BigDecimal mode, BigDecimal max) {
    return new Distribution(true, min, mode, max);
  }

  private static void check(BigDecimal min, BigDecimal mode, BigDecimal max) {
    Args.bounded(min, "min");
    Args.bounded(mode, "mode");
    Args.bounded(max, "max");
    for (BigDecimal bound : new BigDecimal[] {min, max}) {
      if (Double.isInfinite(bound.doubleValue())) {
        throw ValidationException.of(bound == min ? "min" : "max", "is " + bound + ", beyond the range the"
            + " simulation samples in (a double, about ±1.8E+308)");
      }
    }
    if (min.compareTo(mode) > 0 || mode.compareTo(max) > 0) {
      throw ValidationException.of("", "need min ≤ mode ≤ max, were " + min.toPlainString() + ", "
          + mode.toPlainString() + ", " + max.toPlainString());
    }
  }

  /** @return true for a triangular distribution, false for a uniform one */
  public boolean isTriangular() {
    return triangular;
  }

  /** @return min, mode and max as doubles, computed once per run for {@link #sample(SplittableRandom, double, double, double)} */
  double[] doubleBounds() {
    return new double[] {min.doubleValue(), mode.doubleValue(), max.doubleValue()};
  }

  /**
   * @param random the seeded generator
   * @param lo {@link #min()} as a double
   * @param peak {@link #mode()} as a double
   * @param hi {@link #max()} as a double
   * @return one sample in [lo, hi]
   */
  double sample(SplittableRandom random, double lo, double peak, double hi) {
    double u = random.nextDouble();
    double x;
    if (!triangular) {
      x = lo + (hi - lo) * u;
    } else {
      double width = hi - lo;
      double split = width == 0 ? 0 : (peak - lo) / width;
      x = u < split
          ? lo + Math.sqrt(u * width * (peak - lo))
          : hi - Math.sqrt((1 - u) * width * (hi - peak));
    }
    return Math.min(hi, Math.max(lo, x));
  }

  /**
   * A sample as a decimal, for exact valuation of a chosen draw. The sample is a random input, not money:
   * it is converted with {@link BigDecimal#valueOf(double)} (the shortest decimal that reads back as the
   * same {@code double}) and held within the exact bounds, since a bound with more digits than a {@code
   * double} carries may have been rounded outward for sampling.
   *
   * @param sample a value returned by {@link #sample(SplittableRandom)}
   * @return the sample as a decimal in [min, max]
   */
  BigDecimal decimal(double sample) {
    return BigDecimal.valueOf(sample).max(min).min(max);
  }

  /** @return e.g. {@code triangular(0.1, 0.2, 0.4)} */
  @Override
  public String toString() {
    return !triangular
        ? "uniform(" + min.toPlainString() + ", " + max.toPlainString() + ")"
        : "triangular(" + min.toPlainString() + ", " + mode.toPlainString() + ", " + max.toPlainString() + ")";
  }
}
