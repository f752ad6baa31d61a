package uk.gov.lancashire.socialvalue.json;

import java.math.BigDecimal;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import uk.gov.lancashire.socialvalue.needs.IndicatorScale;

/** {@link IndicatorScale}: {@code {"lowest": "0", "highest": "100"}}. */
final class IndicatorScaleJson {

  /** The codec. */
  static final JsonCodec<IndicatorScale> CODEC = new JsonCodec<>() {
    @Override
    public IndicatorScale read(Cursor in) {
      Fields f = Fields.of(in);
      BigDecimal lowest = f.required("lowest", Scalars.DECIMAL_STRING);
      BigDecimal highest = f.required("highest", Scalars.DECIMAL_STRING);
      return f.build(() -> IndicatorScale.of(lowest, highest));
    }

    @Override
    public JsonNode write(IndicatorScale value) {
      ObjectNode node = Nodes.object();
      node.set("lowest", Scalars.DECIMAL_STRING.write(value.lowest()));
      node.set("highest", Scalars.DECIMAL_STRING.write(value.highest()));
      return node;
    }
  };

  private IndicatorScaleJson() {}
}
