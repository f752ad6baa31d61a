package uk.gov.lancashire.socialvalue.portfolio;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import javax.money.MonetaryAmount;
import uk.gov.lancashire.socialvalue.basics.Amounts;
import uk.gov.lancashire.socialvalue.basics.ValidationException;

/**
 * A total in one group of a portfolio view: the exact value, how many facts it sums and, when the group
 * is one measure, the quantity in that measure's unit. Quantities of different measures are never
 * added (their units differ), so a group spanning measures has no quantity.
 *
 * <p>The value follows the SDK's money convention (see {@link Amounts}): a {@link MonetaryAmount} made
 * with {@link Amounts#CONTEXT}, read exactly with {@link Amounts#decimal(MonetaryAmount)}. The totals of
 * an empty portfolio are zero in {@link Amounts#NO_CURRENCY} (ISO 4217 {@code XXX}, "no currency
 * involved"), since an empty portfolio has no currency. Two totals are equal when their values,
 * quantities and fact counts are numerically equal, whatever their scale.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param value the exact value
 * @param quantity the quantity, when the group is a single measure
 * @param facts how many facts were summed, never negative
 */
public record Totals(MonetaryAmount value, Optional<BigDecimal> quantity, long facts) {

  /**
   * Checks every component is present and the fact count is not negative.
   *
   * @param value the exact value
   * @param quantity the quantity, when the group is a single measure
   * @param facts how many facts were summed, never negative
   */
  public Totals {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(quantity, "quantity");
    if (facts < 0) {
      throw ValidationException.of("facts", "must not be negative, was " + facts);
    }
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof Totals)) {
      return false;
    }
    Totals that = (Totals) other;
    return Amounts.decimal(value).compareTo(Amounts.decimal(that.value)) == 0 && facts == that.facts
        && value.getCurrency().equals(that.value.getCurrency())
        && quantity.isPresent() == that.quantity.isPresent()
        && quantity.map(q -> q.compareTo(that.quantity.get()) == 0).orElse(true);
  }

  @Override
  public int hashCode() {
    return Objects.hash(Amounts.decimal(value), facts, value.getCurrency(),
        quantity.map(BigDecimal::stripTrailingZeros));
  }

  /** @return e.g. {@code 1234.5 (3 facts)} */
  @Override
  public String toString() {
    return Amounts.decimal(value).toPlainString() + quantity.map(q -> " for " + q.toPlainString()).orElse("")
        + " (" + facts + " facts)";
  }
}
