package uk.gov.lancashire.socialvalue.json;

import java.math.BigDecimal;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import uk.gov.lancashire.socialvalue.framework.Unit;
import uk.gov.lancashire.socialvalue.valuation.Quantity;

/** {@link Quantity}: {@code {"amount": "12.5", "unit": "fte-years"}}, the amount a decimal string. */
final class QuantityJson {

  /** The codec. */
  static final JsonCodec<Quantity> CODEC = new JsonCodec<>() {
    @Override
    public Quantity read(Cursor in) {
      Fields f = Fields.of(in);
      BigDecimal amount = f.required("amount", Scalars.DECIMAL_STRING);
      Unit unit = f.required("unit", UnitJson.CODEC);
      return f.build(() -> Quantity.of(amount, unit));
    }

    @Override
    public JsonNode write(Quantity value) {
      ObjectNode node = Nodes.object();
      node.set("amount", Scalars.DECIMAL_STRING.write(value.amount()));
      node.set("unit", UnitJson.CODEC.write(value.unit()));
      return node;
    }
  };

  private QuantityJson() {}
}
