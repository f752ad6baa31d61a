package uk.gov.lancashire.socialvalue.json;

import java.util.Objects;
import uk.gov.lancashire.socialvalue.delivery.Contract;
import uk.gov.lancashire.socialvalue.delivery.SupplyChain;

/**
 * What a contract document ({@code "format": "socialvalue/contract"}) holds: a contract and its supply
 * chain, whose prime contractor must be the contract's prime supplier.
 *
 * @param contract the contract
 * @param supplyChain its supply chain
 */
public record ContractDocument(Contract contract, SupplyChain supplyChain) {

  /**
   * Checks the chain belongs to the contract.
   *
   * @param contract the contract
   * @param supplyChain its supply chain
   * @throws IllegalArgumentException when the chain's prime is not the contract's prime supplier
   */
  public ContractDocument {
    Objects.requireNonNull(contract, "contract");
    if (!Objects.requireNonNull(supplyChain, "supplyChain").prime().id().equals(contract.primeSupplier())) {
      throw new IllegalArgumentException("the supply chain's prime is " + supplyChain.prime().id()
          + " but the contract's is " + contract.primeSupplier());
    }
  }

  /**
   * @param contract the contract
   * @param supplyChain its supply chain
   * @return the document's content
   * @throws IllegalArgumentException when the chain's prime is not the contract's prime supplier
   */
  public static ContractDocument of(Contract contract, SupplyChain supplyChain) {
    return new ContractDocument(contract, supplyChain);
  }

  /** @return e.g. {@code C1 with 3 suppliers} */
  @Override
  public String toString() {
    return contract.id() + " with " + supplyChain.suppliers().size() + " suppliers";
  }
}
