package uk.gov.lancashire.socialvalue.json;

import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import uk.gov.lancashire.socialvalue.delivery.Location;

/**
 * {@link Location}: {@code {"kind": "postcode", "value": "PR18XJ"}} or {@code {"kind": "area", "value":
 * "E07000123"}}. The value is written normalised (upper case, no spaces); any spelling is read.
 */
final class LocationJson {

  /** The kinds; the table is the wire format. */
  static final EnumNames<Location.Kind> KIND = EnumNames.of(Location.Kind.class, "location kind", Map.of(
      Location.Kind.POSTCODE, "postcode",
      Location.Kind.AREA, "area"));

  /** The codec. */
  static final JsonCodec<Location> CODEC = new JsonCodec<>() {
    @Override
    public Location read(Cursor in) {
      Fields f = Fields.of(in);
      Location.Kind kind = f.required("kind", KIND);
      String value = f.required("value", Scalars.STRING);
      return f.build(() -> kind == Location.Kind.POSTCODE ? Location.postcode(value) : Location.area(value));
    }

    @Override
    public JsonNode write(Location value) {
      ObjectNode node = Nodes.object();
      node.set("kind", KIND.write(value.kind()));
      node.put("value", value.value());
      return node;
    }
  };

  private LocationJson() {}
}
