package uk.gov.lancashire.socialvalue.delivery;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import uk.gov.lancashire.socialvalue.basics.Amounts;
import uk.gov.lancashire.socialvalue.framework.MeasureCode;

/**
 * What one tier or one supplier of a supply chain contributed to a contract after the counting rules:
 * the records counted, the records excluded (duplicates across tiers land on the tier that reported
 * later), the value and the quantity per measure.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Contribution {

  private final int counted;
  private final int excluded;
  private final BigDecimal value;
  private final CurrencyUnit currency;
  private final SortedMap<MeasureCode, BigDecimal> quantities;

  private Contribution(int counted, int excluded, BigDecimal value, CurrencyUnit currency,
      Map<MeasureCode, BigDecimal> quantities) {
    this.counted = counted;
    this.excluded = excluded;
    this.value = Objects.requireNonNull(value, "value");
    this.currency = Objects.requireNonNull(currency, "currency");
    this.quantities = Collections.unmodifiableSortedMap(new TreeMap<>(quantities));
  }

  static Contribution empty(CurrencyUnit currency) {
    return new Contribution(0, 0, BigDecimal.ZERO, currency, Map.of());
  }

  Contribution plus(CountedRecord r) {
    Map<MeasureCode, BigDecimal> q = new TreeMap<>(quantities);
    q.merge(r.record().measure(), r.quantity(), BigDecimal::add);
    return new Contribution(counted + 1, excluded, value.add(r.value()), currency, q);
  }

  Contribution plusExcluded() {
    return new Contribution(counted, excluded + 1, value, currency, quantities);
  }

  /** @return how many records counted */
  public int counted() {
    return counted;
  }

  /** @return how many records were excluded by the counting rules or rejected */
  public int excluded() {
    return excluded;
  }

  /** @return the value of the counted records */
  public MonetaryAmount value() {
    return Amounts.of(value, currency);
  }

  /** @return the exact value as a decimal */
  public BigDecimal decimalValue() {
    return value;
  }

  /** @return the counted quantity per measure */
  public SortedMap<MeasureCode, BigDecimal> quantities() {
    return quantities;
  }

  /** @return {@code counted/excluded value} */
  @Override
  public String toString() {
    return counted + " counted, " + excluded + " excluded, " + value.toPlainString() + " " + currency;
  }
}
