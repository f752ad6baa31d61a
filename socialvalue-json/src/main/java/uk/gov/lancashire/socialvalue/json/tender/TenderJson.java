package uk.gov.lancashire.socialvalue.json.tender;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * evaluation ({@code "format": "socialvalue/tender-evaluation"}), written only.
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
      .list("bands", BAND, Criterion::bands, Criterion.Builder::addAllBands);

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
              EvaluationScheme.Builder::credibility);

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

  /** A credibility flag. */
  public static final Shape<CredibilityFlag, Shape.Args> FLAG =
      Shape.<CredibilityFlag>args(a -> CredibilityFlag.of(a.get("kind"), a.get("path"), a.get("message")))
          .required("kind", FLAG_KIND, CredibilityFlag::kind)
          .required("path", Scalars.STRING, CredibilityFlag::path)
          .required("message", Scalars.STRING, CredibilityFlag::message);

  /** A criterion's score (written only). */
  public static final Shape<CriterionScore, Void> SCORE = Shape.<CriterionScore>written("a criterion score", "its inputs")
      .required("criterion", Scalars.STRING, s -> s.criterion().id())
      .required("score", Scalars.DECIMAL, CriterionScore::score)
      .required("displayed", Scalars.DECIMAL, CriterionScore::displayed)
      .required("explanation", Scalars.STRING, CriterionScore::explanation);

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
      .required("bid", BID, BidScore::bid);

  /** A tender evaluation document (written only). */
  public static final Shape<TenderEvaluation, Void> EVALUATION = Shape.<TenderEvaluation>written("a tender evaluation",
      "its inputs")
      .document("socialvalue/tender-evaluation", 1, Set.of(1))
      .required("tender", TENDER, TenderEvaluation::tender)
      .required("valuationBasis", Scalars.STRING, TenderEvaluation::valuationBasis)
      .list("ranking", BID_SCORE, TenderEvaluation::ranking)
      .list("ties", ListOf.list(Scalars.STRING), TenderEvaluation::ties);

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
      String path = "bids[" + i + "]";
      problems.check(bidders.add(bid.bidder()), path + ".bidder", "repeats bidder '" + bid.bidder()
          + "'; each bidder may bid once");
      problems.check(bid.price().getCurrency().equals(tender.currency()), path + ".price.currency",
          "must be the tender's currency " + tender.currency() + ", was " + bid.price().getCurrency());
      bid.answers().forEach((id, mark) -> {
        Optional<Criterion> criterion = tender.scheme().criterion(id).filter(c -> c.method() == ScoringMethod.LEVELS);
        if (problems.check(criterion.isPresent(), path + ".answers[" + id + "]", "no marked criterion '" + id
            + "' in the scheme")) {
          BigDecimal max = criterion.get().maxMark();
          problems.check(mark.signum() >= 0 && mark.compareTo(max) <= 0, path + ".answers[" + id + "]",
              "mark must be between 0 and " + max.toPlainString() + ", was " + mark.toPlainString());
        }
      });
    }
    problems.throwIfAny();
    return TenderDocument.of(tender, bids);
  }
}
