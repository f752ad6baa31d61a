package uk.gov.lancashire.socialvalue.json;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import uk.gov.lancashire.socialvalue.delivery.Contract;
import uk.gov.lancashire.socialvalue.delivery.SupplyChain;

/**
 * {@link ContractDocument}, a top-level document ({@code "format": "socialvalue/contract"}): the
 * marker, then {@code "contract"} and {@code "supplyChain"}. A chain whose prime is not the contract's
 * prime supplier is a problem at {@code $.supplyChain}.
 */
final class ContractDocumentJson {

  /** The codec. */
  static final JsonCodec<ContractDocument> CODEC = new JsonCodec<>() {
    @Override
    public ContractDocument read(Cursor in) {
      Fields f = Fields.of(in);
      f.marker(Formats.CONTRACT);
      Contract contract = f.required("contract", ContractJson.CODEC);
      SupplyChain chain = f.required("supplyChain", SupplyChainJson.CODEC);
      ContractDocument document = f.build(() -> chain.prime().id().equals(contract.primeSupplier())
          ? ContractDocument.of(contract, chain) : null);
      if (document == null && contract != null && chain != null && in.reading().count() == 0) {
        in.property("supplyChain").problem("the chain's prime is " + chain.prime().id()
            + " but the contract's prime supplier is " + contract.primeSupplier());
      }
      return document;
    }

    @Override
    public JsonNode write(ContractDocument value) {
      ObjectNode node = Nodes.object();
      node.put("format", Formats.CONTRACT);
      node.put("formatVersion", Formats.CURRENT);
      node.setAll((ObjectNode) writeNested(value));
      return node;
    }

    @Override
    public JsonNode writeNested(ContractDocument value) {
      ObjectNode node = Nodes.object();
      node.set("contract", ContractJson.CODEC.write(value.contract()));
      node.set("supplyChain", SupplyChainJson.CODEC.write(value.supplyChain()));
      return node;
    }
  };

  private ContractDocumentJson() {}
}
