package uk.gov.lancashire.socialvalue.json;

import java.util.List;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import uk.gov.lancashire.socialvalue.delivery.Locality;
import uk.gov.lancashire.socialvalue.delivery.Location;

/**
 * {@link Locality}: {@code {"kind": "postcode", "values": ["BB", "PR1"]}} (postcode prefixes) or
 * {@code {"kind": "area", "values": ["E07000123"]}}. Values are written normalised and sorted.
 */
final class LocalityJson {

  /** The codec. */
  static final JsonCodec<Locality> CODEC = new JsonCodec<>() {
    @Override
    public Locality read(Cursor in) {
      Fields f = Fields.of(in);
      Location.Kind kind = f.required("kind", LocationJson.KIND);
      List<String> values = f.list("values", Scalars.STRING);
      return f.build(() -> {
        String[] array = values.toArray(new String[0]);
        return kind == Location.Kind.POSTCODE ? Locality.postcodePrefixes(array) : Locality.areaCodes(array);
      });
    }

    @Override
    public JsonNode write(Locality value) {
      ObjectNode node = Nodes.object();
      node.set("kind", LocationJson.KIND.write(value.kind()));
      node.set("values", Nodes.array(List.copyOf(new TreeSet<>(value.values())), Scalars.STRING));
      return node;
    }
  };

  private LocalityJson() {}
}
