package uk.gov.lancashire.socialvalue.json;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import uk.gov.lancashire.socialvalue.needs.Area;

/** {@link Area}: {@code {"id": "burnley", "name": "Burnley"}}. */
final class AreaJson {

  /** The codec. */
  static final JsonCodec<Area> CODEC = new JsonCodec<>() {
    @Override
    public Area read(Cursor in) {
      Fields f = Fields.of(in);
      String id = f.required("id", Scalars.STRING);
      String name = f.required("name", Scalars.STRING);
      return f.build(() -> Area.of(id, name));
    }

    @Override
    public JsonNode write(Area value) {
      ObjectNode node = Nodes.object();
      node.put("id", value.id());
      node.put("name", value.name());
      return node;
    }
  };

  private AreaJson() {}
}
