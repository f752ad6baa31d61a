package uk.gov.lancashire.socialvalue.valuation;

import java.math.BigDecimal;
import java.util.Objects;
import uk.gov.lancashire.socialvalue.basics.Args;
import uk.gov.lancashire.socialvalue.basics.ValidationException;
import uk.gov.lancashire.socialvalue.framework.Unit;

/**
 * An amount of a measure in its {@link Unit}, such as 25 FTE-years or 16 hours × attendees.
 *
 * <p>The amount is exact and may be negative (a disbenefit, such as extra emissions, is a negative
 * quantity and is never dropped). The factories build the counting rules of council social value guidance: {@link
 * #fullTimeEquivalent(int, int)} (10 full-time + 5 half-time = 12.5 FTE), {@link #overYears(BigDecimal)}
 * (12.5 FTE over 2 years = 25 FTE-years) and {@link #sessionHours(BigDecimal, int)} (2 hours × 8
 * attendees = 16, however many trainers).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Quantity {

  private static final BigDecimal HALF = new BigDecimal("0.5");

  private final BigDecimal amount;
  private final Unit unit;

  private Quantity(BigDecimal amount, Unit unit) {
    this.amount = amount;
    this.unit = unit;
  }

  /**
   * @param amount the amount, may be negative
   * @param unit an additive unit
   * @return the quantity
   */
  public static Quantity of(BigDecimal amount, Unit unit) {
    Args.bounded(amount, "amount");
    Objects.requireNonNull(unit, "unit");
    if (!unit.isAdditive()) {
      throw ValidationException.of("unit", "a quantity is counted in an additive unit, was " + unit);
    }
    return new Quantity(amount, unit);
  }

  /**
   * @param amount the amount as text, e.g. {@code "12.5"}
   * @param unit an additive unit
   * @return the quantity
   */
  public static Quantity of(String amount, Unit unit) {
    return of(Args.decimal(amount, "amount"), unit);
  }

  /**
   * Full-time equivalents from full-time and half-time staff: each half-time person counts one half.
   *
   * @param fullTime full-time staff, 0 or more
   * @param halfTime half-time staff, 0 or more
   * @return the quantity in {@link Unit#FTE}
   */
  public static Quantity fullTimeEquivalent(int fullTime, int halfTime) {
    if (fullTime < 0 || halfTime < 0) {
      throw ValidationException.of("", "staff counts must not be negative, were " + fullTime + " and " + halfTime);
    }
    return of(BigDecimal.valueOf(fullTime).add(HALF.multiply(BigDecimal.valueOf(halfTime))), Unit.FTE);
  }

  /**
   * Session hours × attendees, however many trainers deliver the session.
   *
   * @param hours the session length in hours, 0 or more
   * @param attendees the number of attendees, 0 or more
   * @return the quantity in {@link Unit#HOURS_X_ATTENDEES}
   */
  public static Quantity sessionHours(BigDecimal hours, int attendees) {
    Args.bounded(hours, "hours");
    if (hours.signum() < 0 || attendees < 0) {
      throw ValidationException.of("", "hours and attendees must not be negative, were "
          + hours.toPlainString() + " and " + attendees);
    }
    return of(hours.multiply(BigDecimal.valueOf(attendees)), Unit.HOURS_X_ATTENDEES);
  }

  /**
   * Turns full-time equivalents into FTE-years.
   *
   * @param years how many years the staff are employed, 0 or more
   * @return the quantity in {@link Unit#FTE_YEARS}
   * @throws ValidationException when this quantity is not in {@link Unit#FTE}
   */
  public Quantity overYears(BigDecimal years) {
    if (unit != Unit.FTE) {
      throw ValidationException.of("unit", "only FTE turn into FTE-years, was " + unit);
    }
    Args.bounded(years, "years");
    if (years.signum() < 0) {
      throw ValidationException.of("years", "must not be negative, was " + years.toPlainString());
    }
    return of(amount.multiply(years), Unit.FTE_YEARS);
  }

  /**
   * @param factor a multiplier
   * @return this quantity times the factor, in the same unit
   */
  public Quantity multipliedBy(BigDecimal factor) {
    Args.bounded(factor, "factor");
    return of(amount.multiply(factor), unit);
  }

  /** @return the exact amount */
  public BigDecimal amount() {
    return amount;
  }

  /** @return the unit */
  public Unit unit() {
    return unit;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Quantity
        && ((Quantity) other).amount.compareTo(amount) == 0
        && ((Quantity) other).unit == unit;
  }

  @Override
  public int hashCode() {
    return amount.stripTrailingZeros().hashCode() * 31 + unit.hashCode();
  }

  /** @return e.g. {@code 25 FTE-years} */
  @Override
  public String toString() {
    return amount.toPlainString() + " " + unit.symbol();
  }
}
