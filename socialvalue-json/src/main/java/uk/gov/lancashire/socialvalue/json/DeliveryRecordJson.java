package uk.gov.lancashire.socialvalue.json;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import uk.gov.lancashire.socialvalue.basics.FinancialQuarter;
import uk.gov.lancashire.socialvalue.delivery.DeliveryRecord;
import uk.gov.lancashire.socialvalue.delivery.ReportedActivity;
import uk.gov.lancashire.socialvalue.delivery.Location;
import uk.gov.lancashire.socialvalue.delivery.RecordStatus;
import uk.gov.lancashire.socialvalue.framework.MeasureCode;

/**
 * {@link DeliveryRecord}: id, period ({@code "2024/25-Q1"}), measure, quantity (a decimal string),
 * supplier, status, evidence, optional claimKey and location, and share (left out when it is 1).
 */
final class DeliveryRecordJson {

  /** The codec. */
  static final JsonCodec<DeliveryRecord> CODEC = new JsonCodec<>() {
    @Override
    public DeliveryRecord read(Cursor in) {
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
      Optional<BigDecimal> share = f.optional("share", Scalars.DECIMAL_STRING);
      return f.build(() -> {
        DeliveryRecord.Builder b = DeliveryRecord.builder().id(id).period(period).measure(measure).quantity(quantity)
            .supplier(supplier).status(status).addAllEvidence(evidence).claimKey(claimKey).location(location);
        share.ifPresent(b::share);
        return b.build();
      });
    }

    @Override
    public JsonNode write(DeliveryRecord value) {
      ObjectNode node = activity(value);
      if (!value.share().equals(BigDecimal.ONE)) {
        node.set("share", Scalars.DECIMAL_STRING.write(value.share()));
      }
      return node;
    }
  };

  /**
   * Writes the fields every reported activity has, in canonical order.
   *
   * @param value a delivery record or a shared resource
   * @return a new object holding those fields
   */
  static ObjectNode activity(ReportedActivity value) {
    ObjectNode node = Nodes.object();
    node.put("id", value.id());
    node.set("period", FinancialQuarterJson.CODEC.write(value.period()));
    node.set("measure", MeasureCodeJson.CODEC.write(value.measure()));
    node.set("quantity", Scalars.DECIMAL_STRING.write(value.quantity()));
    node.put("supplier", value.supplier());
    node.set("status", RecordStatusJson.CODEC.write(value.status()));
    node.set("evidence", Nodes.array(value.evidence(), Scalars.STRING));
    value.claimKey().ifPresent(k -> node.put("claimKey", k));
    value.location().ifPresent(l -> node.set("location", LocationJson.CODEC.write(l)));
    return node;
  }

  private DeliveryRecordJson() {}
}
