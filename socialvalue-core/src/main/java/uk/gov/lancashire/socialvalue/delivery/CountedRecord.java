package uk.gov.lancashire.socialvalue.delivery;

import java.math.BigDecimal;
import java.util.Objects;
import javax.money.MonetaryAmount;
import uk.gov.lancashire.socialvalue.basics.Amounts;

/**
 * A delivery record the counting rules counted: the record, the supplier's tier, the quantity
 * attributed to the contract (quantity × share) and its value with the contract's pinned edition.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param record the record
 * @param tier the reporting supplier's tier, 1 for the prime
 * @param local whether the record is local by the contract's locality
 * @param quantity the quantity attributed to the contract: quantity × share
 * @param value the exact value of {@code quantity}, in the contract's currency: an amount made by {@link Amounts}
 *     (read it exactly with {@link Amounts#decimal(MonetaryAmount)})
 */
public record CountedRecord(DeliveryRecord record, int tier, LocalStatus local, BigDecimal quantity,
    MonetaryAmount value) {

  /**
   * Checks every component is present.
   *
   * @param record see the record description
   * @param tier see the record description
   * @param local see the record description
   * @param quantity see the record description
   * @param value see the record description
   */
  public CountedRecord {
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(local, "local");
    Objects.requireNonNull(quantity, "quantity");
    Objects.requireNonNull(value, "value");
  }

  /** @return {@code recordId quantity value currency} */
  @Override
  public String toString() {
    return record.id() + " " + quantity.toPlainString() + " " + Amounts.decimal(value).toPlainString() + " "
        + value.getCurrency();
  }
}
