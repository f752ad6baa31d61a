package uk.gov.lancashire.socialvalue.portfolio;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A contract that delivered (verified) less value in a year than it committed: both figures and the gap.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ContractShortfall {

  private final String contract;
  private final BigDecimal committed;
  private final BigDecimal delivered;

  ContractShortfall(String contract, BigDecimal committed, BigDecimal delivered) {
    this.contract = Objects.requireNonNull(contract, "contract");
    this.committed = Objects.requireNonNull(committed, "committed");
    this.delivered = Objects.requireNonNull(delivered, "delivered");
  }

  /** @return the contract id */
  public String contract() {
    return contract;
  }

  /** @return the value committed in the year */
  public BigDecimal committed() {
    return committed;
  }

  /** @return the value verified in the year */
  public BigDecimal delivered() {
    return delivered;
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
