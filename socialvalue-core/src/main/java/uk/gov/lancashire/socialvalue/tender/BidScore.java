package uk.gov.lancashire.socialvalue.tender;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.money.MonetaryAmount;
import uk.gov.lancashire.socialvalue.basics.Amounts;

/**
 * The evaluation of one bid: its score on each criterion, the exact total, the social value it offers
 * (in money, as SV% of its price and per £1), its credibility flags and its rank.
 *
 * <p>The offer counts only scored commitments: those on shortlisted measures within the contract term
 * (others are flagged, not scored). Totals are exact; round them only for display.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class BidScore {

  private final Bid bid;
  private final List<CriterionScore> scores;
  private final BigDecimal total;
  private final MonetaryAmount offer;
  private final Optional<BigDecimal> svPercent;
  private final List<CredibilityFlag> flags;
  private final int rank;

  BidScore(Bid bid, List<CriterionScore> scores, MonetaryAmount offer, Optional<BigDecimal> svPercent,
      List<CredibilityFlag> flags, int rank) {
    this.bid = Objects.requireNonNull(bid, "bid");
    this.scores = List.copyOf(scores);
    this.total = scores.stream().map(CriterionScore::score).reduce(BigDecimal.ZERO, BigDecimal::add);
    this.offer = Objects.requireNonNull(offer, "offer");
    this.svPercent = Objects.requireNonNull(svPercent, "svPercent");
    this.flags = List.copyOf(flags);
    this.rank = rank;
  }

  BidScore ranked(int newRank) {
    return new BidScore(bid, scores, offer, svPercent, flags, newRank);
  }

  /** @return the bid */
  public Bid bid() {
    return bid;
  }

  /** @return the bidder's id */
  public String bidder() {
    return bid.bidder();
  }

  /** @return the score on each criterion, in the scheme's order */
  public List<CriterionScore> scores() {
    return scores;
  }

  /**
   * @param criterionId a criterion id
   * @return the score on that criterion
   */
  public Optional<CriterionScore> score(String criterionId) {
    return scores.stream().filter(s -> s.criterion().id().equals(criterionId)).findFirst();
  }

  /** @return the exact total score, out of 100 */
  public BigDecimal total() {
    return total;
  }

  /** @return the total rounded to 2 decimal places, half up, for display */
  public BigDecimal displayedTotal() {
    return total.setScale(2, RoundingMode.HALF_UP);
  }

  /** @return the social value offered by the scored commitments, valued with the pinned edition */
  public MonetaryAmount offer() {
    return offer;
  }

  /** @return the offer ÷ the price × 100; empty when the price is zero or negative */
  public Optional<BigDecimal> svPercent() {
    return svPercent;
  }

  /** @return social value per £1 of price (the offer ÷ the price); empty when the price is not positive */
  public Optional<BigDecimal> valuePerPound() {
    return svPercent.map(p -> p.movePointLeft(2));
  }

  /** @return the exact offer as a decimal */
  public BigDecimal decimalOffer() {
    return Amounts.decimal(offer);
  }

  /** @return the credibility flags, for clarification; a flagged bid stays in the ranking */
  public List<CredibilityFlag> flags() {
    return flags;
  }

  /** @return the position in the ranking, 1 for the highest; unique (see {@link TenderEvaluation}) */
  public int rank() {
    return rank;
  }

  /** @return {@code #rank bidder total} */
  @Override
  public String toString() {
    return "#" + rank + " " + bidder() + " " + displayedTotal().toPlainString();
  }
}
