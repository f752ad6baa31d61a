package uk.gov.lancashire.socialvalue.tender;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The result of evaluating a tender: every bid's scores in rank order, the credibility flags and the
 * ties the tie-break had to resolve.
 *
 * <p><strong>Ranking.</strong> Bids are ordered by exact total score, highest first (scores are never
 * rounded before ranking). Equal exact totals are broken, in turn, by: the higher price score (the
 * cheaper bid), the higher social value offer, and finally the bidder id in alphabetical order, so the
 * same bids always rank the same way whatever order they were given in. Ranks are unique; {@link
 * #ties()} lists every group of bidders whose exact totals were equal, so a panel can see where the
 * tie-break decided.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TenderEvaluation {

  private final Tender tender;
  private final String valuationBasis;
  private final List<BidScore> ranking;

  TenderEvaluation(Tender tender, String valuationBasis, List<BidScore> ranking) {
    this.tender = Objects.requireNonNull(tender, "tender");
    this.valuationBasis = Objects.requireNonNull(valuationBasis, "valuationBasis");
    this.ranking = List.copyOf(ranking);
  }

  /** @return the tender evaluated */
  public Tender tender() {
    return tender;
  }

  /** @return what the offers were valued with, e.g. the pinned edition's reference */
  public String valuationBasis() {
    return valuationBasis;
  }

  /** @return every bid's evaluation, in rank order */
  public List<BidScore> ranking() {
    return ranking;
  }

  /** @return the highest-ranked bid, if there were any bids */
  public Optional<BidScore> winner() {
    return ranking.stream().findFirst();
  }

  /**
   * @param bidder a bidder id
   * @return that bidder's evaluation
   */
  public Optional<BidScore> bid(String bidder) {
    return ranking.stream().filter(s -> s.bidder().equals(bidder)).findFirst();
  }

  /** @return the bids with at least one credibility flag, in rank order */
  public List<BidScore> flagged() {
    return ranking.stream().filter(s -> !s.flags().isEmpty()).collect(Collectors.toList());
  }

  /** @return groups of bidder ids (in rank order) whose exact totals are equal */
  public List<List<String>> ties() {
    List<List<String>> ties = new ArrayList<>();
    int i = 0;
    while (i < ranking.size()) {
      int j = i + 1;
      while (j < ranking.size() && ranking.get(j).total().compareTo(ranking.get(i).total()) == 0) {
        j++;
      }
      if (j - i > 1) {
        ties.add(ranking.subList(i, j).stream().map(BidScore::bidder).collect(Collectors.toList()));
      }
      i = j;
    }
    return ties;
  }

  /** @return one line per bid, in rank order */
  @Override
  public String toString() {
    return ranking.stream().map(BidScore::toString).collect(Collectors.joining("\n"));
  }
}
