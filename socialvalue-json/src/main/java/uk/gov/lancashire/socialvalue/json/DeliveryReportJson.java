package uk.gov.lancashire.socialvalue.json;

import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import uk.gov.lancashire.socialvalue.delivery.DeliveryRecord;

/**
 * A delivery report, a top-level document ({@code "format": "socialvalue/delivery-report"}): the
 * marker, then {@code "records"}, an array of {@link DeliveryRecord}s. Its Java form is a plain
 * {@code List<DeliveryRecord>}, so it has no entry in {@code Codecs}: read and write it through {@link
 * SocialValueJson} (whole, or streamed record by record with {@link DeliveryReportStreams}).
 */
final class DeliveryReportJson {

  /** The property holding the records. */
  static final String RECORDS = "records";

  /** The codec of the whole document. */
  static final JsonCodec<List<DeliveryRecord>> CODEC = new JsonCodec<>() {
    @Override
    public List<DeliveryRecord> read(Cursor in) {
      Fields f = Fields.of(in);
      f.marker(Formats.DELIVERY_REPORT);
      List<DeliveryRecord> records = f.list(RECORDS, DeliveryRecordJson.CODEC);
      return f.build(() -> records);
    }

    @Override
    public JsonNode write(List<DeliveryRecord> value) {
      ObjectNode node = Nodes.object();
      node.put("format", Formats.DELIVERY_REPORT);
      node.put("formatVersion", Formats.CURRENT);
      node.set(RECORDS, Nodes.array(value, DeliveryRecordJson.CODEC));
      return node;
    }
  };

  private DeliveryReportJson() {}
}
