package uk.gov.lancashire.socialvalue.json;

import java.math.BigDecimal;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import uk.gov.lancashire.socialvalue.basics.FinancialYear;
import uk.gov.lancashire.socialvalue.targets.Target;
import uk.gov.lancashire.socialvalue.targets.TargetSubject;

/**
 * {@link Target}: {@code {"subject": {"measure": "NT1"}, "year": "2024/25", "value": "40", "unitLabel":
 * "FTE-years"}}; the value is an exact decimal string.
 */
final class TargetJson {

  /** The codec. */
  static final JsonCodec<Target> CODEC = new JsonCodec<>() {
    @Override
    public Target read(Cursor in) {
      Fields f = Fields.of(in);
      TargetSubject subject = f.required("subject", TargetSubjectJson.CODEC);
      FinancialYear year = f.required("year", FinancialYearJson.CODEC);
      BigDecimal value = f.required("value", Scalars.DECIMAL_STRING);
      String unitLabel = f.required("unitLabel", Scalars.STRING);
      return f.build(() -> Target.of(subject, year, value, unitLabel));
    }

    @Override
    public JsonNode write(Target value) {
      ObjectNode node = Nodes.object();
      node.set("subject", TargetSubjectJson.CODEC.write(value.subject()));
      node.set("year", FinancialYearJson.CODEC.write(value.year()));
      node.set("value", Scalars.DECIMAL_STRING.write(value.value()));
      node.put("unitLabel", value.unitLabel());
      return node;
    }
  };

  private TargetJson() {}
}
