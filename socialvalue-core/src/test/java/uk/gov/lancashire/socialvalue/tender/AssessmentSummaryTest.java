package uk.gov.lancashire.socialvalue.tender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.gov.lancashire.socialvalue.ProcurementFixtures.GBP;
import static uk.gov.lancashire.socialvalue.ProcurementFixtures.LOCAL_JOBS;
import static uk.gov.lancashire.socialvalue.ProcurementFixtures.LOCAL_SPEND;
import static uk.gov.lancashire.socialvalue.ProcurementFixtures.dec;
import static uk.gov.lancashire.socialvalue.ProcurementFixtures.gbp;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.lancashire.socialvalue.ProcurementFixtures;
import uk.gov.lancashire.socialvalue.RecordNulls;
import uk.gov.lancashire.socialvalue.framework.CommitmentValuer;

/**
 * The assessment summary (Procurement Act 2023 s.50; Procurement Regulations 2024 reg. 31): each
 * criterion's score beside the winner's with the reasons, the total, the flags and the moderation
 * decisions. Same worked example as {@link ModerationTest}, after moderation.
 */
class AssessmentSummaryTest {

  private static final TenderEvaluator EVALUATOR =
      TenderEvaluator.of(ProcurementFixtures.framework(), CommitmentValuer.pinned(ProcurementFixtures.edition()));
  private static final ModerationDecision DECISION = ModerationDecision.builder().bidder("outlier")
      .measure(LOCAL_JOBS).year(1).outcome(ModerationOutcome.ACCEPTED_AT_QUANTITY).moderatedQuantity(dec("5"))
      .decidedBy("evaluation panel").decidedOn(LocalDate.of(2025, 6, 3)).reason("5 new local hires evidenced").build();

  private static TenderEvaluation evaluation() {
    EvaluationScheme scheme = EvaluationScheme.builder()
        .addCriteria(Criterion.quality("quality", "Quality", dec("70")), Criterion.price(dec("20")),
            Criterion.socialValueOffer(dec("10"), ScoringMethod.RELATIVE_TO_BEST_VALUE))
        .addShortlist(LOCAL_JOBS, LOCAL_SPEND)
        .credibility(CredibilityRules.builder().svPercentCeiling(dec("25")).build())
        .build();
    Tender tender = Tender.builder().id("T-SUM").title("Summary example").termYears(2).currency(GBP).scheme(scheme)
        .editionReference(ProcurementFixtures.EDITION).build();
    List<Bid> bids = List.of(
        Bid.builder().bidder("outlier").price(gbp("1000000"))
            .addCommitments(Commitment.of(LOCAL_JOBS, 1, dec("20"))).putAnswers("quality", dec("4")).build(),
        Bid.builder().bidder("steady").price(gbp("800000"))
            .addCommitments(Commitment.of(LOCAL_SPEND, 1, dec("200000"))).putAnswers("quality", dec("3")).build());
    return EVALUATOR.evaluate(tender, bids, List.of(DECISION));
  }

  @Test
  void theUnsuccessfulBidderSeesEachScoreBesideTheWinnersWithTheReasons() {
    // outlier: 56 + 20 × 800,000 ÷ 1,000,000 = 16 + 10 = 82; steady: 42 + 20 + 10 × 100,000 ÷ 150,000 = 68.67
    TenderEvaluation evaluation = evaluation();
    List<AssessmentSummary> summaries = evaluation.assessmentSummaries();

    assertThat(summaries).extracting(AssessmentSummary::bidder).containsExactly("outlier", "steady");
    AssessmentSummary steady = summaries.get(1);
    assertThat(steady.successful()).isFalse();
    assertThat(steady.isFinal()).isTrue();
    assertThat(steady.rank()).isEqualTo(2);
    assertThat(steady.winnerBidder()).isEqualTo("outlier");
    assertThat(steady.total().setScale(2, java.math.RoundingMode.HALF_UP)).isEqualByComparingTo("68.67");
    assertThat(steady.winnerTotal()).isEqualByComparingTo("82");
    assertThat(steady.criteria()).extracting(c -> c.criterion().id()).containsExactly("quality", "price", "sv-offer");
    CriterionComparison sv = steady.criteria().get(2);
    assertThat(sv.winnerScore()).isEqualByComparingTo("10");
    assertThat(sv.reason().title()).startsWith("10 × offer 100000 ÷ best offer 150000");
    assertThat(sv.winnerReason().title()).startsWith("10 × offer 150000 ÷ best offer 150000");
    CriterionComparison price = steady.criteria().get(1);
    assertThat(price.score()).isEqualByComparingTo("20");
    assertThat(price.winnerScore()).isEqualByComparingTo("16");
    assertThat(price.difference()).isEqualByComparingTo("-4");
    assertThat(steady.flags()).isEmpty();
    assertThat(steady.decisions()).isEmpty();
  }

  @Test
  void theWinnersSummaryCarriesItsFlagAndTheDecision() {
    AssessmentSummary outlier = evaluation().assessmentSummaries().get(0);

    assertThat(outlier.successful()).isTrue();
    assertThat(outlier.flags()).extracting(CredibilityFlag::kind).containsExactly(FlagKind.SV_PERCENT_ABOVE_CEILING);
    assertThat(outlier.decisions()).containsExactly(DECISION);
  }

  @Test
  void theTextReadsAsASummaryABidderCanFollow() {
    String text = evaluation().assessmentSummaries().get(1).text();

    assertThat(text).contains("Assessment summary: T-SUM Summary example")
        .contains("Bidder: steady")
        .contains("Result: unsuccessful, ranked 2 of 2")
        .contains("your score: 10 × offer 100000 ÷ best offer 150000")
        .contains("winning score: 10 × offer 150000 ÷ best offer 150000")
        .contains("Credibility flags: none")
        .doesNotContain("PROVISIONAL");
    assertThat(text.lines().filter(l -> l.startsWith("Total")).findFirst().orElseThrow())
        .matches("Total\\s+100\\s+68\\.67\\s+82\\.00");
    assertThat(evaluation().assessmentSummaries().get(0).text())
        .contains("  - SV_PERCENT_ABOVE_CEILING: social value is 60% of the price, above the ceiling of 25%")
        .contains("  - NT1 year 1: accepted at 5 by evaluation panel on 2025-06-03 (5 new local hires evidenced)");
  }

  @Test
  void everyNullInTheEvaluationsListsIsNamed() {
    TenderEvaluation evaluation = evaluation();
    RecordNulls.collectionsNamed(evaluation);
    RecordNulls.collectionsNamed(evaluation.ranking().get(0));
    RecordNulls.collectionsNamed(evaluation.assessmentSummaries().get(0));
    assertThatThrownBy(() -> new TenderEvaluation(evaluation.tender(), evaluation.valuationBasis(),
        evaluation.ranking(), List.of(java.util.Arrays.asList("steady", null))))
        .isInstanceOf(NullPointerException.class).hasMessage("ties[0][1]");
  }
}
