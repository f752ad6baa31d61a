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

/**
 * The assessment summary one bidder receives: its score on each award criterion beside the winning
 * tender's, the reasons, the credibility flags raised on its bid and the panel's moderation decisions.
 *
 * <p>Under the Procurement Act 2023 s.50(3)–(5) every supplier whose tender was assessed receives an
 * assessment summary before the contract award notice; the Procurement Regulations 2024 reg. 31 say what
 * it holds: the award criteria and how they were scored, the tender's score on each criterion explained
 * by reference to the tender, the total, and for an unsuccessful tender the reasons and the most
 * advantageous tender's scores. All summaries go out at the same time. A summary of a provisional
 * evaluation ({@link #isFinal()} false) is for the panel's review only and says so in its text.
 *
 * @param tenderId the tender
 * @param tenderTitle its title
 * @param bidder the bidder this summary is for
 * @param successful true for the winning bid
 * @param isFinal true when the evaluation had no open flag
 * @param rank the bid's rank
 * @param bidsEvaluated how many bids were evaluated
 * @param awardMethod how the scores became a ranking
 * @param price the bid's price
 * @param total the bid's exact total (quality points under price per quality point)
 * @param winnerBidder the winning bidder
 * @param winnerTotal the winning bid's exact total
 * @param pricePerQualityPoint the bid's price per quality point, under that method
 * @param winnerPricePerQualityPoint the winner's price per quality point, under that method
 * @param criteria the bid's score on each criterion beside the winner's, in the scheme's order
 * @param flags every credibility flag raised on the bid
 * @param decisions the panel's moderation decisions on the bid
 * @param abnormallyLowPrice the abnormally-low-price report on the bid's price, if any
 */
public record AssessmentSummary(String tenderId, String tenderTitle, String bidder, boolean successful, boolean isFinal,
    int rank, int bidsEvaluated, AwardMethod awardMethod, MonetaryAmount price, BigDecimal total, String winnerBidder,
    BigDecimal winnerTotal, Optional<BigDecimal> pricePerQualityPoint, Optional<BigDecimal> winnerPricePerQualityPoint,
    List<CriterionComparison> criteria, List<CredibilityFlag> flags, List<ModerationDecision> decisions,
    Optional<AbnormallyLowPrice> abnormallyLowPrice) {

  /**
   * Copies the lists and checks the components are present.
   *
   * @param tenderId the tender
   * @param tenderTitle its title
   * @param bidder the bidder this summary is for
   * @param successful true for the winning bid
   * @param isFinal true when the evaluation had no open flag
   * @param rank the bid's rank
   * @param bidsEvaluated how many bids were evaluated
   * @param awardMethod how the scores became a ranking
   * @param price the bid's price
   * @param total the bid's exact total (quality points under price per quality point)
   * @param winnerBidder the winning bidder
   * @param winnerTotal the winning bid's exact total
   * @param pricePerQualityPoint the bid's price per quality point, under that method
   * @param winnerPricePerQualityPoint the winner's price per quality point, under that method
   * @param criteria the bid's score on each criterion beside the winner's, in the scheme's order
   * @param flags every credibility flag raised on the bid
   * @param decisions the panel's moderation decisions on the bid
   * @param abnormallyLowPrice the abnormally-low-price report on the bid's price, if any
   */
  public AssessmentSummary {
    Objects.requireNonNull(tenderId, "tenderId");
    Objects.requireNonNull(tenderTitle, "tenderTitle");
    Objects.requireNonNull(bidder, "bidder");
    Objects.requireNonNull(awardMethod, "awardMethod");
    Objects.requireNonNull(price, "price");
    Objects.requireNonNull(total, "total");
    Objects.requireNonNull(winnerBidder, "winnerBidder");
    Objects.requireNonNull(winnerTotal, "winnerTotal");
    Objects.requireNonNull(pricePerQualityPoint, "pricePerQualityPoint");
    Objects.requireNonNull(winnerPricePerQualityPoint, "winnerPricePerQualityPoint");
    Objects.requireNonNull(abnormallyLowPrice, "abnormallyLowPrice");
    criteria = Args.copyOf(criteria, "criteria");
    flags = Args.copyOf(flags, "flags");
    decisions = Args.copyOf(decisions, "decisions");
  }

  static AssessmentSummary of(TenderEvaluation evaluation, BidScore bid, BidScore winner) {
    List<CriterionComparison> lines = new ArrayList<>();
    for (CriterionScore s : bid.scores()) {
      CriterionScore w = winner.score(s.criterion().id()).orElseThrow();
      lines.add(new CriterionComparison(s.criterion(), s.score(), s.explanation(), w.score(), w.explanation()));
    }
    Tender tender = evaluation.tender();
    return new AssessmentSummary(tender.id(), tender.title(), bid.bidder(), bid == winner, evaluation.isFinal(),
        bid.rank(), evaluation.ranking().size(), tender.scheme().awardMethod(), bid.bid().price(), bid.total(),
        winner.bidder(), winner.total(), bid.pricePerQualityPoint(), winner.pricePerQualityPoint(), lines,
        bid.flags(), bid.decisions(), bid.abnormallyLowPrice());
  }

  /**
   * The summary as plain text a bidder can read: the criteria with both scores (rounded half up to two
   * places for display; the ranking used the exact figures), the reasons, the flags and the decisions.
   *
   * @return the text, lines separated by {@code \n}
   */
  public String text() {
    StringBuilder out = new StringBuilder();
    out.append("Assessment summary: ").append(tenderId).append(' ').append(tenderTitle).append('\n');
    if (!isFinal) {
      out.append("PROVISIONAL: flags are still open; for the panel's review, not for issue\n");
    }
    out.append("Bidder: ").append(bidder).append('\n');
    out.append("Result: ").append(successful ? "most advantageous tender" : "unsuccessful")
        .append(", ranked ").append(rank).append(" of ").append(bidsEvaluated).append('\n');
    out.append("Award method: ").append(awardMethod == AwardMethod.WEIGHTED_SUM
        ? "highest total of the weighted criteria" : "lowest price per quality point").append('\n');
    out.append('\n');
    out.append(String.format("%-36s %7s %12s %14s%n", "Criterion", "Weight", "Your score", "Winning score"));
    for (CriterionComparison line : criteria) {
      out.append(String.format("%-36s %7s %12s %14s%n", line.criterion().title(), plain(line.criterion().weight()),
          shown(line.score()), shown(line.winnerScore())));
      out.append("    your score: ").append(line.reason().title()).append('\n');
      if (!successful) {
        out.append("    winning score: ").append(line.winnerReason().title()).append('\n');
      }
    }
    out.append(String.format("%-36s %7s %12s %14s%n", awardMethod == AwardMethod.WEIGHTED_SUM ? "Total" : "Quality points",
        "100", shown(total), shown(winnerTotal)));
    if (awardMethod == AwardMethod.PRICE_PER_QUALITY_POINT) {
      out.append("Price: ").append(plain(Amounts.decimal(price))).append(' ').append(price.getCurrency())
          .append("; price per quality point: ").append(pricePerQualityPoint.map(AssessmentSummary::money).orElse("none"))
          .append(" (winning: ").append(winnerPricePerQualityPoint.map(AssessmentSummary::money).orElse("none"))
          .append(")\n");
    }
    out.append('\n');
    out.append("Credibility flags:").append(flags.isEmpty() ? " none" : "").append('\n');
    flags.forEach(f -> out.append("  - ").append(f).append('\n'));
    out.append("Moderation decisions:").append(decisions.isEmpty() ? " none" : "").append('\n');
    decisions.forEach(d -> out.append("  - ").append(d).append('\n'));
    abnormallyLowPrice.ifPresent(a -> out.append("Abnormally low price: ").append(plain(Amounts.decimal(a.price())))
        .append(" is ").append(a.percentBelow().setScale(2, RoundingMode.HALF_UP).toPlainString())
        .append("% below the median of ").append(plain(Amounts.decimal(a.median()))).append(" over ").append(a.bidsCompared())
        .append(" bids; the supplier is asked to show it can perform for that price before any decision"
            + " (Procurement Act 2023 s.19(4))\n"));
    return out.toString();
  }

  private static String shown(BigDecimal score) {
    return score.setScale(2, RoundingMode.HALF_UP).toPlainString();
  }

  private static String money(BigDecimal amount) {
    return amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
  }

  private static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }
}
