package uk.gov.lancashire.socialvalue.json;

import java.time.LocalDate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import uk.gov.lancashire.socialvalue.framework.ValidityPeriod;

/** {@link ValidityPeriod}: {@code {"from": "2024-04-01", "to": "2028-03-31"}}, both inclusive. */
final class ValidityPeriodJson {

  /** The codec. */
  static final JsonCodec<ValidityPeriod> CODEC = new JsonCodec<>() {
    @Override
    public ValidityPeriod read(Cursor in) {
      Fields f = Fields.of(in);
      LocalDate from = f.required("from", Scalars.DATE_ISO);
      LocalDate to = f.required("to", Scalars.DATE_ISO);
      return f.build(() -> ValidityPeriod.of(from, to));
    }

    @Override
    public JsonNode write(ValidityPeriod value) {
      ObjectNode node = Nodes.object();
      node.set("from", Scalars.DATE_ISO.write(value.from()));
      node.set("to", Scalars.DATE_ISO.write(value.to()));
      return node;
    }
  };

  private ValidityPeriodJson() {}
}
