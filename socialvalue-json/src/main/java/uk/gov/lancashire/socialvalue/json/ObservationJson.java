package uk.gov.lancashire.socialvalue.json;

import java.math.BigDecimal;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import uk.gov.lancashire.socialvalue.needs.Observation;

/**
 * {@link Observation}: {@code {"indicatorId": "employment-rate", "areaId": "burnley", "current": "70.5",
 * "desired": "75"}}; the values are exact decimals written as strings, every digit kept.
 */
final class ObservationJson {

  /** The codec. */
  static final JsonCodec<Observation> CODEC = new JsonCodec<>() {
    @Override
    public Observation read(Cursor in) {
      Fields f = Fields.of(in);
      String indicatorId = f.required("indicatorId", Scalars.STRING);
      String areaId = f.required("areaId", Scalars.STRING);
      BigDecimal current = f.required("current", Scalars.DECIMAL_STRING);
      BigDecimal desired = f.required("desired", Scalars.DECIMAL_STRING);
      return f.build(() -> Observation.of(indicatorId, areaId, current, desired));
    }

    @Override
    public JsonNode write(Observation value) {
      ObjectNode node = Nodes.object();
      node.put("indicatorId", value.indicatorId());
      node.put("areaId", value.areaId());
      node.set("current", Scalars.DECIMAL_STRING.write(value.current()));
      node.set("desired", Scalars.DECIMAL_STRING.write(value.desired()));
      return node;
    }
  };

  private ObservationJson() {}
}
