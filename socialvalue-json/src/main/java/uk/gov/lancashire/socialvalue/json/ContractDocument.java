package uk.gov.lancashire.socialvalue.json;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import uk.gov.lancashire.socialvalue.delivery.Contract;
import uk.gov.lancashire.socialvalue.delivery.SupplyChain;

/**
 * What a contract document ({@code "format": "socialvalue/contract"}) holds: a contract and its supply
 * chain, whose prime contractor must be the contract's prime supplier.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ContractDocument {

  private final Contract contract;
  private final SupplyChain supplyChain;

  private ContractDocument(Contract contract, SupplyChain supplyChain) {
    this.contract = Objects.requireNonNull(contract, "contract");
    this.supplyChain = Objects.requireNonNull(supplyChain, "supplyChain");
  }

  /**
   * @param contract the contract
   * @param supplyChain its supply chain
   * @return the document's content
   * @throws IllegalArgumentException when the chain's prime is not the contract's prime supplier
   */
  public static ContractDocument of(Contract contract, SupplyChain supplyChain) {
    if (!supplyChain.prime().id().equals(contract.primeSupplier())) {
      throw new IllegalArgumentException("the supply chain's prime is " + supplyChain.prime().id()
          + " but the contract's is " + contract.primeSupplier());
    }
    return new ContractDocument(contract, supplyChain);
  }

  /** @return the contract */
  public Contract contract() {
    return contract;
  }

  /** @return its supply chain */
  public SupplyChain supplyChain() {
    return supplyChain;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof ContractDocument && ((ContractDocument) other).contract.equals(contract)
        && ((ContractDocument) other).supplyChain.equals(supplyChain);
  }

  @Override
  public int hashCode() {
    return contract.hashCode() * 31 + supplyChain.hashCode();
  }

  /** @return e.g. {@code C1 with 3 suppliers} */
  @Override
  public String toString() {
    return contract.id() + " with " + supplyChain.suppliers().size() + " suppliers";
  }
}
