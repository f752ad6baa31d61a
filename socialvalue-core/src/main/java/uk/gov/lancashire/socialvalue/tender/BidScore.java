package uk.gov.lancashire.socialvalue.tender;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.money.MonetaryAmount;
import uk.gov.lancashire.socialvalue.basics.Amounts;
import uk.gov.lancashire.socialvalue.basics.Args;
import uk.gov.lancashire.socialvalue.basics.ValidationException;

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
 * <p>Money figures ({@link #offeredValue()}, {@link #offer()}) are {@link MonetaryAmount}s in the tender's
 * currency, read exactly with {@link Amounts#decimal(MonetaryAmount)}; scores, SV%, the needs-weighted
 * offer (a score weighted by need, not money) and the price per quality point (a rate) are decimals.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param bid the bid
 * @param scores the score on each criterion, in the scheme's order
 * @param offeredValue the value of the scored commitments as the bidder offered them, before moderation,
 *     exact
 * @param offer the social value scored: the scored commitments at their accepted quantities, pinned
 *     edition, in the same currency
 * @param svPercent the scored offer ÷ the price × 100; empty when the price is zero or negative
 * @param needsWeightedOffer the scored offer weighted by local needs, when the evaluator was given a
 *     needs weighting
 * @param flags every credibility flag raised, for clarification; a flagged bid stays in the ranking
 * @param openFlags the flags that still need a decision; while any is open the evaluation is provisional
 * @param decisions the panel's decisions on this bid's commitments, in the order given
 * @param setsBenchmark true when this bid is part of the benchmark of the relative criteria (best offer,
 *     best SV%, lowest price): always, unless it has an open flag and the policy is not {@link
 *     UnresolvedFlagPolicy#CAP_AT_CEILING}
 * @param pricePerQualityPoint the price ÷ the quality points under {@link
 *     AwardMethod#PRICE_PER_QUALITY_POINT}, to 34 significant digits (ranking compares the exact
 *     quotients); empty under the weighted sum, or when the price or the points are not positive
 * @param abnormallyLowPrice the abnormally-low-price report on this bid's price, if the scheme's rule
 *     reported it
 * @param rank the position in the ranking, 1 for the highest; unique (see {@link TenderEvaluation});
 *     provisional while {@link TenderEvaluation#isFinal()} is false; 0 before ranking
 */
public record BidScore(Bid bid, List<CriterionScore> scores, MonetaryAmount offeredValue, MonetaryAmount offer,
    Optional<BigDecimal> svPercent, Optional<BigDecimal> needsWeightedOffer, List<CredibilityFlag> flags,
    List<CredibilityFlag> openFlags, List<ModerationDecision> decisions, boolean setsBenchmark,
    Optional<BigDecimal> pricePerQualityPoint, Optional<AbnormallyLowPrice> abnormallyLowPrice, int rank) {

  /**
   * Checks every component is present, the money figures share a currency, every open flag is a raised
   * flag and the rank is not negative; copies the lists.
   *
   * @param bid the bid
   * @param scores the score on each criterion
   * @param offeredValue the value offered, before moderation
   * @param offer the social value scored
   * @param svPercent the scored offer ÷ the price × 100
   * @param needsWeightedOffer the scored offer weighted by local needs
   * @param flags every credibility flag raised
   * @param openFlags the flags that still need a decision
   * @param decisions the panel's decisions on this bid's commitments
   * @param setsBenchmark whether the bid is part of the benchmark
   * @param pricePerQualityPoint the price ÷ the quality points
   * @param abnormallyLowPrice the abnormally-low-price report
   * @param rank the position in the ranking, 0 before ranking
   */
  public BidScore {
    Objects.requireNonNull(bid, "bid");
    scores = Args.copyOf(scores, "scores");
    Objects.requireNonNull(offeredValue, "offeredValue");
    Objects.requireNonNull(offer, "offer");
    Objects.requireNonNull(svPercent, "svPercent");
    Objects.requireNonNull(needsWeightedOffer, "needsWeightedOffer");
    flags = Args.copyOf(flags, "flags");
    openFlags = Args.copyOf(openFlags, "openFlags");
    decisions = Args.copyOf(decisions, "decisions");
    Objects.requireNonNull(pricePerQualityPoint, "pricePerQualityPoint");
    Objects.requireNonNull(abnormallyLowPrice, "abnormallyLowPrice");
    if (!offer.getCurrency().equals(offeredValue.getCurrency())) {
      throw ValidationException.of("offer", "must be in " + offeredValue.getCurrency() + ", was "
          + offer.getCurrency());
    }
    if (!flags.containsAll(openFlags)) {
      throw ValidationException.of("openFlags", "must be flags of the bid");
    }
    if (rank < 0) {
      throw ValidationException.of("rank", "must not be negative, was " + rank);
    }
  }

  BidScore ranked(int newRank) {
    return new BidScore(bid, scores, offeredValue, offer, svPercent, needsWeightedOffer, flags, openFlags,
        decisions, setsBenchmark, pricePerQualityPoint, abnormallyLowPrice, newRank);
  }

  /** @return the bidder's id */
  public String bidder() {
    return bid.bidder();
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
    return scores.stream().map(CriterionScore::score).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** @return the total rounded to 2 decimal places, half up, for display */
  public BigDecimal displayedTotal() {
    return total().setScale(2, RoundingMode.HALF_UP);
  }

  /** @return social value per £1 of price (the offer ÷ the price); empty when the price is not positive */
  public Optional<BigDecimal> valuePerPound() {
    return svPercent.map(p -> p.movePointLeft(2));
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

  /** @return {@code #rank bidder total} */
  @Override
  public String toString() {
    return "#" + rank + " " + bidder() + " " + displayedTotal().toPlainString();
  }
}
