package uk.gov.lancashire.socialvalue.json;

import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import uk.gov.lancashire.socialvalue.framework.Priority;
import uk.gov.lancashire.socialvalue.framework.PriorityScheme;

/** {@link PriorityScheme}: {@code {"id": "lcc", "title": "…", "priorities": [ … ]}}. */
final class PrioritySchemeJson {

  /** The codec. */
  static final JsonCodec<PriorityScheme> CODEC = new JsonCodec<>() {
    @Override
    public PriorityScheme read(Cursor in) {
      Fields f = Fields.of(in);
      String id = f.required("id", Scalars.STRING);
      String title = f.required("title", Scalars.STRING);
      List<Priority> priorities = f.list("priorities", PriorityJson.CODEC);
      return f.build(() -> PriorityScheme.builder().id(id).title(title).addAllPriorities(priorities).build());
    }

    @Override
    public JsonNode write(PriorityScheme value) {
      ObjectNode node = Nodes.object();
      node.put("id", value.id());
      node.put("title", value.title());
      node.set("priorities", Nodes.array(value.priorities(), PriorityJson.CODEC));
      return node;
    }
  };

  private PrioritySchemeJson() {}
}
