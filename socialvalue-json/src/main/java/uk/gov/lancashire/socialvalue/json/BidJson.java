package uk.gov.lancashire.socialvalue.json;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.money.MonetaryAmount;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import uk.gov.lancashire.socialvalue.tender.Bid;
import uk.gov.lancashire.socialvalue.tender.Commitment;

/**
 * {@link Bid}: bidder, price (money), commitments, answers (marks keyed by criterion id, as decimal
 * strings) and an optional deliveryPlan.
 */
final class BidJson {

  /** The codec. */
  static final JsonCodec<Bid> CODEC = new JsonCodec<>() {
    @Override
    public Bid read(Cursor in) {
      Fields f = Fields.of(in);
      String bidder = f.required("bidder", Scalars.STRING);
      MonetaryAmount price = f.required("price", MoneyJson.CODEC);
      List<Commitment> commitments = f.list("commitments", CommitmentJson.CODEC);
      Map<String, BigDecimal> answers = f.map("answers", Keys.TEXT, Scalars.DECIMAL_STRING);
      Optional<String> plan = f.optional("deliveryPlan", Scalars.STRING);
      return f.build(() -> Bid.builder().bidder(bidder).price(price).addAllCommitments(commitments)
          .putAllAnswers(answers).deliveryPlan(plan).build());
    }

    @Override
    public JsonNode write(Bid value) {
      ObjectNode node = Nodes.object();
      node.put("bidder", value.bidder());
      node.set("price", MoneyJson.CODEC.write(value.price()));
      node.set("commitments", Nodes.array(value.commitments(), CommitmentJson.CODEC));
      node.set("answers", Nodes.map(value.answers(), Keys.TEXT, Scalars.DECIMAL_STRING));
      value.deliveryPlan().ifPresent(p -> node.put("deliveryPlan", p));
      return node;
    }
  };

  private BidJson() {}
}
