package uk.gov.lancashire.socialvalue.json;

import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import uk.gov.lancashire.socialvalue.delivery.Supplier;

/** {@link Supplier}: id, name and, for a subcontractor, the parent's id. */
final class SupplierJson {

  /** The codec. */
  static final JsonCodec<Supplier> CODEC = new JsonCodec<>() {
    @Override
    public Supplier read(Cursor in) {
      Fields f = Fields.of(in);
      String id = f.required("id", Scalars.STRING);
      String name = f.required("name", Scalars.STRING);
      Optional<String> parent = f.optional("parent", Scalars.STRING);
      return f.build(() -> parent.isPresent() ? Supplier.subcontractor(id, name, parent.get())
          : Supplier.prime(id, name));
    }

    @Override
    public JsonNode write(Supplier value) {
      ObjectNode node = Nodes.object();
      node.put("id", value.id());
      node.put("name", value.name());
      value.parent().ifPresent(p -> node.put("parent", p));
      return node;
    }
  };

  private SupplierJson() {}
}
