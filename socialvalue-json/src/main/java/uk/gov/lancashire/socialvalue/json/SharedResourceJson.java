package uk.gov.lancashire.socialvalue.json;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import uk.gov.lancashire.socialvalue.basics.FinancialQuarter;
import uk.gov.lancashire.socialvalue.delivery.Location;
import uk.gov.lancashire.socialvalue.delivery.RecordStatus;
import uk.gov.lancashire.socialvalue.delivery.SharedResource;
import uk.gov.lancashire.socialvalue.framework.MeasureCode;

/**
 * {@link SharedResource}: the fields of a delivery record (without share) and {@code "shares"}, an
 * object of decimal shares keyed by contract id.
 */
final class SharedResourceJson {

  /** The codec. */
  static final JsonCodec<SharedResource> CODEC = new JsonCodec<>() {
    @Override
    public SharedResource read(Cursor in) {
      Fields f = Fields.of(in);
      String id = f.required("id", Scalars.STRING);
      FinancialQuarter period = f.required("period", FinancialQuarterJson.CODEC);
      MeasureCode measure = f.required("measure", MeasureCodeJson.CODEC);
      BigDecimal quantity = f.required("quantity", Scalars.DECIMAL_STRING);
      String supplier = f.required("supplier", Scalars.STRING);
      RecordStatus status = f.required("status", RecordStatusJson.CODEC);
      List<String> evidence = f.list("evidence", Scalars.STRING);
      Optional<String> claimKey = f.optional("claimKey", Scalars.STRING);
      Optional<Location> location = f.optional("location", LocationJson.CODEC);
      Map<String, BigDecimal> shares = f.map("shares", Keys.TEXT, Scalars.DECIMAL_STRING);
      return f.build(() -> SharedResource.builder().id(id).period(period).measure(measure).quantity(quantity)
          .supplier(supplier).status(status).addAllEvidence(evidence).claimKey(claimKey).location(location)
          .putAllShares(shares).build());
    }

    @Override
    public JsonNode write(SharedResource value) {
      ObjectNode node = DeliveryRecordJson.activity(value);
      node.set("shares", Nodes.map(value.shares(), Keys.TEXT, Scalars.DECIMAL_STRING));
      return node;
    }
  };

  private SharedResourceJson() {}
}
