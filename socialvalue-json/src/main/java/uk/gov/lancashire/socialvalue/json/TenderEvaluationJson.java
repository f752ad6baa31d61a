package uk.gov.lancashire.socialvalue.json;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import uk.gov.lancashire.socialvalue.tender.BidScore;
import uk.gov.lancashire.socialvalue.tender.CriterionScore;
import uk.gov.lancashire.socialvalue.tender.TenderEvaluation;

/**
 * {@link TenderEvaluation}, a top-level document written only ({@code "format":
 * "socialvalue/tender-evaluation"}): the tender, the valuation basis, the ranking (each {@link BidScore}
 * with its rank, exact total and total shown to 2 places, offer, SV%, per-criterion scores with their
 * explanations, credibility flags and the bid itself) and the ties. The core computes an evaluation from
 * a tender and bids and offers no way to build one from its parts, so it is never read back: keep the
 * tender document and evaluate again.
 */
final class TenderEvaluationJson {

  /** {@link CriterionScore}, written only: criterion id, exact score, score shown to 2 places, explanation. */
  static final JsonCodec<CriterionScore> SCORE = new WriteOnlyCodec<>("a criterion score") {
    @Override
    public JsonNode write(CriterionScore value) {
      ObjectNode node = Nodes.object();
      node.put("criterion", value.criterion().id());
      node.set("score", Scalars.DECIMAL_STRING.write(value.score()));
      node.set("displayed", Scalars.DECIMAL_STRING.write(value.displayed()));
      node.put("explanation", value.explanation());
      return node;
    }
  };

  /** {@link BidScore}, written only. */
  static final JsonCodec<BidScore> BID_SCORE = new WriteOnlyCodec<>("a bid score") {
    @Override
    public JsonNode write(BidScore value) {
      ObjectNode node = Nodes.object();
      node.put("rank", value.rank());
      node.put("bidder", value.bidder());
      node.set("total", Scalars.DECIMAL_STRING.write(value.total()));
      node.set("displayedTotal", Scalars.DECIMAL_STRING.write(value.displayedTotal()));
      node.set("offer", MoneyJson.CODEC.write(value.offer()));
      value.svPercent().ifPresent(p -> node.set("svPercent", Scalars.DECIMAL_STRING.write(p)));
      node.set("scores", Nodes.array(value.scores(), SCORE));
      node.set("flags", Nodes.array(value.flags(), CredibilityFlagJson.CODEC));
      node.set("bid", BidJson.CODEC.write(value.bid()));
      return node;
    }
  };

  /** The codec of the document. */
  static final JsonCodec<TenderEvaluation> CODEC = new WriteOnlyCodec<>("a tender evaluation") {
    @Override
    public JsonNode write(TenderEvaluation value) {
      ObjectNode node = Nodes.object();
      node.put("format", Formats.TENDER_EVALUATION);
      node.put("formatVersion", Formats.CURRENT);
      node.setAll((ObjectNode) writeNested(value));
      return node;
    }

    @Override
    public JsonNode writeNested(TenderEvaluation value) {
      ObjectNode node = Nodes.object();
      node.set("tender", TenderJson.CODEC.write(value.tender()));
      node.put("valuationBasis", value.valuationBasis());
      node.set("ranking", Nodes.array(value.ranking(), BID_SCORE));
      ArrayNode ties = node.putArray("ties");
      value.ties().forEach(tie -> ties.add(Nodes.array(tie, Scalars.STRING)));
      return node;
    }
  };

  private TenderEvaluationJson() {}
}
