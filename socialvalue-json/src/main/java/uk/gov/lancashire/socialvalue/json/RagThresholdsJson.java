package uk.gov.lancashire.socialvalue.json;

import java.math.BigDecimal;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import uk.gov.lancashire.socialvalue.delivery.RagThresholds;

/** {@link RagThresholds}: {@code {"green": "90", "amber": "70"}}, percent delivered. */
final class RagThresholdsJson {

  /** The codec. */
  static final JsonCodec<RagThresholds> CODEC = new JsonCodec<>() {
    @Override
    public RagThresholds read(Cursor in) {
      Fields f = Fields.of(in);
      BigDecimal green = f.required("green", Scalars.DECIMAL_STRING);
      BigDecimal amber = f.required("amber", Scalars.DECIMAL_STRING);
      return f.build(() -> RagThresholds.of(green, amber));
    }

    @Override
    public JsonNode write(RagThresholds value) {
      ObjectNode node = Nodes.object();
      node.set("green", Scalars.DECIMAL_STRING.write(value.green()));
      node.set("amber", Scalars.DECIMAL_STRING.write(value.amber()));
      return node;
    }
  };

  private RagThresholdsJson() {}
}
