package uk.gov.lancashire.socialvalue.json;

import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import uk.gov.lancashire.socialvalue.needs.Direction;
import uk.gov.lancashire.socialvalue.needs.Indicator;
import uk.gov.lancashire.socialvalue.needs.IndicatorScale;

/**
 * {@link Indicator}: id, title, unitLabel, direction ({@code "higher-is-better"} or {@code
 * "lower-is-better"}), source, year (a whole number) and an optional scale ({@link IndicatorScaleJson}).
 */
final class IndicatorJson {

  /** The codec. */
  static final JsonCodec<Indicator> CODEC = new JsonCodec<>() {
    @Override
    public Indicator read(Cursor in) {
      Fields f = Fields.of(in);
      String id = f.required("id", Scalars.STRING);
      String title = f.required("title", Scalars.STRING);
      String unitLabel = f.required("unitLabel", Scalars.STRING);
      Direction direction = f.required("direction", DirectionJson.CODEC);
      String source = f.required("source", Scalars.STRING);
      Integer year = f.required("year", Scalars.INTEGER);
      Optional<IndicatorScale> scale = f.optional("scale", IndicatorScaleJson.CODEC);
      return f.build(() -> Indicator.builder().id(id).title(title).unitLabel(unitLabel).direction(direction)
          .source(source).year(year).scale(scale).build());
    }

    @Override
    public JsonNode write(Indicator value) {
      ObjectNode node = Nodes.object();
      node.put("id", value.id());
      node.put("title", value.title());
      node.put("unitLabel", value.unitLabel());
      node.set("direction", DirectionJson.CODEC.write(value.direction()));
      node.put("source", value.source());
      node.put("year", value.year());
      value.scale().ifPresent(scale -> node.set("scale", IndicatorScaleJson.CODEC.write(scale)));
      return node;
    }
  };

  private IndicatorJson() {}
}
