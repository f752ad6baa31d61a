package uk.gov.lancashire.socialvalue.tender;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.money.MonetaryAmount;
import uk.gov.lancashire.socialvalue.basics.Amounts;

/**
 * The evaluation of one bid: its score on each criterion, the exact total, the social value it offers
 * (as offered and as scored, in money, as SV% of its price and per £1), its credibility flags, the ones
 * still open, the panel's moderation decisions on it, and its rank.
 *
 * <p>The scored offer counts only scored commitments (on shortlisted measures, within the contract term,
 * not restated first-year hires) at their accepted quantities: the quantity offered, or what the panel
 * decided ({@link ModerationDecision}), or for an undecided flagged commitment what the scheme's {@link
 * UnresolvedFlagPolicy} says. Totals are exact; round them only for display.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class BidScore {

  private final Bid bid;
  private final List<CriterionScore> scores;
  private final BigDecimal total;
  private final BigDecimal offeredValue;
  private final MonetaryAmount offer;
  private final Optional<BigDecimal> svPercent;
  private final Optional<BigDecimal> needsWeightedOffer;
  private final List<CredibilityFlag> flags;
  private final List<CredibilityFlag> openFlags;
  private final List<ModerationDecision> decisions;
  private final boolean setsBenchmark;
  private final Optional<BigDecimal> pricePerQualityPoint;
  private final Optional<AbnormallyLowPrice> abnormallyLowPrice;
  private final int rank;

  BidScore(Bid bid, List<CriterionScore> scores, BigDecimal offeredValue, MonetaryAmount offer,
      Optional<BigDecimal> svPercent, Optional<BigDecimal> needsWeightedOffer, List<CredibilityFlag> flags,
      List<CredibilityFlag> openFlags, List<ModerationDecision> decisions, boolean setsBenchmark,
      Optional<BigDecimal> pricePerQualityPoint, Optional<AbnormallyLowPrice> abnormallyLowPrice, int rank) {
    this.bid = Objects.requireNonNull(bid, "bid");
    this.scores = List.copyOf(scores);
    this.total = scores.stream().map(CriterionScore::score).reduce(BigDecimal.ZERO, BigDecimal::add);
    this.offeredValue = Objects.requireNonNull(offeredValue, "offeredValue");
    this.offer = Objects.requireNonNull(offer, "offer");
    this.svPercent = Objects.requireNonNull(svPercent, "svPercent");
    this.needsWeightedOffer = Objects.requireNonNull(needsWeightedOffer, "needsWeightedOffer");
    this.flags = List.copyOf(flags);
    this.openFlags = List.copyOf(openFlags);
    this.decisions = List.copyOf(decisions);
    this.setsBenchmark = setsBenchmark;
    this.pricePerQualityPoint = Objects.requireNonNull(pricePerQualityPoint, "pricePerQualityPoint");
    this.abnormallyLowPrice = Objects.requireNonNull(abnormallyLowPrice, "abnormallyLowPrice");
    this.rank = rank;
  }

  BidScore ranked(int newRank) {
    return new BidScore(bid, scores, offeredValue, offer, svPercent, needsWeightedOffer, flags, openFlags,
        decisions, setsBenchmark, pricePerQualityPoint, abnormallyLowPrice, newRank);
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

  /**
   * @return the exact total score: out of 100 under the weighted sum; the quality points (out of 100)
   *     under price per quality point
   */
  public BigDecimal total() {
    return total;
  }

  /** @return the total rounded to 2 decimal places, half up, for display */
  public BigDecimal displayedTotal() {
    return total.setScale(2, RoundingMode.HALF_UP);
  }

  /**
   * @return the price ÷ the quality points under {@link AwardMethod#PRICE_PER_QUALITY_POINT}, to 34
   *     significant digits (ranking compares the exact quotients); empty under the weighted sum, or when
   *     the price or the points are not positive
   */
  public Optional<BigDecimal> pricePerQualityPoint() {
    return pricePerQualityPoint;
  }

  /** @return the value of the scored commitments as the bidder offered them, before moderation, exact */
  public BigDecimal offeredValue() {
    return offeredValue;
  }

  /** @return the social value scored: the scored commitments at their accepted quantities, pinned edition */
  public MonetaryAmount offer() {
    return offer;
  }

  /** @return the scored offer ÷ the price × 100; empty when the price is zero or negative */
  public Optional<BigDecimal> svPercent() {
    return svPercent;
  }

  /** @return social value per £1 of price (the offer ÷ the price); empty when the price is not positive */
  public Optional<BigDecimal> valuePerPound() {
    return svPercent.map(p -> p.movePointLeft(2));
  }

  /** @return the scored offer weighted by local needs, when the evaluator was given a needs weighting */
  public Optional<BigDecimal> needsWeightedOffer() {
    return needsWeightedOffer;
  }

  /** @return the exact scored offer as a decimal */
  public BigDecimal decimalOffer() {
    return Amounts.decimal(offer);
  }

  /** @return every credibility flag raised, for clarification; a flagged bid stays in the ranking */
  public List<CredibilityFlag> flags() {
    return flags;
  }

  /** @return the flags that still need a decision; while any is open the evaluation is provisional */
  public List<CredibilityFlag> openFlags() {
    return openFlags;
  }

  /**
   * The bid as moderated, for contracting: each decided commitment at its accepted quantity, rejected
   * ones left out, the others as offered. A contract is let on what the panel accepted, never on an
   * offer it moderated down.
   *
   * @return the moderated bid; the bid itself when nothing was decided
   */
  public Bid acceptedBid() {
    if (decisions.isEmpty()) {
      return bid;
    }
    List<Commitment> accepted = new ArrayList<>();
    for (Commitment c : bid.commitments()) {
      Optional<ModerationDecision> decision = decisions.stream()
          .filter(d -> d.measure().equals(c.measure()) && d.year() == c.year()).findFirst();
      if (decision.isEmpty()) {
        accepted.add(c);
      } else if (decision.get().outcome() != ModerationOutcome.REJECTED) {
        accepted.add(Commitment.of(c.measure(), c.year(), decision.get().acceptedQuantity(c.quantity())));
      }
    }
    return Bid.builder().bidder(bid.bidder()).price(bid.price()).addAllCommitments(accepted)
        .putAllAnswers(bid.answers()).deliveryPlan(bid.deliveryPlan()).build();
  }

  /** @return the panel's decisions on this bid's commitments, in the order given */
  public List<ModerationDecision> decisions() {
    return decisions;
  }

  /**
   * @return true when this bid is part of the benchmark of the relative criteria (best offer, best SV%,
   *     lowest price): always, unless it has an open flag and the policy is not {@link
   *     UnresolvedFlagPolicy#CAP_AT_CEILING}
   */
  public boolean setsBenchmark() {
    return setsBenchmark;
  }

  /** @return the abnormally-low-price report on this bid's price, if the scheme's rule reported it */
  public Optional<AbnormallyLowPrice> abnormallyLowPrice() {
    return abnormallyLowPrice;
  }

  /**
   * @return the position in the ranking, 1 for the highest; unique (see {@link TenderEvaluation});
   *     provisional while {@link TenderEvaluation#isFinal()} is false
   */
  public int rank() {
    return rank;
  }

  /** @return {@code #rank bidder total} */
  @Override
  public String toString() {
    return "#" + rank + " " + bidder() + " " + displayedTotal().toPlainString();
  }
}
