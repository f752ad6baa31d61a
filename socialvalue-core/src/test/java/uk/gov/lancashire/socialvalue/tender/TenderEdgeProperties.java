package uk.gov.lancashire.socialvalue.tender;

import static uk.gov.lancashire.socialvalue.PublicEdge.call;
import static uk.gov.lancashire.socialvalue.ProcurementFixtures.GBP;
import static uk.gov.lancashire.socialvalue.ProcurementFixtures.LOCAL_JOBS;
import static uk.gov.lancashire.socialvalue.ProcurementFixtures.LOCAL_SPEND;
import static uk.gov.lancashire.socialvalue.ProcurementFixtures.TRAINING;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import uk.gov.lancashire.socialvalue.ProcurementFixtures;
import uk.gov.lancashire.socialvalue.EdgeValues;
import uk.gov.lancashire.socialvalue.basics.Amounts;
import uk.gov.lancashire.socialvalue.framework.CommitmentValuer;

/** Tender evaluation with edge values: only a result, a ValidationException or a named NPE. */
class TenderEdgeProperties extends EdgeValues {

  private static final TenderEvaluator EVALUATOR =
      TenderEvaluator.of(ProcurementFixtures.framework(), CommitmentValuer.pinned(ProcurementFixtures.edition()));




  private static Tender tender(Criterion socialValue) {
    EvaluationScheme scheme = EvaluationScheme.builder()
        .addCriteria(Criterion.quality("quality", "Quality", new BigDecimal("70")), Criterion.price(new BigDecimal("20")),
            socialValue)
        .addShortlist(LOCAL_JOBS, TRAINING, LOCAL_SPEND)
        .build();
    return Tender.builder().id("T1").title("Edge").termYears(2).currency(GBP).scheme(scheme)
        .editionReference(ProcurementFixtures.EDITION).build();
  }

  private static Bid bid(String bidder, BigDecimal price, BigDecimal quantity, BigDecimal mark, int year) {
    return Bid.builder().bidder(bidder).price(Amounts.of(price, GBP))
        .addCommitments(Commitment.of(LOCAL_SPEND, year, quantity), Commitment.of(LOCAL_JOBS, 1, quantity))
        .putAnswers("quality", mark).build();
  }

  private static void everyView(TenderEvaluation evaluation, int scale, RoundingMode mode) {
    evaluation.toString();
    evaluation.assessmentSummaries();
    evaluation.ties();
    evaluation.winner();
    for (BidScore b : evaluation.ranking()) {
      b.toString();
      b.pricePerQualityPoint();
      b.svPercent();
      b.valuePerPound();
      b.scores().forEach(s -> call(() -> s.displayed(scale, mode)));
    }
  }

  @Example
  void noBidsAndNoDecisions() {
    call(() -> everyView(EVALUATOR.evaluate(tender(Criterion.socialValueOffer(BigDecimal.TEN,
        ScoringMethod.RELATIVE_TO_BEST_VALUE)), List.of()), 2, RoundingMode.HALF_UP));
  }

  @Property(tries = 200)
  void evaluations(@ForAll("decimals") BigDecimal price, @ForAll("decimals") BigDecimal quantity,
      @ForAll("decimals") BigDecimal mark, @ForAll("ints") int year, @ForAll ScoringMethod method,
      @ForAll("ints") int scale, @ForAll("modes") RoundingMode mode) {
    call(() -> {
      Tender tender = tender(Criterion.socialValueOffer(BigDecimal.TEN, method));
      TenderEvaluation evaluation = EVALUATOR.evaluate(tender, List.of(bid("edge", price, quantity, mark, year),
          bid("plain", new BigDecimal("1000000"), new BigDecimal("5000"), new BigDecimal("3"), 1)));
      everyView(evaluation, scale, mode);
      ModerationDecision decision = ModerationDecision.builder().bidder("edge").measure(LOCAL_SPEND).year(year)
          .outcome(ModerationOutcome.ACCEPTED_AT_QUANTITY).moderatedQuantity(quantity).decidedBy("panel").reason("edge")
          .decidedOn(LocalDate.of(2024, 5, 1)).build();
      everyView(EVALUATOR.evaluate(tender, evaluation.ranking().stream().map(BidScore::bid).toList(),
          List.of(decision)), scale, mode);
    });
  }

  @Property(tries = 200)
  void criteriaAndRules(@ForAll("decimals") BigDecimal weight, @ForAll("decimals") BigDecimal minimum,
      @ForAll("decimals") BigDecimal fraction, @ForAll("ints") int count) {
    call(() -> Criterion.socialValueOffer(weight, ScoringMethod.ABSOLUTE_BANDS));
    call(() -> ScoreBand.of(minimum, fraction));
    call(() -> {
      Tender banded = tender(Criterion.builder().id("sv-offer").title("Social value offer").weight(BigDecimal.TEN)
          .kind(CriterionKind.SOCIAL_VALUE_QUANTITATIVE).method(ScoringMethod.ABSOLUTE_BANDS)
          .addBands(ScoreBand.of(BigDecimal.ZERO, BigDecimal.ZERO), ScoreBand.of(minimum, fraction)).build());
      everyView(EVALUATOR.evaluate(banded, List.of(bid("a", minimum, weight, BigDecimal.ONE, 1),
          bid("b", weight, minimum, BigDecimal.ONE, 2))), 2, RoundingMode.HALF_UP);
    });
    call(() -> Criterion.qualitative("q", "Q", weight, List.of(minimum, fraction), List.of(), List.of()));
    call(() -> AbnormallyLowPriceRule.percentBelowMedian(minimum));
    call(() -> CredibilityRules.builder().svPercentCeiling(minimum).minimumAnnualCostPerFte(fraction).build());
    call(() -> Commitment.of(LOCAL_SPEND, count, minimum));
    call(() -> Commitment.of("NT18", count, String.valueOf(minimum)));
    call(() -> Commitment.of(null, count, minimum));
  }
}
