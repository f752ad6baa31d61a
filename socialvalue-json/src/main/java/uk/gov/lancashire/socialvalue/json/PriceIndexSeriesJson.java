package uk.gov.lancashire.socialvalue.json;

import java.math.BigDecimal;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import uk.gov.lancashire.socialvalue.pricebase.PriceIndexSeries;

/** {@link PriceIndexSeries}: {@code {"name": "...", "indexByYear": {"2023": "100.0", "2024": "103.2"}}}. */
final class PriceIndexSeriesJson {

  /** The codec. */
  static final JsonCodec<PriceIndexSeries> CODEC = new JsonCodec<>() {
    @Override
    public PriceIndexSeries read(Cursor in) {
      Fields f = Fields.of(in);
      String name = f.required("name", Scalars.STRING);
      Map<Integer, BigDecimal> index = f.map("indexByYear", Keys.INTEGER, Scalars.DECIMAL_STRING);
      return f.build(() -> PriceIndexSeries.of(name, index));
    }

    @Override
    public JsonNode write(PriceIndexSeries value) {
      ObjectNode node = Nodes.object();
      node.put("name", value.name());
      node.set("indexByYear", Nodes.map(value.indexByYear(), Keys.INTEGER, Scalars.DECIMAL_STRING));
      return node;
    }
  };

  private PriceIndexSeriesJson() {}
}
