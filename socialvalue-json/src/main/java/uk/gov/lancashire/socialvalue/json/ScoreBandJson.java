package uk.gov.lancashire.socialvalue.json;

import java.math.BigDecimal;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import uk.gov.lancashire.socialvalue.tender.ScoreBand;

/** {@link ScoreBand}: {@code {"minimumSvPercent": "10", "fraction": "0.5"}}. */
final class ScoreBandJson {

  /** The codec. */
  static final JsonCodec<ScoreBand> CODEC = new JsonCodec<>() {
    @Override
    public ScoreBand read(Cursor in) {
      Fields f = Fields.of(in);
      BigDecimal minimum = f.required("minimumSvPercent", Scalars.DECIMAL_STRING);
      BigDecimal fraction = f.required("fraction", Scalars.DECIMAL_STRING);
      return f.build(() -> ScoreBand.of(minimum, fraction));
    }

    @Override
    public JsonNode write(ScoreBand value) {
      ObjectNode node = Nodes.object();
      node.set("minimumSvPercent", Scalars.DECIMAL_STRING.write(value.minimumSvPercent()));
      node.set("fraction", Scalars.DECIMAL_STRING.write(value.fraction()));
      return node;
    }
  };

  private ScoreBandJson() {}
}
