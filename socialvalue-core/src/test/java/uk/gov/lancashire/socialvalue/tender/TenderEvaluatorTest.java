package uk.gov.lancashire.socialvalue.tender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.gov.lancashire.socialvalue.ProcurementFixtures.CARBON;
import static uk.gov.lancashire.socialvalue.ProcurementFixtures.GBP;
import static uk.gov.lancashire.socialvalue.ProcurementFixtures.LOCAL_JOBS;
import static uk.gov.lancashire.socialvalue.ProcurementFixtures.LOCAL_SPEND;
import static uk.gov.lancashire.socialvalue.ProcurementFixtures.TRAINING;
import static uk.gov.lancashire.socialvalue.ProcurementFixtures.dec;
import static uk.gov.lancashire.socialvalue.ProcurementFixtures.gbp;

import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.lancashire.socialvalue.ProcurementFixtures;
import uk.gov.lancashire.socialvalue.basics.ValidationException;
import uk.gov.lancashire.socialvalue.framework.CommitmentValuer;

class TenderEvaluatorTest {

  private static final TenderEvaluator EVALUATOR =
      TenderEvaluator.of(ProcurementFixtures.framework(), CommitmentValuer.pinned(ProcurementFixtures.edition()));

  /** Quality 70 / price 20 / social value 10 (all quantitative): an observed LCC weighting (DOMAIN.md §3). */
  private static EvaluationScheme scheme70_20_10(ScoringMethod svMethod) {
    return EvaluationScheme.builder()
        .addCriteria(Criterion.quality("quality", "Quality", dec("70")), Criterion.price(dec("20")),
            Criterion.socialValueOffer(dec("10"), svMethod))
        .addShortlist(LOCAL_JOBS, TRAINING, LOCAL_SPEND)
        .build();
  }

  private static Tender tender(EvaluationScheme scheme) {
    return Tender.builder().id("T1").title("Highways maintenance").termYears(2).currency(GBP)
        .scheme(scheme).editionReference(ProcurementFixtures.EDITION).build();
  }

  private static Bid bid(String bidder, String price, String localSpend) {
    return Bid.builder().bidder(bidder).price(gbp(price))
        .addCommitments(Commitment.of(LOCAL_SPEND, 1, dec(localSpend)))
        .putAnswers("quality", dec("4")).build();
  }

  // ---------------------------------------------------------------- proportional and price scoring

  @Test
  void offerOf40000AgainstBestOf50000WithWeight10Scores8() {
    // Worked example from issue 4 / DOMAIN.md §3: weight × offer ÷ best = 10 × 40,000 ÷ 50,000 = 8.00.
    // Local spend is valued at an illustrative 0.5 per £1: 100,000 → 50,000 and 80,000 → 40,000.
    TenderEvaluation result = EVALUATOR.evaluate(tender(scheme70_20_10(ScoringMethod.RELATIVE_TO_BEST_VALUE)),
        List.of(bid("best", "1000000", "100000"), bid("runner-up", "1000000", "80000")));

    CriterionScore runnerUp = result.bid("runner-up").orElseThrow().score("sv-offer").orElseThrow();
    assertThat(runnerUp.score()).isEqualByComparingTo("8");
    assertThat(runnerUp.displayed().toPlainString()).isEqualTo("8.00");
    assertThat(runnerUp.explanation().title()).isEqualTo("10 × offer 40000 ÷ best offer 50000 = 8");
    assertThat(runnerUp.explanation().entries()).extracting(e -> e.key() + ": " + e.value()).containsExactly(
        "criterion: sv-offer", "method: RELATIVE_TO_BEST_VALUE", "weight: 10", "offer: 40000", "best offer: 50000",
        "precision: 34 significant digits, HALF_EVEN", "score: 8");
    assertThat(result.bid("best").orElseThrow().score("sv-offer").orElseThrow().score()).isEqualByComparingTo("10");
    assertThat(result.bid("runner-up").orElseThrow().offer().isEqualTo(gbp("40000"))).isTrue();
  }

  @Test
  void priceScoresLowestOverBid() {
    // weight × lowest ÷ bid (DOMAIN.md §3): 20 × 800,000 ÷ 1,000,000 = 16; the lowest scores the full 20.
    TenderEvaluation result = EVALUATOR.evaluate(tender(scheme70_20_10(ScoringMethod.RELATIVE_TO_BEST_VALUE)),
        List.of(bid("dear", "1000000", "0"), bid("cheap", "800000", "0")));

    assertThat(result.bid("dear").orElseThrow().score("price").orElseThrow().score()).isEqualByComparingTo("16");
    assertThat(result.bid("cheap").orElseThrow().score("price").orElseThrow().score()).isEqualByComparingTo("20");
  }

  @Test
  void scoresRoundHalfUpOnlyForDisplay() {
    // 20 × 519,250 ÷ 1,000,000 = 10.385 exactly; public award formulas show 10.39 (half up), not 10.38.
    TenderEvaluation result = EVALUATOR.evaluate(tender(scheme70_20_10(ScoringMethod.RELATIVE_TO_BEST_VALUE)),
        List.of(bid("dear", "1000000", "0"), bid("cheap", "519250", "0")));

    CriterionScore price = result.bid("dear").orElseThrow().score("price").orElseThrow();
    assertThat(price.score().toPlainString()).isEqualTo("10.385");
    assertThat(price.displayed().toPlainString()).isEqualTo("10.39");
    assertThat(price.displayed(2, RoundingMode.HALF_EVEN).toPlainString()).isEqualTo("10.38");
  }

  @Test
  void svPercentMethodScoresRelativeToBestSvPercent() {
    // a: 50,000 on 1,000,000 = 5%; b: 40,000 on 400,000 = 10% (best) → a scores 10 × 5 ÷ 10 = 5.
    TenderEvaluation result = EVALUATOR.evaluate(tender(scheme70_20_10(ScoringMethod.RELATIVE_TO_BEST_SV_PERCENT)),
        List.of(bid("a", "1000000", "100000"), bid("b", "400000", "80000")));

    assertThat(result.bid("a").orElseThrow().svPercent()).hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("5"));
    assertThat(result.bid("a").orElseThrow().valuePerPound()).hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("0.05"));
    assertThat(result.bid("a").orElseThrow().score("sv-offer").orElseThrow().score()).isEqualByComparingTo("5");
    assertThat(result.bid("b").orElseThrow().score("sv-offer").orElseThrow().score()).isEqualByComparingTo("10");
  }

  @Test
  void absoluteBandsAwardTheHighestBandReached() {
    Criterion banded = Criterion.builder().id("sv-offer").title("SV bands").weight(dec("10"))
        .kind(CriterionKind.SOCIAL_VALUE_QUANTITATIVE).method(ScoringMethod.ABSOLUTE_BANDS)
        .addBands(ScoreBand.of(dec("2"), dec("0.5")), ScoreBand.of(dec("5"), dec("1"))).build();
    EvaluationScheme scheme = EvaluationScheme.builder()
        .addCriteria(Criterion.quality("quality", "Quality", dec("70")), Criterion.price(dec("20")), banded)
        .addShortlist(LOCAL_SPEND).build();

    TenderEvaluation result = EVALUATOR.evaluate(tender(scheme), List.of(
        bid("high", "1000000", "100000"), bid("mid", "1000000", "60000"), bid("low", "1000000", "20000")));

    assertThat(result.bid("high").orElseThrow().score("sv-offer").orElseThrow().score()).isEqualByComparingTo("10");
    assertThat(result.bid("mid").orElseThrow().score("sv-offer").orElseThrow().score()).isEqualByComparingTo("5");
    assertThat(result.bid("low").orElseThrow().score("sv-offer").orElseThrow().score()).isEqualByComparingTo("0");
  }

  @Test
  void socialValueSplitFiftyFiftyIntoOfferAndPlan() {
    EvaluationScheme scheme = EvaluationScheme.builder()
        .addCriteria(Criterion.quality("quality", "Quality", dec("30")), Criterion.price(dec("60")),
            Criterion.socialValueOffer(dec("5"), ScoringMethod.RELATIVE_TO_BEST_VALUE),
            Criterion.socialValuePlan("sv-plan", "Delivery plan", dec("5")))
        .addShortlist(LOCAL_SPEND).build();
    Bid bid = Bid.builder().bidder("a").price(gbp("1000000"))
        .addCommitments(Commitment.of(LOCAL_SPEND, 1, dec("1000")))
        .putAnswers("quality", dec("3")).putAnswers("sv-plan", dec("4")).deliveryPlan("plan-a.pdf").build();

    BidScore score = EVALUATOR.evaluate(tender(scheme), List.of(bid)).winner().orElseThrow();

    assertThat(scheme.socialValueWeight()).isEqualByComparingTo("10");
    assertThat(scheme.weightOf(CriterionKind.SOCIAL_VALUE_QUALITATIVE)).isEqualByComparingTo("5");
    assertThat(score.score("sv-plan").orElseThrow().score()).isEqualByComparingTo("4"); // 5 × 4 ÷ 5
    assertThat(score.score("quality").orElseThrow().score()).isEqualByComparingTo("18"); // 30 × 3 ÷ 5
    assertThat(score.total()).isEqualByComparingTo("87"); // 18 + 60 + 5 + 4
  }

  // ---------------------------------------------------------------- scheme validation

  @Test
  void weightsMustAddUpTo100() {
    assertThatThrownBy(() -> EvaluationScheme.builder()
        .addCriteria(Criterion.quality("quality", "Quality", dec("70")), Criterion.price(dec("20")),
            Criterion.socialValueOffer(dec("5"), ScoringMethod.RELATIVE_TO_BEST_VALUE))
        .addShortlist(LOCAL_SPEND).build())
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("criteria: weights must add up to 100, they add up to 95");
  }

  @Test
  void marksOutsideTheScaleAndDuplicateBiddersAreAllReported() {
    Bid bad = Bid.builder().bidder("a").price(gbp("100")).putAnswers("quality", dec("6")).build();
    assertThatThrownBy(() -> EVALUATOR.evaluate(tender(scheme70_20_10(ScoringMethod.RELATIVE_TO_BEST_VALUE)),
        List.of(bad, bad)))
        .isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(((ValidationException) e).problems()).extracting(Object::toString).contains(
            "bids[0].answers[quality]: mark must be between 0 and 5, was 6",
            "bids[1].bidder: duplicate bidder 'a'"));
  }

  // ---------------------------------------------------------------- credibility flags

  @Test
  void flagsAreReportedAndFlaggedBidsStayRanked() {
    EvaluationScheme scheme = EvaluationScheme.builder()
        .addCriteria(Criterion.quality("quality", "Quality", dec("70")), Criterion.price(dec("20")),
            Criterion.socialValueOffer(dec("10"), ScoringMethod.RELATIVE_TO_BEST_VALUE))
        .addShortlist(LOCAL_JOBS, LOCAL_SPEND)
        .credibility(CredibilityRules.builder().svPercentCeiling(dec("50")).minimumAnnualCostPerFte(dec("20000")).build())
        .build();
    Bid wild = Bid.builder().bidder("wild").price(gbp("200000"))
        .addCommitments(Commitment.of(LOCAL_JOBS, 1, dec("6")), // £100k a year pays for 5 FTE: implausible
            Commitment.of(LOCAL_SPEND, 3, dec("1000")),         // beyond a 2-year term
            Commitment.of(CARBON, 1, dec("10")))                // not on the shortlist
        .build();
    Bid free = Bid.builder().bidder("free").price(gbp("0")).build();

    TenderEvaluation result = EVALUATOR.evaluate(tender(scheme), List.of(wild, free));

    BidScore w = result.bid("wild").orElseThrow();
    assertThat(w.flags()).extracting(CredibilityFlag::kind).containsExactlyInAnyOrder(
        FlagKind.BEYOND_CONTRACT_TERM, FlagKind.OUTSIDE_SHORTLIST, FlagKind.SV_PERCENT_ABOVE_CEILING,
        FlagKind.IMPLAUSIBLE_EMPLOYMENT);
    assertThat(w.offer().isEqualTo(gbp("180000"))).isTrue(); // only 6 × 30,000 is scored
    assertThat(w.svPercent()).hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("90"));
    BidScore f = result.bid("free").orElseThrow();
    assertThat(f.flags()).extracting(CredibilityFlag::kind).containsExactly(FlagKind.NON_POSITIVE_PRICE);
    assertThat(f.score("price").orElseThrow().score()).isEqualByComparingTo("0");
    assertThat(result.ranking()).hasSize(2);
    assertThat(result.flagged()).hasSize(2);
  }

  @Test
  void newHiresCommittedInLaterContractYearsAreScored() {
    // A NEET hire counts in the first year of that person's employment, whichever contract year it falls
    // in (council TOMs guidance, e.g. Torbay "TOMs dos and don'ts"; DOMAIN.md §3): 2 new hires in each of
    // three years are 6 people, each counted once. Illustrative proxy £15,000 an FTE: 6 × 15,000 = 90,000,
    // not the 30,000 of year 1 alone.
    EvaluationScheme scheme = EvaluationScheme.builder()
        .addCriteria(Criterion.quality("quality", "Quality", dec("30")), Criterion.price(dec("60")),
            Criterion.socialValueOffer(dec("10"), ScoringMethod.RELATIVE_TO_BEST_VALUE))
        .addShortlist(ProcurementFixtures.NEET_HIRES).build();
    Tender tender = Tender.builder().id("T3").title("Three years").termYears(3).currency(GBP).scheme(scheme)
        .editionReference(ProcurementFixtures.EDITION).build();
    Bid yearly = Bid.builder().bidder("yearly").price(gbp("1000000"))
        .addCommitments(Commitment.of(ProcurementFixtures.NEET_HIRES, 1, dec("2")),
            Commitment.of(ProcurementFixtures.NEET_HIRES, 2, dec("2")),
            Commitment.of(ProcurementFixtures.NEET_HIRES, 3, dec("2")))
        .putAnswers("quality", dec("3")).build();
    Bid firstYear = Bid.builder().bidder("first-year").price(gbp("1000000"))
        .addCommitments(Commitment.of(ProcurementFixtures.NEET_HIRES, 1, dec("2")))
        .putAnswers("quality", dec("3")).build();

    TenderEvaluation result = EVALUATOR.evaluate(tender, List.of(yearly, firstYear));

    BidScore y = result.bid("yearly").orElseThrow();
    assertThat(y.offer().isEqualTo(gbp("90000"))).isTrue();
    assertThat(y.flags()).isEmpty();
    assertThat(result.bid("first-year").orElseThrow().offer().isEqualTo(gbp("30000"))).isTrue();
    assertThat(y.total()).isGreaterThan(result.bid("first-year").orElseThrow().total());
  }

  // ---------------------------------------------------------------- ranking

  @Test
  void equalTotalsBreakByPriceScoreThenOfferThenBidderId() {
    EvaluationScheme scheme = scheme70_20_10(ScoringMethod.RELATIVE_TO_BEST_VALUE);
    // zed and abe are identical: alphabetical order decides. Totals stay equal with different parts:
    // cheap scores 20 on price and 0 on SV; rich scores 10 on price (twice the price) and 10 on SV.
    Bid zed = bid("zed", "400000", "0");
    Bid abe = bid("abe", "400000", "0");
    Bid cheap = bid("cheap", "200000", "0");
    Bid rich = bid("rich", "400000", "2000");

    TenderEvaluation result = EVALUATOR.evaluate(tender(scheme), List.of(zed, rich, abe, cheap));

    assertThat(result.ranking()).extracting(BidScore::bidder).containsExactly("cheap", "rich", "abe", "zed");
    assertThat(result.ranking()).extracting(BidScore::rank).containsExactly(1, 2, 3, 4);
    assertThat(result.ties()).containsExactly(List.of("cheap", "rich"), List.of("abe", "zed"));
    assertThat(EVALUATOR.evaluate(tender(scheme), List.of(cheap, abe, zed, rich)).ranking())
        .extracting(BidScore::bidder).containsExactly("cheap", "rich", "abe", "zed");
  }
}
