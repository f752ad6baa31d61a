package uk.gov.lancashire.socialvalue.json;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import uk.gov.lancashire.socialvalue.tender.Bid;
import uk.gov.lancashire.socialvalue.tender.Tender;

/**
 * What a tender document ({@code "format": "socialvalue/tender"}) holds: a tender with its evaluation
 * scheme, and the bids received, in order. Evaluate them with {@code TenderEvaluator.evaluate(tender(),
 * bids())}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TenderDocument {

  private final Tender tender;
  private final List<Bid> bids;

  private TenderDocument(Tender tender, List<Bid> bids) {
    this.tender = Objects.requireNonNull(tender, "tender");
    this.bids = List.copyOf(bids);
  }

  /**
   * @param tender the tender
   * @param bids the bids, in order; may be empty
   * @return the document's content
   */
  public static TenderDocument of(Tender tender, List<Bid> bids) {
    return new TenderDocument(tender, bids);
  }

  /** @return the tender and its evaluation scheme */
  public Tender tender() {
    return tender;
  }

  /** @return the bids, in document order */
  public List<Bid> bids() {
    return bids;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof TenderDocument && ((TenderDocument) other).tender.equals(tender)
        && ((TenderDocument) other).bids.equals(bids);
  }

  @Override
  public int hashCode() {
    return tender.hashCode() * 31 + bids.hashCode();
  }

  /** @return e.g. {@code T1 with 3 bids} */
  @Override
  public String toString() {
    return tender.id() + " with " + bids.size() + " bids";
  }
}
