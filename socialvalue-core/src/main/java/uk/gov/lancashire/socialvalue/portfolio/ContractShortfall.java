package uk.gov.lancashire.socialvalue.portfolio;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A contract that delivered (verified) less value in a year than it committed: both figures and the gap.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param contract the contract id
 * @param committed the value committed in the year
 * @param delivered the value verified in the year
 */
public record ContractShortfall(String contract, BigDecimal committed, BigDecimal delivered) {

  /**
   * Checks every attribute is present.
   *
   * @param contract the contract id
   * @param committed the value committed in the year
   * @param delivered the value verified in the year
   */
  public ContractShortfall {
    Objects.requireNonNull(contract, "contract");
    Objects.requireNonNull(committed, "committed");
    Objects.requireNonNull(delivered, "delivered");
  }

  /** @return committed − delivered, positive */
  public BigDecimal shortfall() {
    return committed.subtract(delivered);
  }

  /** @return e.g. {@code C1: committed 1000, delivered 600, shortfall 400} */
  @Override
  public String toString() {
    return contract + ": committed " + committed.toPlainString() + ", delivered " + delivered.toPlainString()
        + ", shortfall " + shortfall().toPlainString();
  }
}
