package uk.gov.lancashire.socialvalue.portfolio;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import uk.gov.lancashire.socialvalue.basics.Amounts;

/**
 * A total in one group of a portfolio view: the exact value, how many facts it sums and, when the group
 * is one measure, the quantity in that measure's unit. Quantities of different measures are never
 * added (their units differ), so a group spanning measures has no quantity.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Totals {

  private final BigDecimal value;
  private final Optional<BigDecimal> quantity;
  private final long facts;
  private final Optional<CurrencyUnit> currency;

  Totals(BigDecimal value, Optional<BigDecimal> quantity, long facts, Optional<CurrencyUnit> currency) {
    this.value = Objects.requireNonNull(value, "value");
    this.quantity = Objects.requireNonNull(quantity, "quantity");
    this.facts = facts;
    this.currency = Objects.requireNonNull(currency, "currency");
  }

  /** @return the exact value */
  public BigDecimal decimalValue() {
    return value;
  }

  /**
   * @return the value as a monetary amount
   * @throws IllegalStateException for the totals of an empty portfolio, which has no currency
   */
  public MonetaryAmount value() {
    return Amounts.of(value, currency.orElseThrow(() -> new IllegalStateException("an empty portfolio has no currency")));
  }

  /** @return the quantity, when the group is a single measure */
  public Optional<BigDecimal> quantity() {
    return quantity;
  }

  /** @return how many facts were summed */
  public long facts() {
    return facts;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof Totals)) {
      return false;
    }
    Totals that = (Totals) other;
    return value.compareTo(that.value) == 0 && facts == that.facts && currency.equals(that.currency)
        && quantity.isPresent() == that.quantity.isPresent()
        && quantity.map(q -> q.compareTo(that.quantity.get()) == 0).orElse(true);
  }

  @Override
  public int hashCode() {
    return Objects.hash(value.stripTrailingZeros(), facts, currency);
  }

  /** @return e.g. {@code 1234.5 (3 facts)} */
  @Override
  public String toString() {
    return value.toPlainString() + quantity.map(q -> " for " + q.toPlainString()).orElse("") + " (" + facts + " facts)";
  }
}
