package uk.gov.lancashire.socialvalue.json;

import java.math.BigDecimal;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import uk.gov.lancashire.socialvalue.framework.Alignment;

/** {@link Alignment}: {@code {"schemeId": "lcc", "priorityId": "caring", "weight": "0.5"}}. */
final class AlignmentJson {

  /** The codec. */
  static final JsonCodec<Alignment> CODEC = new JsonCodec<>() {
    @Override
    public Alignment read(Cursor in) {
      Fields f = Fields.of(in);
      String schemeId = f.required("schemeId", Scalars.STRING);
      String priorityId = f.required("priorityId", Scalars.STRING);
      Optional<BigDecimal> weight = f.optional("weight", Scalars.DECIMAL_STRING);
      return f.build(() -> Alignment.builder().schemeId(schemeId).priorityId(priorityId).weight(weight).build());
    }

    @Override
    public JsonNode write(Alignment value) {
      ObjectNode node = Nodes.object();
      node.put("schemeId", value.schemeId());
      node.put("priorityId", value.priorityId());
      value.weight().ifPresent(w -> node.set("weight", Scalars.DECIMAL_STRING.write(w)));
      return node;
    }
  };

  private AlignmentJson() {}
}
