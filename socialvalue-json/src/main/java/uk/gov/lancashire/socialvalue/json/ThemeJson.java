package uk.gov.lancashire.socialvalue.json;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import uk.gov.lancashire.socialvalue.framework.Theme;

/** {@link Theme}: {@code {"id": "jobs", "title": "…"}}. */
final class ThemeJson {

  /** The codec. */
  static final JsonCodec<Theme> CODEC = new JsonCodec<>() {
    @Override
    public Theme read(Cursor in) {
      Fields f = Fields.of(in);
      String id = f.required("id", Scalars.STRING);
      String title = f.required("title", Scalars.STRING);
      return f.build(() -> Theme.of(id, title));
    }

    @Override
    public JsonNode write(Theme value) {
      ObjectNode node = Nodes.object();
      node.put("id", value.id());
      node.put("title", value.title());
      return node;
    }
  };

  private ThemeJson() {}
}
