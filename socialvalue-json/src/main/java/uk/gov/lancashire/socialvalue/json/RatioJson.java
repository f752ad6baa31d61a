package uk.gov.lancashire.socialvalue.json;

import java.math.BigDecimal;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import uk.gov.lancashire.socialvalue.valuation.Ratio;

/** {@link Ratio}: {@code {"label": "SROI ratio (PV ÷ investment)", "value": "3.21…"}}, the value exact. */
final class RatioJson {

  /** The codec. */
  static final JsonCodec<Ratio> CODEC = new JsonCodec<>() {
    @Override
    public Ratio read(Cursor in) {
      Fields f = Fields.of(in);
      String label = f.required("label", Scalars.STRING);
      BigDecimal value = f.required("value", Scalars.DECIMAL_STRING);
      return f.build(() -> Ratio.of(label, value));
    }

    @Override
    public JsonNode write(Ratio value) {
      ObjectNode node = Nodes.object();
      node.put("label", value.label());
      node.set("value", Scalars.DECIMAL_STRING.write(value.value()));
      return node;
    }
  };

  private RatioJson() {}
}
