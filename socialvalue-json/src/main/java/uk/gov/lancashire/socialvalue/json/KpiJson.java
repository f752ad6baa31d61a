package uk.gov.lancashire.socialvalue.json;

import java.math.BigDecimal;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import uk.gov.lancashire.socialvalue.delivery.Kpi;
import uk.gov.lancashire.socialvalue.framework.MeasureCode;

/** {@link Kpi}: {@code {"measure": "NT1", "yearly": {"1": "10", "2": "12.5"}}}, years as keys. */
final class KpiJson {

  /** The codec. */
  static final JsonCodec<Kpi> CODEC = new JsonCodec<>() {
    @Override
    public Kpi read(Cursor in) {
      Fields f = Fields.of(in);
      MeasureCode measure = f.required("measure", MeasureCodeJson.CODEC);
      Map<Integer, BigDecimal> yearly = f.map("yearly", Keys.INTEGER, Scalars.DECIMAL_STRING);
      return f.build(() -> Kpi.builder().measure(measure).putAllYearly(yearly).build());
    }

    @Override
    public JsonNode write(Kpi value) {
      ObjectNode node = Nodes.object();
      node.set("measure", MeasureCodeJson.CODEC.write(value.measure()));
      node.set("yearly", Nodes.map(value.yearly(), Keys.INTEGER, Scalars.DECIMAL_STRING));
      return node;
    }
  };

  private KpiJson() {}
}
