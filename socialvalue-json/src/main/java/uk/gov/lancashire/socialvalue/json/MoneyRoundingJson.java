package uk.gov.lancashire.socialvalue.json;

import java.math.RoundingMode;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import uk.gov.lancashire.socialvalue.basics.MoneyRounding;

/** {@link MoneyRounding}: {@code {"scale": 2, "mode": "half-up"}}. */
final class MoneyRoundingJson {

  /** The codec. */
  static final JsonCodec<MoneyRounding> CODEC = new JsonCodec<>() {
    @Override
    public MoneyRounding read(Cursor in) {
      Fields f = Fields.of(in);
      Integer scale = f.required("scale", Scalars.INTEGER);
      RoundingMode mode = f.required("mode", ValuationEnumsJson.ROUNDING);
      return f.build(() -> MoneyRounding.toScale(scale, mode));
    }

    @Override
    public JsonNode write(MoneyRounding value) {
      ObjectNode node = Nodes.object();
      node.put("scale", value.scale());
      node.set("mode", ValuationEnumsJson.ROUNDING.write(value.mode()));
      return node;
    }
  };

  private MoneyRoundingJson() {}
}
