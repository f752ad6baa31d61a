package uk.gov.lancashire.socialvalue.delivery;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import uk.gov.lancashire.socialvalue.basics.Amounts;
import uk.gov.lancashire.socialvalue.basics.Args;
import uk.gov.lancashire.socialvalue.basics.ValidationException;
import uk.gov.lancashire.socialvalue.framework.MeasureCode;

/**
 * What one tier or one supplier of a supply chain contributed to a contract after the counting rules:
 * the records counted, the records excluded (duplicates across tiers land on the tier that reported
 * later), the value and the quantity per measure.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param counted how many records counted, never negative
 * @param excluded how many records were excluded by the counting rules or rejected, never negative
 * @param value the value of the counted records (read exactly with {@link Amounts#decimal(MonetaryAmount)})
 * @param quantities the counted quantity per measure (copied, in code order)
 */
public record Contribution(int counted, int excluded, MonetaryAmount value,
    SortedMap<MeasureCode, BigDecimal> quantities) {

  /**
   * Checks the counts and copies the quantities.
   *
   * @param counted how many records counted, never negative
   * @param excluded how many records were excluded by the counting rules or rejected, never negative
   * @param value the value of the counted records
   * @param quantities the counted quantity per measure
   */
  public Contribution {
    if (counted < 0 || excluded < 0) {
      throw ValidationException.of(counted < 0 ? "counted" : "excluded", "must not be negative");
    }
    Objects.requireNonNull(value, "value");
    quantities = Args.copyOfSorted(quantities, "quantities");
  }

  static Contribution empty(CurrencyUnit currency) {
    return new Contribution(0, 0, Amounts.zero(currency), new TreeMap<>());
  }

  Contribution plus(CountedRecord r) {
    SortedMap<MeasureCode, BigDecimal> q = new TreeMap<>(quantities);
    q.merge(r.record().measure(), r.quantity(), BigDecimal::add);
    return new Contribution(counted + 1, excluded, Amounts.of(Amounts.decimal(value).add(Amounts.decimal(r.value())),
        value.getCurrency()), q);
  }

  Contribution plusExcluded() {
    return new Contribution(counted, excluded + 1, value, quantities);
  }

  /** @return {@code counted/excluded value} */
  @Override
  public String toString() {
    return counted + " counted, " + excluded + " excluded, " + Amounts.decimal(value).toPlainString() + " "
        + value.getCurrency();
  }
}
