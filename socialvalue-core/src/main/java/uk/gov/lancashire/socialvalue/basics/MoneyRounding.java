package uk.gov.lancashire.socialvalue.basics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;
import javax.money.CurrencyUnit;

/**
 * How figures are rounded for presentation: a number of decimal places and an explicit {@link
 * RoundingMode}. Rounding happens once, at presentation; the engine never rounds otherwise.
 *
 * <p>The default is the currency's minor unit, half up ({@code 10.385 → 10.39}), as public award
 * formulas round; never Java's or Moneta's default (half even, {@code → 10.38}).
 *
 * <p><b>Breakdowns add up.</b> {@link #allocate(List)} rounds the parts of a total so that the rounded
 * parts add up exactly to the rounded total, by the largest-remainder method: every part is first
 * rounded down (towards negative infinity) to a whole minor unit; the total is rounded with this mode;
 * the units still missing (always between 0 and the number of parts) go one each to the parts with
 * the largest remainders, ties to the earlier part. A part that is already exact is never changed,
 * and no part moves by a whole unit or more from its exact value.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MoneyRounding {

  private final int scale;
  private final RoundingMode mode;

  private MoneyRounding(int scale, RoundingMode mode) {
    this.scale = scale;
    this.mode = mode;
  }

  /**
   * @param currency a currency
   * @return rounding to its minor unit, half up
   */
  public static MoneyRounding of(CurrencyUnit currency) {
    return of(currency, RoundingMode.HALF_UP);
  }

  /**
   * @param currency a currency
   * @param mode how to round
   * @return rounding to the currency's minor unit with that mode
   */
  public static MoneyRounding of(CurrencyUnit currency, RoundingMode mode) {
    return toScale(Math.max(currency.getDefaultFractionDigits(), 0), mode);
  }

  /**
   * @param scale decimal places, e.g. 0 for whole pounds
   * @param mode how to round; {@link RoundingMode#UNNECESSARY} is refused
   * @return the rounding
   */
  public static MoneyRounding toScale(int scale, RoundingMode mode) {
    Objects.requireNonNull(mode, "mode");
    if (mode == RoundingMode.UNNECESSARY) {
      throw ValidationException.of("mode", "UNNECESSARY is not a presentation rounding");
    }
    if (scale < 0 || scale > 10) {
      throw ValidationException.of("scale", "must be 0 to 10, was " + scale);
    }
    return new MoneyRounding(scale, mode);
  }

  /** @return decimal places */
  public int scale() {
    return scale;
  }

  /** @return the rounding mode */
  public RoundingMode mode() {
    return mode;
  }

  /**
   * @param value an exact value
   * @return the value rounded for presentation
   * @throws ValidationException when the value has more than {@link Args#MAX_DIGITS} digits either side
   *     of the point
   */
  public BigDecimal round(BigDecimal value) {
    return Args.bounded(value, "value").setScale(scale, mode);
  }

  /**
   * Rounds the parts of a total so that they add up to the rounded total (largest remainder).
   *
   * @param parts the exact parts
   * @return the rounded parts, in the same order, whose sum is {@code round(sum of parts)}; empty for no
   *     parts
   * @throws ValidationException when a part has more than {@link Args#MAX_DIGITS} digits either side of
   *     the point (the path names it, e.g. {@code parts[2]})
   */
  public List<BigDecimal> allocate(List<BigDecimal> parts) {
    Objects.requireNonNull(parts, "parts");
    for (int i = 0; i < parts.size(); i++) {
      Args.bounded(parts.get(i), ProblemPath.of("parts").index(i));
    }
    BigDecimal total = parts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    List<BigDecimal> floors = new ArrayList<>(parts.size());
    for (BigDecimal part : parts) {
      floors.add(part.setScale(scale, RoundingMode.FLOOR));
    }
    BigDecimal unit = BigDecimal.ONE.movePointLeft(scale);
    BigDecimal missing = round(total).subtract(floors.stream().reduce(BigDecimal.ZERO, BigDecimal::add));
    int units = missing.divide(unit).intValueExact();
    List<Integer> byRemainder = IntStream.range(0, parts.size()).boxed()
        .sorted(Comparator.comparing((Integer i) -> parts.get(i).subtract(floors.get(i))).reversed()
            .thenComparing(i -> i))
        .limit(units)
        .collect(java.util.stream.Collectors.toList());
    for (int i : byRemainder) {
      floors.set(i, floors.get(i).add(unit));
    }
    return List.copyOf(floors);
  }

  /** @return e.g. {@code 2 decimal places, HALF_UP} */
  @Override
  public String toString() {
    return scale + " decimal place" + (scale == 1 ? "" : "s") + ", " + mode;
  }
}
