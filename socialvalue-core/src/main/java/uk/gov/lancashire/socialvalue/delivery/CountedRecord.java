package uk.gov.lancashire.socialvalue.delivery;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A delivery record the counting rules counted: the record, the supplier's tier, the quantity
 * attributed to the contract (quantity × share) and its value with the contract's pinned edition.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CountedRecord {

  private final DeliveryRecord record;
  private final int tier;
  private final LocalStatus local;
  private final BigDecimal quantity;
  private final BigDecimal value;

  CountedRecord(DeliveryRecord record, int tier, LocalStatus local, BigDecimal quantity, BigDecimal value) {
    this.record = Objects.requireNonNull(record, "record");
    this.tier = tier;
    this.local = Objects.requireNonNull(local, "local");
    this.quantity = Objects.requireNonNull(quantity, "quantity");
    this.value = Objects.requireNonNull(value, "value");
  }

  /** @return the record */
  public DeliveryRecord record() {
    return record;
  }

  /** @return the reporting supplier's tier, 1 for the prime */
  public int tier() {
    return tier;
  }

  /** @return whether the record is local by the contract's locality */
  public LocalStatus local() {
    return local;
  }

  /** @return the quantity attributed to the contract: quantity × share */
  public BigDecimal quantity() {
    return quantity;
  }

  /** @return the exact value of {@link #quantity()} */
  public BigDecimal value() {
    return value;
  }

  /** @return {@code recordId quantity value} */
  @Override
  public String toString() {
    return record.id() + " " + quantity.toPlainString() + " " + value.toPlainString();
  }
}
