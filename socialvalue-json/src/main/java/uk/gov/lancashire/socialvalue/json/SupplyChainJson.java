package uk.gov.lancashire.socialvalue.json;

import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import uk.gov.lancashire.socialvalue.delivery.Supplier;
import uk.gov.lancashire.socialvalue.delivery.SupplyChain;

/** {@link SupplyChain}: {@code {"suppliers": [...]}}, the prime and its subcontractors at any depth. */
final class SupplyChainJson {

  /** The codec. */
  static final JsonCodec<SupplyChain> CODEC = new JsonCodec<>() {
    @Override
    public SupplyChain read(Cursor in) {
      Fields f = Fields.of(in);
      List<Supplier> suppliers = f.list("suppliers", SupplierJson.CODEC);
      return f.build(() -> SupplyChain.builder().addAllSuppliers(suppliers).build());
    }

    @Override
    public JsonNode write(SupplyChain value) {
      ObjectNode node = Nodes.object();
      node.set("suppliers", Nodes.array(value.suppliers(), SupplierJson.CODEC));
      return node;
    }
  };

  private SupplyChainJson() {}
}
