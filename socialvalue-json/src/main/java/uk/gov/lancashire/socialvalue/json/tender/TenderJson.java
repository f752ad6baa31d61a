package uk.gov.lancashire.socialvalue.json.tender;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.gov.lancashire.socialvalue.basics.Amounts;
import uk.gov.lancashire.socialvalue.basics.ProblemPath;
import uk.gov.lancashire.socialvalue.basics.Problems;
import java.util.Set;
import uk.gov.lancashire.socialvalue.framework.MeasureCode;
import uk.gov.lancashire.socialvalue.json.TenderDocument;
import uk.gov.lancashire.socialvalue.json.basics.BasicsJson;
import uk.gov.lancashire.socialvalue.json.engine.EnumNames;
import uk.gov.lancashire.socialvalue.json.engine.ListOf;
import uk.gov.lancashire.socialvalue.json.engine.Scalars;
import uk.gov.lancashire.socialvalue.json.engine.Shape;
import uk.gov.lancashire.socialvalue.json.framework.FrameworkScalars;
import uk.gov.lancashire.socialvalue.tender.AbnormallyLowPrice;
import uk.gov.lancashire.socialvalue.tender.AbnormallyLowPriceRule;
import uk.gov.lancashire.socialvalue.tender.AssessmentSummary;
import uk.gov.lancashire.socialvalue.tender.AwardMethod;
import uk.gov.lancashire.socialvalue.tender.CriterionComparison;
import uk.gov.lancashire.socialvalue.tender.MinimumSocialValueWeighting;
import uk.gov.lancashire.socialvalue.tender.ModerationDecision;
import uk.gov.lancashire.socialvalue.tender.ModerationOutcome;
import uk.gov.lancashire.socialvalue.tender.UnresolvedFlagPolicy;
import uk.gov.lancashire.socialvalue.json.ModerationDocument;
import uk.gov.lancashire.socialvalue.tender.Bid;
import uk.gov.lancashire.socialvalue.tender.BidScore;
import uk.gov.lancashire.socialvalue.tender.Commitment;
import uk.gov.lancashire.socialvalue.tender.CredibilityFlag;
import uk.gov.lancashire.socialvalue.tender.CredibilityRules;
import uk.gov.lancashire.socialvalue.tender.Criterion;
import uk.gov.lancashire.socialvalue.tender.CriterionKind;
import uk.gov.lancashire.socialvalue.tender.CriterionScore;
import uk.gov.lancashire.socialvalue.tender.EvaluationScheme;
import uk.gov.lancashire.socialvalue.tender.FlagKind;
import uk.gov.lancashire.socialvalue.tender.ScoreBand;
import uk.gov.lancashire.socialvalue.tender.ScoringMethod;
import uk.gov.lancashire.socialvalue.tender.Tender;
import uk.gov.lancashire.socialvalue.tender.TenderEvaluation;

/**
 * The JSON forms of the core's {@code tender} package: the tender document ({@code "format":
 * "socialvalue/tender"}: a tender with its evaluation scheme, and the bids), read and written; the
 * evaluation ({@code "format": "socialvalue/tender-evaluation"}) and the assessment summaries, written only,
 * with every explanation (a score's working, a comparison's reasons, a flag's why) as a structured object
 * {@code {title, entries: [{key, value}], children}}, the same form a valuation result writes.
 */
public final class TenderJson {

  /** What a criterion assesses. */
  public static final EnumNames<CriterionKind> KIND = EnumNames.of(CriterionKind.class, "criterion kind", Map.of(
      CriterionKind.QUALITY, "quality",
      CriterionKind.PRICE, "price",
      CriterionKind.SOCIAL_VALUE_QUANTITATIVE, "social-value-quantitative",
      CriterionKind.SOCIAL_VALUE_QUALITATIVE, "social-value-qualitative"));

  /** How a criterion is scored. */
  public static final EnumNames<ScoringMethod> METHOD = EnumNames.of(ScoringMethod.class, "scoring method", Map.of(
      ScoringMethod.LOWEST_PRICE, "lowest-price",
      ScoringMethod.RELATIVE_TO_BEST_VALUE, "relative-to-best-value",
      ScoringMethod.RELATIVE_TO_BEST_SV_PERCENT, "relative-to-best-sv-percent",
      ScoringMethod.RELATIVE_TO_BEST_NEEDS_WEIGHTED_VALUE, "relative-to-best-needs-weighted-value",
      ScoringMethod.ABSOLUTE_BANDS, "absolute-bands",
      ScoringMethod.LEVELS, "levels"));

  /** What a credibility flag says. */
  public static final EnumNames<FlagKind> FLAG_KIND = EnumNames.of(FlagKind.class, "flag kind", Map.of(
      FlagKind.SV_PERCENT_ABOVE_CEILING, "sv-percent-above-ceiling",
      FlagKind.BEYOND_CONTRACT_TERM, "beyond-contract-term",
      FlagKind.OUTSIDE_SHORTLIST, "outside-shortlist",
      FlagKind.IMPLAUSIBLE_EMPLOYMENT, "implausible-employment",
      FlagKind.NON_POSITIVE_PRICE, "non-positive-price",
      FlagKind.ABNORMALLY_LOW_PRICE, "abnormally-low-price"));

  /** How the criterion scores become a ranking. */
  public static final EnumNames<AwardMethod> AWARD_METHOD = EnumNames.of(AwardMethod.class, "award method", Map.of(
      AwardMethod.WEIGHTED_SUM, "weighted-sum",
      AwardMethod.PRICE_PER_QUALITY_POINT, "price-per-quality-point"));

  /** What undecided flagged commitments count for. */
  public static final EnumNames<UnresolvedFlagPolicy> POLICY = EnumNames.of(UnresolvedFlagPolicy.class,
      "unresolved-flag policy", Map.of(
          UnresolvedFlagPolicy.HOLD, "hold",
          UnresolvedFlagPolicy.EXCLUDE_FLAGGED, "exclude-flagged",
          UnresolvedFlagPolicy.CAP_AT_CEILING, "cap-at-ceiling"));

  /** What the panel decided. */
  public static final EnumNames<ModerationOutcome> OUTCOME = EnumNames.of(ModerationOutcome.class, "moderation outcome",
      Map.of(
          ModerationOutcome.ACCEPTED_AS_OFFERED, "accepted-as-offered",
          ModerationOutcome.ACCEPTED_AT_QUANTITY, "accepted-at-quantity",
          ModerationOutcome.REJECTED, "rejected"));

  /** A score band. */
  public static final Shape<ScoreBand, Shape.Args> BAND =
      Shape.<ScoreBand>args(a -> ScoreBand.of(a.get("minimumSvPercent"), a.get("fraction")))
          .required("minimumSvPercent", Scalars.DECIMAL, ScoreBand::minimumSvPercent)
          .required("fraction", Scalars.DECIMAL, ScoreBand::fraction);

  /** A criterion; its maximum mark is left out when it is 5. */
  public static final Shape<Criterion, Criterion.Builder> CRITERION = Shape.of(Criterion::builder, Criterion.Builder::build)
      .required("id", Scalars.STRING, Criterion::id, Criterion.Builder::id)
      .required("title", Scalars.STRING, Criterion::title, Criterion.Builder::title)
      .required("weight", Scalars.DECIMAL, Criterion::weight, Criterion.Builder::weight)
      .required("kind", KIND, Criterion::kind, Criterion.Builder::kind)
      .required("method", METHOD, Criterion::method, Criterion.Builder::method)
      .withDefault("maxMark", Scalars.DECIMAL, BigDecimal.valueOf(5), Criterion::maxMark, Criterion.Builder::maxMark)
      .list("bands", BAND, Criterion::bands, Criterion.Builder::addAllBands)
      .list("scale", Scalars.DECIMAL, Criterion::scale, Criterion.Builder::addAllScale).omitEmpty()
      .list("outcomes", Scalars.STRING, Criterion::outcomes, Criterion.Builder::addAllOutcomes).omitEmpty()
      .list("awardCriteria", Scalars.STRING, Criterion::awardCriteria, Criterion.Builder::addAllAwardCriteria).omitEmpty();

  /** An abnormally-low-price rule; its minimum number of bids is left out when it is 3. */
  public static final Shape<AbnormallyLowPriceRule, AbnormallyLowPriceRule.Builder> LOW_PRICE_RULE =
      Shape.of(AbnormallyLowPriceRule::builder, AbnormallyLowPriceRule.Builder::build)
          .required("percentBelowMedian", Scalars.DECIMAL, AbnormallyLowPriceRule::percentBelowMedian,
              AbnormallyLowPriceRule.Builder::percentBelowMedian)
          .withDefault("minimumBids", Scalars.INTEGER, 3, AbnormallyLowPriceRule::minimumBids,
              AbnormallyLowPriceRule.Builder::minimumBids);

  /** Credibility rules; the ceiling is always written. */
  public static final Shape<CredibilityRules, CredibilityRules.Builder> CREDIBILITY =
      Shape.of(CredibilityRules::builder, CredibilityRules.Builder::build)
          .defaulted("svPercentCeiling", Scalars.DECIMAL, CredibilityRules::svPercentCeiling,
              CredibilityRules.Builder::svPercentCeiling)
          .optional("minimumAnnualCostPerFte", Scalars.DECIMAL, CredibilityRules::minimumAnnualCostPerFte,
              CredibilityRules.Builder::minimumAnnualCostPerFte);

  /** An evaluation scheme; the shortlist is a set, and its credibility rules are left out when the defaults. */
  public static final Shape<EvaluationScheme, EvaluationScheme.Builder> SCHEME =
      Shape.of(EvaluationScheme::builder, EvaluationScheme.Builder::build)
          .list("criteria", CRITERION, EvaluationScheme::criteria, EvaluationScheme.Builder::addAllCriteria)
          .set("shortlist", FrameworkScalars.CODE, EvaluationScheme::shortlist, EvaluationScheme.Builder::addAllShortlist)
          .withDefault("credibility", CREDIBILITY, CredibilityRules.defaults(), EvaluationScheme::credibility,
              EvaluationScheme.Builder::credibility)
          .withDefault("awardMethod", AWARD_METHOD, AwardMethod.WEIGHTED_SUM, EvaluationScheme::awardMethod,
              EvaluationScheme.Builder::awardMethod)
          .withDefault("unresolvedFlags", POLICY, UnresolvedFlagPolicy.HOLD, EvaluationScheme::unresolvedFlags,
              EvaluationScheme.Builder::unresolvedFlags)
          .optional("abnormallyLowPrice", LOW_PRICE_RULE, EvaluationScheme::abnormallyLowPrice,
              EvaluationScheme.Builder::abnormallyLowPrice);

  /** A commitment in a bid. */
  public static final Shape<Commitment, Shape.Args> COMMITMENT =
      Shape.<Commitment>args(a -> Commitment.of(a.<MeasureCode>get("measure"), a.get("year"), a.<BigDecimal>get("quantity")))
          .required("measure", FrameworkScalars.CODE, Commitment::measure)
          .required("year", Scalars.INTEGER, Commitment::year)
          .required("quantity", Scalars.DECIMAL, Commitment::quantity);

  /** A bid. */
  public static final Shape<Bid, Bid.Builder> BID = Shape.of(Bid::builder, Bid.Builder::build)
      .required("bidder", Scalars.STRING, Bid::bidder, Bid.Builder::bidder)
      .required("price", BasicsJson.MONEY, Bid::price, Bid.Builder::price)
      .list("commitments", COMMITMENT, Bid::commitments, Bid.Builder::addAllCommitments)
      .map("answers", Scalars.KEY_TEXT, Scalars.DECIMAL, Bid::answers, Bid.Builder::putAllAnswers)
      .optional("deliveryPlan", Scalars.STRING, Bid::deliveryPlan, Bid.Builder::deliveryPlan);

  /** A tender. */
  public static final Shape<Tender, Tender.Builder> TENDER = Shape.of(Tender::builder, Tender.Builder::build)
      .required("id", Scalars.STRING, Tender::id, Tender.Builder::id)
      .required("title", Scalars.STRING, Tender::title, Tender.Builder::title)
      .required("termYears", Scalars.INTEGER, Tender::termYears, Tender.Builder::termYears)
      .required("currency", Scalars.CURRENCY, Tender::currency, Tender.Builder::currency)
      .required("editionReference", Scalars.STRING, Tender::editionReference, Tender.Builder::editionReference)
      .required("scheme", SCHEME, Tender::scheme, Tender.Builder::scheme);

  /** A tender document: the tender and its bids. */
  public static final Shape<TenderDocument, Shape.Args> DOCUMENT =
      Shape.<TenderDocument>args(a -> checked(a.get("tender"), a.get("bids")))
          .document("socialvalue/tender", 1, Set.of(1))
          .required("tender", TENDER, TenderDocument::tender)
          .list("bids", BID, TenderDocument::bids);

  /**
   * A credibility flag (written only): its path and message as text, and its explanation (the message as
   * title, the figures the check used as entries).
   */
  public static final Shape<CredibilityFlag, Void> FLAG = Shape.<CredibilityFlag>written("a credibility flag",
      "the tender evaluation")
      .required("kind", FLAG_KIND, CredibilityFlag::kind)
      .required("path", Scalars.STRING, CredibilityFlag::path)
      .required("message", Scalars.STRING, CredibilityFlag::message)
      .required("explanation", BasicsJson.EXPLANATION, CredibilityFlag::explanation)
      .list("commitments", Scalars.INTEGER, CredibilityFlag::commitments).omitEmpty();

  /** A moderation decision. */
  public static final Shape<ModerationDecision, ModerationDecision.Builder> DECISION =
      Shape.of(ModerationDecision::builder, ModerationDecision.Builder::build)
          .required("bidder", Scalars.STRING, ModerationDecision::bidder, ModerationDecision.Builder::bidder)
          .required("measure", FrameworkScalars.CODE, ModerationDecision::measure, ModerationDecision.Builder::measure)
          .required("year", Scalars.INTEGER, ModerationDecision::year, ModerationDecision.Builder::year)
          .required("outcome", OUTCOME, ModerationDecision::outcome, ModerationDecision.Builder::outcome)
          .optional("moderatedQuantity", Scalars.DECIMAL, ModerationDecision::moderatedQuantity,
              ModerationDecision.Builder::moderatedQuantity)
          .required("decidedBy", Scalars.STRING, ModerationDecision::decidedBy, ModerationDecision.Builder::decidedBy)
          .required("decidedOn", Scalars.DATE, ModerationDecision::decidedOn, ModerationDecision.Builder::decidedOn)
          .required("reason", Scalars.STRING, ModerationDecision::reason, ModerationDecision.Builder::reason);

  /** A moderation document: the panel's decisions on one tender's bids. */
  public static final Shape<ModerationDocument, Shape.Args> MODERATION =
      Shape.<ModerationDocument>args(a -> new ModerationDocument(a.get("tenderId"), a.get("decisions")))
          .document("socialvalue/moderation", 1, Set.of(1))
          .required("tenderId", Scalars.STRING, ModerationDocument::tenderId)
          .list("decisions", DECISION, ModerationDocument::decisions);

  /** An abnormally-low-price report (written only). */
  public static final Shape<AbnormallyLowPrice, Void> LOW_PRICE = Shape.<AbnormallyLowPrice>written(
      "an abnormally-low-price report", "the bids")
      .required("bidder", Scalars.STRING, AbnormallyLowPrice::bidder)
      .required("price", BasicsJson.MONEY, AbnormallyLowPrice::price)
      .required("median", Scalars.DECIMAL, a -> Amounts.decimal(a.median()))
      .required("threshold", Scalars.DECIMAL, a -> Amounts.decimal(a.threshold()))
      .required("percentBelow", Scalars.DECIMAL, AbnormallyLowPrice::percentBelow)
      .required("bidsCompared", Scalars.INTEGER, AbnormallyLowPrice::bidsCompared);

  /** A minimum social value weighting policy. */
  public static final Shape<MinimumSocialValueWeighting, MinimumSocialValueWeighting.Builder> WEIGHTING_POLICY =
      Shape.of(MinimumSocialValueWeighting::builder, MinimumSocialValueWeighting.Builder::build)
          .required("id", Scalars.STRING, MinimumSocialValueWeighting::id, MinimumSocialValueWeighting.Builder::id)
          .required("title", Scalars.STRING, MinimumSocialValueWeighting::title, MinimumSocialValueWeighting.Builder::title)
          .required("source", Scalars.STRING, MinimumSocialValueWeighting::source,
              MinimumSocialValueWeighting.Builder::source)
          .required("effectiveFrom", Scalars.DATE, MinimumSocialValueWeighting::effectiveFrom,
              MinimumSocialValueWeighting.Builder::effectiveFrom)
          .optional("effectiveTo", Scalars.DATE, MinimumSocialValueWeighting::effectiveTo,
              MinimumSocialValueWeighting.Builder::effectiveTo)
          .required("minimumPercent", Scalars.DECIMAL, MinimumSocialValueWeighting::minimumPercent,
              MinimumSocialValueWeighting.Builder::minimumPercent);

  /** A document of weighting policies, each with its validity period. */
  public static final Shape<List<MinimumSocialValueWeighting>, Shape.Args> WEIGHTING_POLICIES =
      Shape.<List<MinimumSocialValueWeighting>>args(a -> a.get("policies"))
          .document("socialvalue/sv-weighting-policies", 1, Set.of(1))
          .list("policies", WEIGHTING_POLICY, l -> l);

  /** A criterion's score (written only). */
  public static final Shape<CriterionScore, Void> SCORE = Shape.<CriterionScore>written("a criterion score", "its inputs")
      .required("criterion", Scalars.STRING, s -> s.criterion().id())
      .required("score", Scalars.DECIMAL, CriterionScore::score)
      .required("displayed", Scalars.DECIMAL, CriterionScore::displayed)
      .required("explanation", BasicsJson.EXPLANATION, CriterionScore::explanation);

  /** A bid's score (written only). */
  public static final Shape<BidScore, Void> BID_SCORE = Shape.<BidScore>written("a bid score", "its inputs")
      .required("rank", Scalars.INTEGER, BidScore::rank)
      .required("bidder", Scalars.STRING, BidScore::bidder)
      .required("total", Scalars.DECIMAL, BidScore::total)
      .required("displayedTotal", Scalars.DECIMAL, BidScore::displayedTotal)
      .required("offer", BasicsJson.MONEY, BidScore::offer)
      .optional("svPercent", Scalars.DECIMAL, BidScore::svPercent)
      .list("scores", SCORE, BidScore::scores)
      .list("flags", FLAG, BidScore::flags)
      .required("offeredValue", Scalars.DECIMAL, b -> Amounts.decimal(b.offeredValue()))
      .optional("needsWeightedOffer", Scalars.DECIMAL, BidScore::needsWeightedOffer)
      .optional("pricePerQualityPoint", Scalars.DECIMAL, BidScore::pricePerQualityPoint)
      .list("openFlags", FLAG, BidScore::openFlags)
      .list("decisions", DECISION, BidScore::decisions)
      .required("setsBenchmark", Scalars.BOOLEAN, BidScore::setsBenchmark)
      .optional("abnormallyLowPrice", LOW_PRICE, BidScore::abnormallyLowPrice)
      .required("bid", BID, BidScore::bid);

  /** A tender evaluation document (written only). */
  public static final Shape<TenderEvaluation, Void> EVALUATION = Shape.<TenderEvaluation>written("a tender evaluation",
      "its inputs")
      .document("socialvalue/tender-evaluation", 2, Set.of(2))
      .required("tender", TENDER, TenderEvaluation::tender)
      .required("valuationBasis", Scalars.STRING, TenderEvaluation::valuationBasis)
      .required("final", Scalars.BOOLEAN, TenderEvaluation::isFinal)
      .required("rankingPublished", Scalars.BOOLEAN, TenderEvaluation::isRankingPublished)
      .list("ranking", BID_SCORE, TenderEvaluation::ranking)
      .list("ties", ListOf.list(Scalars.STRING), TenderEvaluation::ties);

  /** One criterion of an assessment summary (written only). */
  public static final Shape<CriterionComparison, Void> COMPARISON = Shape.<CriterionComparison>written(
      "a criterion comparison", "the tender evaluation")
      .required("criterion", Scalars.STRING, c -> c.criterion().id())
      .required("title", Scalars.STRING, c -> c.criterion().title())
      .required("weight", Scalars.DECIMAL, c -> c.criterion().weight())
      .required("score", Scalars.DECIMAL, CriterionComparison::score)
      .required("reason", BasicsJson.EXPLANATION, CriterionComparison::reason)
      .required("winnerScore", Scalars.DECIMAL, CriterionComparison::winnerScore)
      .required("winnerReason", BasicsJson.EXPLANATION, CriterionComparison::winnerReason);

  /** One bidder's assessment summary (written only). */
  public static final Shape<AssessmentSummary, Void> SUMMARY = Shape.<AssessmentSummary>written(
      "an assessment summary", "the tender evaluation")
      .required("bidder", Scalars.STRING, AssessmentSummary::bidder)
      .required("successful", Scalars.BOOLEAN, AssessmentSummary::successful)
      .required("final", Scalars.BOOLEAN, AssessmentSummary::isFinal)
      .required("rank", Scalars.INTEGER, AssessmentSummary::rank)
      .required("bidsEvaluated", Scalars.INTEGER, AssessmentSummary::bidsEvaluated)
      .required("awardMethod", AWARD_METHOD, AssessmentSummary::awardMethod)
      .required("price", BasicsJson.MONEY, AssessmentSummary::price)
      .required("total", Scalars.DECIMAL, AssessmentSummary::total)
      .required("winnerBidder", Scalars.STRING, AssessmentSummary::winnerBidder)
      .required("winnerTotal", Scalars.DECIMAL, AssessmentSummary::winnerTotal)
      .optional("pricePerQualityPoint", Scalars.DECIMAL, AssessmentSummary::pricePerQualityPoint)
      .optional("winnerPricePerQualityPoint", Scalars.DECIMAL, AssessmentSummary::winnerPricePerQualityPoint)
      .list("criteria", COMPARISON, AssessmentSummary::criteria)
      .list("flags", FLAG, AssessmentSummary::flags)
      .list("decisions", DECISION, AssessmentSummary::decisions)
      .optional("abnormallyLowPrice", LOW_PRICE, AssessmentSummary::abnormallyLowPrice)
      .required("text", Scalars.STRING, AssessmentSummary::text);

  /** The assessment summaries of a tender evaluation, one per bidder (written only). */
  public static final Shape<TenderEvaluation, Void> SUMMARIES = Shape.<TenderEvaluation>written(
      "assessment summaries", "the tender evaluation")
      .document("socialvalue/assessment-summaries", 2, Set.of(2))
      .required("tenderId", Scalars.STRING, e -> e.tender().id())
      .required("tenderTitle", Scalars.STRING, e -> e.tender().title())
      .required("final", Scalars.BOOLEAN, TenderEvaluation::isFinal)
      .list("summaries", SUMMARY, TenderEvaluation::assessmentSummaries);

  private TenderJson() {}

  /**
   * The rules a tender document can break on its own, checked when it is read so each lands on its JSON
   * path (the evaluator checks them again): one bid per bidder, every price in the tender's currency, and
   * every answer a mark for a marked criterion, between 0 and its maximum mark.
   */
  private static TenderDocument checked(Tender tender, List<Bid> bids) {
    Problems problems = new Problems();
    Set<String> bidders = new HashSet<>();
    for (int i = 0; i < bids.size(); i++) {
      Bid bid = bids.get(i);
      ProblemPath path = ProblemPath.of("bids").index(i);
      problems.check(bidders.add(bid.bidder()), path.property("bidder"), "repeats bidder '" + bid.bidder()
          + "'; each bidder may bid once");
      problems.check(bid.price().getCurrency().equals(tender.currency()), path.property("price").property("currency"),
          "must be the tender's currency " + tender.currency() + ", was " + bid.price().getCurrency());
      bid.answers().forEach((id, mark) -> {
        Optional<Criterion> criterion = tender.scheme().criterion(id).filter(c -> c.method() == ScoringMethod.LEVELS);
        if (problems.check(criterion.isPresent(), path.property("answers").key(id), "no marked criterion '" + id
            + "' in the scheme")) {
          Criterion c = criterion.get();
          problems.check(c.allows(mark), path.property("answers").key(id), (c.scale().isEmpty()
              ? "mark must be between 0 and " + c.maxMark().toPlainString()
              : "mark must be one of " + c.scale().stream().map(BigDecimal::toPlainString).toList()) + ", was "
              + mark.toPlainString());
        }
      });
    }
    problems.throwIfAny();
    return TenderDocument.of(tender, bids);
  }
}
