package uk.gov.lancashire.socialvalue.json;

import java.math.BigDecimal;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import uk.gov.lancashire.socialvalue.discounting.DiscountBand;
import uk.gov.lancashire.socialvalue.discounting.DiscountSchedule;

/**
 * {@link DiscountSchedule}: {@code {"name": "...", "bands": [{"fromYear": 0, "rate": "0.035"}, ...]}}
 * and {@link DiscountBand}.
 */
final class DiscountScheduleJson {

  /** {@link DiscountBand}. */
  static final JsonCodec<DiscountBand> BAND = new JsonCodec<>() {
    @Override
    public DiscountBand read(Cursor in) {
      Fields f = Fields.of(in);
      Integer fromYear = f.required("fromYear", Scalars.INTEGER);
      BigDecimal rate = f.required("rate", Scalars.DECIMAL_STRING);
      return f.build(() -> DiscountBand.of(fromYear, rate));
    }

    @Override
    public JsonNode write(DiscountBand value) {
      ObjectNode node = Nodes.object();
      node.put("fromYear", value.fromYear());
      node.set("rate", Scalars.DECIMAL_STRING.write(value.rate()));
      return node;
    }
  };

  /** {@link DiscountSchedule}. */
  static final JsonCodec<DiscountSchedule> CODEC = new JsonCodec<>() {
    @Override
    public DiscountSchedule read(Cursor in) {
      Fields f = Fields.of(in);
      String name = f.required("name", Scalars.STRING);
      List<DiscountBand> bands = f.list("bands", BAND);
      return f.build(() -> DiscountSchedule.custom(name, bands));
    }

    @Override
    public JsonNode write(DiscountSchedule value) {
      ObjectNode node = Nodes.object();
      node.put("name", value.name());
      node.set("bands", Nodes.array(value.bands(), BAND));
      return node;
    }
  };

  private DiscountScheduleJson() {}
}
