package uk.gov.lancashire.socialvalue.json;

import java.util.List;
import java.util.Objects;
import uk.gov.lancashire.socialvalue.tender.Bid;
import uk.gov.lancashire.socialvalue.tender.Tender;

/**
 * What a tender document ({@code "format": "socialvalue/tender"}) holds: a tender with its evaluation
 * scheme, and the bids received, in order. Evaluate them with {@code TenderEvaluator.evaluate(tender(),
 * bids())}.
 *
 * @param tender the tender and its evaluation scheme
 * @param bids the bids, in document order; may be empty
 */
public record TenderDocument(Tender tender, List<Bid> bids) {

  /**
   * Checks the components and copies the list.
   *
   * @param tender the tender and its evaluation scheme
   * @param bids the bids, in document order; may be empty
   */
  public TenderDocument {
    Objects.requireNonNull(tender, "tender");
    bids = List.copyOf(bids);
  }

  /**
   * @param tender the tender
   * @param bids the bids, in order; may be empty
   * @return the document's content
   */
  public static TenderDocument of(Tender tender, List<Bid> bids) {
    return new TenderDocument(tender, bids);
  }

  /** @return e.g. {@code T1 with 3 bids} */
  @Override
  public String toString() {
    return tender.id() + " with " + bids.size() + " bids";
  }
}
