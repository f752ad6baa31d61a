package uk.gov.lancashire.socialvalue.tender;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import uk.gov.lancashire.socialvalue.basics.Args;
import uk.gov.lancashire.socialvalue.basics.ValidationException;

/**
 * The result of evaluating a tender: every bid's scores in rank order, the credibility flags, the
 * panel's moderation decisions, whether the scores are final, the abnormally low prices reported, and
 * the ties the tie-break had to resolve.
 *
 * <p><strong>Final or provisional.</strong> The evaluation is {@linkplain #isFinal() final} when no
 * flag that needs a decision is open. While one is, scores are provisional; under the {@link
 * UnresolvedFlagPolicy#HOLD HOLD} policy no ranking is published ({@link #winner()} is empty), under
 * the others the ranking is published as provisional.
 *
 * <p><strong>Ranking.</strong> Under the {@link AwardMethod#WEIGHTED_SUM weighted sum}, bids are ordered
 * by exact total score, highest first (scores are never rounded before ranking); equal exact totals are
 * broken, in turn, by the higher price score (the cheaper bid), the higher scored social value offer,
 * and finally the bidder id in alphabetical order. Under {@link AwardMethod#PRICE_PER_QUALITY_POINT
 * price per quality point}, bids are ordered by exact price ÷ points, lowest first (compared by
 * cross-multiplication, so no rounded quotient decides); equal ratios are broken by the higher quality
 * points, then the bidder id; a bid with no positive price or no points has no ratio and ranks after
 * every bid that has one. Either way the same bids always rank the same whatever order they were given
 * in; ranks are unique, and {@link #ties()} lists every group whose ranking key was equal, so a panel
 * can see where the tie-break decided.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param tender the tender evaluated
 * @param valuationBasis what the offers were valued with, e.g. the pinned edition's reference
 * @param ranking every bid's evaluation, in rank order (provisional while the evaluation is not final)
 * @param ties groups of bidder ids (in rank order) whose ranking key (exact total, or exact price per
 *     point) was equal
 */
public record TenderEvaluation(Tender tender, String valuationBasis, List<BidScore> ranking,
    List<List<String>> ties) {

  /**
   * Checks every component is present, the ranks run 1, 2, … in order, and copies the lists.
   *
   * @param tender the tender evaluated
   * @param valuationBasis what the offers were valued with
   * @param ranking every bid's evaluation, in rank order
   * @param ties groups of bidder ids whose ranking key was equal
   */
  public TenderEvaluation {
    Objects.requireNonNull(tender, "tender");
    Objects.requireNonNull(valuationBasis, "valuationBasis");
    ranking = Args.copyOf(ranking, "ranking");
    List<List<String>> tieGroups = new ArrayList<>();
    List<List<String>> given = Args.copyOf(ties, "ties");
    for (int i = 0; i < given.size(); i++) {
      tieGroups.add(Args.copyOf(given.get(i), "ties[" + i + "]"));
    }
    ties = List.copyOf(tieGroups);
    for (int i = 0; i < ranking.size(); i++) {
      if (ranking.get(i).rank() != i + 1) {
        throw ValidationException.of("ranking[" + i + "].rank", "must be " + (i + 1) + ", was "
            + ranking.get(i).rank());
      }
    }
  }

  /** @return true when no flag that needs a decision is open: the scores are final */
  public boolean isFinal() {
    return ranking.stream().allMatch(s -> s.openFlags().isEmpty());
  }

  /**
   * @return true when a ranking may be published: the evaluation is final, or the scheme's policy for
   *     unresolved flags is not {@link UnresolvedFlagPolicy#HOLD}
   */
  public boolean isRankingPublished() {
    return isFinal() || tender.scheme().unresolvedFlags() != UnresolvedFlagPolicy.HOLD;
  }

  /**
   * @return the highest-ranked bid, if there are bids and the ranking {@linkplain #isRankingPublished()
   *     is published}; provisional when the evaluation is not final
   */
  public Optional<BidScore> winner() {
    return isRankingPublished() ? ranking.stream().findFirst() : Optional.empty();
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

  /** @return the bids with at least one open flag, in rank order */
  public List<BidScore> awaitingModeration() {
    return ranking.stream().filter(s -> !s.openFlags().isEmpty()).collect(Collectors.toList());
  }

  /** @return every moderation decision taken into account, bid by bid in rank order */
  public List<ModerationDecision> decisions() {
    return ranking.stream().flatMap(s -> s.decisions().stream()).collect(Collectors.toList());
  }

  /** @return the abnormally low prices reported, in rank order */
  public List<AbnormallyLowPrice> abnormallyLowPrices() {
    return ranking.stream().flatMap(s -> s.abnormallyLowPrice().stream()).collect(Collectors.toList());
  }

  /**
   * The assessment summaries, one per bid (Procurement Act 2023 s.50; Procurement Regulations 2024 reg.
   * 31): each bid's score on every criterion beside the winner's, with the reasons, its flags and the
   * moderation decisions.
   *
   * @return the summaries in rank order; empty while no ranking is published
   */
  public List<AssessmentSummary> assessmentSummaries() {
    return winner().map(w -> ranking.stream().map(s -> AssessmentSummary.of(this, s, w))
        .collect(Collectors.toList())).orElse(List.of());
  }

  /** @return one line per bid, in rank order */
  @Override
  public String toString() {
    return ranking.stream().map(BidScore::toString).collect(Collectors.joining("\n"));
  }
}
