package uk.gov.lancashire.socialvalue.portfolio;

import java.util.Objects;
import javax.money.MonetaryAmount;
import uk.gov.lancashire.socialvalue.basics.Amounts;
import uk.gov.lancashire.socialvalue.basics.ValidationException;

/**
 * A contract that delivered (verified) less value in a year than it committed: both figures and the gap.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param contract the contract id
 * @param committed the value committed in the year
 * @param delivered the value verified in the year, in the same currency
 */
public record ContractShortfall(String contract, MonetaryAmount committed, MonetaryAmount delivered) {

  /**
   * Checks every attribute is present and both values are in one currency.
   *
   * @param contract the contract id
   * @param committed the value committed in the year
   * @param delivered the value verified in the year, in the same currency
   */
  public ContractShortfall {
    Objects.requireNonNull(contract, "contract");
    Objects.requireNonNull(committed, "committed");
    Objects.requireNonNull(delivered, "delivered");
    if (!committed.getCurrency().equals(delivered.getCurrency())) {
      throw ValidationException.of("delivered", "must be in " + committed.getCurrency() + ", was "
          + delivered.getCurrency());
    }
  }

  /** @return committed − delivered, positive */
  public MonetaryAmount shortfall() {
    return Amounts.of(Amounts.decimal(committed).subtract(Amounts.decimal(delivered)), committed.getCurrency());
  }

  /** @return e.g. {@code C1: committed 1000, delivered 600, shortfall 400} */
  @Override
  public String toString() {
    return contract + ": committed " + Amounts.decimal(committed).toPlainString() + ", delivered "
        + Amounts.decimal(delivered).toPlainString() + ", shortfall " + Amounts.decimal(shortfall()).toPlainString();
  }
}
