package uk.gov.lancashire.socialvalue.json;

import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import uk.gov.lancashire.socialvalue.tender.Bid;
import uk.gov.lancashire.socialvalue.tender.Tender;

/**
 * {@link TenderDocument}, a top-level document ({@code "format": "socialvalue/tender"}): the marker,
 * then {@code "tender"} (with its scheme) and {@code "bids"}.
 */
final class TenderDocumentJson {

  /** The codec. */
  static final JsonCodec<TenderDocument> CODEC = new JsonCodec<>() {
    @Override
    public TenderDocument read(Cursor in) {
      Fields f = Fields.of(in);
      f.marker(Formats.TENDER);
      Tender tender = f.required("tender", TenderJson.CODEC);
      List<Bid> bids = f.list("bids", BidJson.CODEC);
      return f.build(() -> TenderDocument.of(tender, bids));
    }

    @Override
    public JsonNode write(TenderDocument value) {
      ObjectNode node = Nodes.object();
      node.put("format", Formats.TENDER);
      node.put("formatVersion", Formats.CURRENT);
      node.setAll((ObjectNode) writeNested(value));
      return node;
    }

    @Override
    public JsonNode writeNested(TenderDocument value) {
      ObjectNode node = Nodes.object();
      node.set("tender", TenderJson.CODEC.write(value.tender()));
      node.set("bids", Nodes.array(value.bids(), BidJson.CODEC));
      return node;
    }
  };

  private TenderDocumentJson() {}
}
