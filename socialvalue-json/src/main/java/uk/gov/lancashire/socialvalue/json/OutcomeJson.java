package uk.gov.lancashire.socialvalue.json;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import uk.gov.lancashire.socialvalue.framework.Outcome;

/** {@link Outcome}: {@code {"id": "skills", "title": "…", "themeId": "jobs"}}. */
final class OutcomeJson {

  /** The codec. */
  static final JsonCodec<Outcome> CODEC = new JsonCodec<>() {
    @Override
    public Outcome read(Cursor in) {
      Fields f = Fields.of(in);
      String id = f.required("id", Scalars.STRING);
      String title = f.required("title", Scalars.STRING);
      String themeId = f.required("themeId", Scalars.STRING);
      return f.build(() -> Outcome.of(id, title, themeId));
    }

    @Override
    public JsonNode write(Outcome value) {
      ObjectNode node = Nodes.object();
      node.put("id", value.id());
      node.put("title", value.title());
      node.put("themeId", value.themeId());
      return node;
    }
  };

  private OutcomeJson() {}
}
