package uk.gov.lancashire.socialvalue.json;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import uk.gov.lancashire.socialvalue.framework.Adjustments;

/**
 * {@link Adjustments}: {@code {"deadweight": "0.10", "displacement": "0", "attribution": "0",
 * "dropOff": "0", "durationYears": 1}}. Each property may be left out for its default; writing gives
 * all five.
 */
final class AdjustmentsJson {

  /** The codec. */
  static final JsonCodec<Adjustments> CODEC = new JsonCodec<>() {
    @Override
    public Adjustments read(Cursor in) {
      Fields f = Fields.of(in);
      Adjustments.Builder b = Adjustments.builder();
      f.optional("deadweight", Scalars.DECIMAL_STRING).ifPresent(b::deadweight);
      f.optional("displacement", Scalars.DECIMAL_STRING).ifPresent(b::displacement);
      f.optional("attribution", Scalars.DECIMAL_STRING).ifPresent(b::attribution);
      f.optional("dropOff", Scalars.DECIMAL_STRING).ifPresent(b::dropOff);
      f.optional("durationYears", Scalars.INTEGER).ifPresent(b::durationYears);
      return f.build(b::build);
    }

    @Override
    public JsonNode write(Adjustments value) {
      ObjectNode node = Nodes.object();
      node.set("deadweight", Scalars.DECIMAL_STRING.write(value.deadweight()));
      node.set("displacement", Scalars.DECIMAL_STRING.write(value.displacement()));
      node.set("attribution", Scalars.DECIMAL_STRING.write(value.attribution()));
      node.set("dropOff", Scalars.DECIMAL_STRING.write(value.dropOff()));
      node.put("durationYears", value.durationYears());
      return node;
    }
  };

  private AdjustmentsJson() {}
}
