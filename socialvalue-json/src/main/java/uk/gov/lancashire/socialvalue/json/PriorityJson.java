package uk.gov.lancashire.socialvalue.json;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import uk.gov.lancashire.socialvalue.framework.Priority;

/** {@link Priority}: {@code {"id": "caring", "title": "Caring for the vulnerable"}}. */
final class PriorityJson {

  /** The codec. */
  static final JsonCodec<Priority> CODEC = new JsonCodec<>() {
    @Override
    public Priority read(Cursor in) {
      Fields f = Fields.of(in);
      String id = f.required("id", Scalars.STRING);
      String title = f.required("title", Scalars.STRING);
      return f.build(() -> Priority.of(id, title));
    }

    @Override
    public JsonNode write(Priority value) {
      ObjectNode node = Nodes.object();
      node.put("id", value.id());
      node.put("title", value.title());
      return node;
    }
  };

  private PriorityJson() {}
}
