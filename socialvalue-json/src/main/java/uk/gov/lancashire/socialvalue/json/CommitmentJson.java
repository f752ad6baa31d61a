package uk.gov.lancashire.socialvalue.json;

import java.math.BigDecimal;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import uk.gov.lancashire.socialvalue.framework.MeasureCode;
import uk.gov.lancashire.socialvalue.tender.Commitment;

/** {@link Commitment}: {@code {"measure": "NT1", "year": 1, "quantity": "2.5"}}. */
final class CommitmentJson {

  /** The codec. */
  static final JsonCodec<Commitment> CODEC = new JsonCodec<>() {
    @Override
    public Commitment read(Cursor in) {
      Fields f = Fields.of(in);
      MeasureCode measure = f.required("measure", MeasureCodeJson.CODEC);
      Integer year = f.required("year", Scalars.INTEGER);
      BigDecimal quantity = f.required("quantity", Scalars.DECIMAL_STRING);
      return f.build(() -> Commitment.of(measure, year, quantity));
    }

    @Override
    public JsonNode write(Commitment value) {
      ObjectNode node = Nodes.object();
      node.set("measure", MeasureCodeJson.CODEC.write(value.measure()));
      node.put("year", value.year());
      node.set("quantity", Scalars.DECIMAL_STRING.write(value.quantity()));
      return node;
    }
  };

  private CommitmentJson() {}
}
