package uk.gov.lancashire.socialvalue.tender;

import uk.gov.lancashire.socialvalue.basics.Amounts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.gov.lancashire.socialvalue.ProcurementFixtures.GBP;
import static uk.gov.lancashire.socialvalue.ProcurementFixtures.LOCAL_JOBS;
import static uk.gov.lancashire.socialvalue.ProcurementFixtures.LOCAL_SPEND;
import static uk.gov.lancashire.socialvalue.ProcurementFixtures.LTU_HIRES;
import static uk.gov.lancashire.socialvalue.ProcurementFixtures.NEET_HIRES;
import static uk.gov.lancashire.socialvalue.ProcurementFixtures.dec;
import static uk.gov.lancashire.socialvalue.ProcurementFixtures.gbp;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.lancashire.socialvalue.ProcurementFixtures;
import uk.gov.lancashire.socialvalue.framework.CommitmentValuer;
import uk.gov.lancashire.socialvalue.basics.ValidationException;

/**
 * Moderation before scores are final: a flagged commitment is accepted, accepted at a lower quantity or
 * rejected, with who, when and why; scores come from accepted quantities; an unmoderated outlier never
 * sets the benchmark.
 *
 * <p>The worked example: quality 70 / price 20 / social value 10 scored relative to the best offer; three
 * bids at £1,000,000 with quality mark 4 (56 points) and illustrative proxies (local jobs £30,000 an
 * FTE-year, local spend £0.50 per £1). "outlier" commits 20 FTE-years of local jobs (£600,000, 60% of its
 * price, above the 25% ceiling); "steady" £100,000 of value; "modest" £80,000.
 */
class ModerationTest {

  private static final TenderEvaluator EVALUATOR =
      TenderEvaluator.of(ProcurementFixtures.framework(), CommitmentValuer.pinned(ProcurementFixtures.edition()));
  private static final LocalDate PANEL_DAY = LocalDate.of(2025, 6, 3);

  private static Tender tender(UnresolvedFlagPolicy policy) {
    EvaluationScheme scheme = EvaluationScheme.builder()
        .addCriteria(Criterion.quality("quality", "Quality", dec("70")), Criterion.price(dec("20")),
            Criterion.socialValueOffer(dec("10"), ScoringMethod.RELATIVE_TO_BEST_VALUE))
        .addShortlist(LOCAL_JOBS, LOCAL_SPEND, LTU_HIRES)
        .credibility(CredibilityRules.builder().svPercentCeiling(dec("25")).build())
        .unresolvedFlags(policy)
        .build();
    return Tender.builder().id("T-MOD").title("Moderation example").termYears(2).currency(GBP).scheme(scheme)
        .editionReference(ProcurementFixtures.EDITION).build();
  }

  private static List<Bid> bids() {
    return List.of(
        Bid.builder().bidder("outlier").price(gbp("1000000"))
            .addCommitments(Commitment.of(LOCAL_JOBS, 1, dec("20"))).putAnswers("quality", dec("4")).build(),
        Bid.builder().bidder("steady").price(gbp("1000000"))
            .addCommitments(Commitment.of(LOCAL_SPEND, 1, dec("200000"))).putAnswers("quality", dec("4")).build(),
        Bid.builder().bidder("modest").price(gbp("1000000"))
            .addCommitments(Commitment.of(LOCAL_SPEND, 1, dec("160000"))).putAnswers("quality", dec("4")).build());
  }

  private static ModerationDecision acceptAt(String quantity) {
    return ModerationDecision.builder().bidder("outlier").measure(LOCAL_JOBS).year(1)
        .outcome(ModerationOutcome.ACCEPTED_AT_QUANTITY).moderatedQuantity(dec(quantity))
        .decidedBy("evaluation panel").decidedOn(PANEL_DAY)
        .reason("the method statement evidences 5 local hires; the other 15 FTE-years are existing staff").build();
  }

  private static java.math.BigDecimal sv(TenderEvaluation result, String bidder) {
    return result.bid(bidder).orElseThrow().score("sv-offer").orElseThrow().score();
  }

  // ---------------------------------------------------------------- before and after

  @Test
  void beforeModerationTheOutlierIsHeldAndSetsNoBenchmark() {
    TenderEvaluation before = EVALUATOR.evaluate(tender(UnresolvedFlagPolicy.HOLD), bids());

    assertThat(before.isFinal()).isFalse();
    assertThat(before.isRankingPublished()).isFalse();
    assertThat(before.winner()).isEmpty();
    assertThat(before.assessmentSummaries()).isEmpty();
    BidScore outlier = before.bid("outlier").orElseThrow();
    assertThat(outlier.openFlags()).extracting(CredibilityFlag::kind).containsExactly(FlagKind.SV_PERCENT_ABOVE_CEILING);
    assertThat(outlier.openFlags().get(0).commitments()).containsExactly(0);
    assertThat(outlier.setsBenchmark()).isFalse();
    // The benchmark is steady's £100,000, not the outlier's £600,000: 10 × 80,000 ÷ 100,000 = 8 for modest.
    // Unmoderated in the benchmark, steady would score 10 × 100,000 ÷ 600,000 = 1.67 and modest 1.33.
    assertThat(sv(before, "steady")).isEqualByComparingTo("10");
    assertThat(sv(before, "modest")).isEqualByComparingTo("8");
    // The outlier's own provisional score is capped at the weight.
    assertThat(sv(before, "outlier")).isEqualByComparingTo("10");
    assertThat(outlier.score("sv-offer").orElseThrow().explanation().title()).contains("provisional");
  }

  @Test
  void afterModerationTheRankingIsFinalAndScoresComeFromTheAcceptedQuantity() {
    TenderEvaluation after = EVALUATOR.evaluate(tender(UnresolvedFlagPolicy.HOLD), bids(), List.of(acceptAt("5")));

    assertThat(after.isFinal()).isTrue();
    BidScore outlier = after.bid("outlier").orElseThrow();
    // 5 FTE-years × £30,000 = £150,000 accepted (15% of the price) out of £600,000 offered.
    assertThat(Amounts.decimal(outlier.offeredValue())).isEqualByComparingTo("600000");
    assertThat(Amounts.decimal(outlier.offer())).isEqualByComparingTo("150000");
    assertThat(outlier.flags()).extracting(CredibilityFlag::kind).containsExactly(FlagKind.SV_PERCENT_ABOVE_CEILING);
    assertThat(outlier.openFlags()).isEmpty();
    assertThat(outlier.decisions()).containsExactly(acceptAt("5"));
    assertThat(outlier.setsBenchmark()).isTrue();
    // Benchmark £150,000: steady 10 × 100,000 ÷ 150,000 = 6.67, modest 10 × 80,000 ÷ 150,000 = 5.33.
    assertThat(sv(after, "outlier")).isEqualByComparingTo("10");
    assertThat(after.bid("steady").orElseThrow().score("sv-offer").orElseThrow().displayed()).isEqualByComparingTo("6.67");
    assertThat(after.bid("modest").orElseThrow().score("sv-offer").orElseThrow().displayed()).isEqualByComparingTo("5.33");
    assertThat(after.winner().orElseThrow().bidder()).isEqualTo("outlier");
    assertThat(after.winner().orElseThrow().total()).isEqualByComparingTo("86"); // 56 + 20 + 10
  }

  @Test
  void aRejectedCommitmentScoresNothing() {
    ModerationDecision reject = ModerationDecision.builder().bidder("outlier").measure(LOCAL_JOBS).year(1)
        .outcome(ModerationOutcome.REJECTED).decidedBy("evaluation panel").decidedOn(PANEL_DAY)
        .reason("no answer to the clarification question by the deadline").build();

    TenderEvaluation result = EVALUATOR.evaluate(tender(UnresolvedFlagPolicy.HOLD), bids(), List.of(reject));

    assertThat(result.isFinal()).isTrue();
    assertThat(Amounts.decimal(result.bid("outlier").orElseThrow().offer())).isZero();
    assertThat(sv(result, "outlier")).isZero();
    assertThat(result.winner().orElseThrow().bidder()).isEqualTo("steady");
  }

  // ---------------------------------------------------------------- the three policies

  @Test
  void excludePolicyPublishesAProvisionalRankingWithoutTheFlaggedCommitments() {
    TenderEvaluation result = EVALUATOR.evaluate(tender(UnresolvedFlagPolicy.EXCLUDE_FLAGGED), bids());

    assertThat(result.isFinal()).isFalse();
    assertThat(result.isRankingPublished()).isTrue();
    assertThat(Amounts.decimal(result.bid("outlier").orElseThrow().offer())).isZero();
    assertThat(sv(result, "steady")).isEqualByComparingTo("10");
    assertThat(result.winner().orElseThrow().bidder()).isEqualTo("steady");
  }

  @Test
  void capPolicyCutsTheOfferToTheCeilingAndLetsItJoinTheBenchmark() {
    TenderEvaluation result = EVALUATOR.evaluate(tender(UnresolvedFlagPolicy.CAP_AT_CEILING), bids());

    // 25% × £1,000,000 = £250,000; steady then scores 10 × 100,000 ÷ 250,000 = 4.
    assertThat(Amounts.decimal(result.bid("outlier").orElseThrow().offer())).isEqualByComparingTo("250000");
    assertThat(result.bid("outlier").orElseThrow().setsBenchmark()).isTrue();
    assertThat(sv(result, "steady")).isEqualByComparingTo("4");
    assertThat(result.isFinal()).isFalse();
  }

  // ---------------------------------------------------------------- sound employment check

  @Test
  void implausibleEmploymentCountsScoredCommitmentsOnlyAndNoPersonTwice() {
    // Two years at £240,000: £120,000 a year pays for 6 FTE at £20,000. Year 1 commits 5 local FTE-years,
    // 3 long-term unemployed hires (who may be among the 5 local people) and 4 NEET hires off the shortlist
    // (not scored). The fewest people who deliver the scored commitments is max(5, 3) = 5: plausible.
    // Summing every FTE line (5 + 3 + 4 = 12) would have flagged it.
    EvaluationScheme scheme = EvaluationScheme.builder()
        .addCriteria(Criterion.quality("quality", "Quality", dec("70")), Criterion.price(dec("20")),
            Criterion.socialValueOffer(dec("10"), ScoringMethod.RELATIVE_TO_BEST_VALUE))
        .addShortlist(LOCAL_JOBS, LTU_HIRES)
        .credibility(CredibilityRules.builder().svPercentCeiling(dec("500")).minimumAnnualCostPerFte(dec("20000")).build())
        .build();
    Tender tender = Tender.builder().id("T-FTE").title("Employment check").termYears(2).currency(GBP).scheme(scheme)
        .editionReference(ProcurementFixtures.EDITION).build();
    Bid plausible = Bid.builder().bidder("plausible").price(gbp("240000"))
        .addCommitments(Commitment.of(LOCAL_JOBS, 1, dec("5")), Commitment.of(LTU_HIRES, 1, dec("3")),
            Commitment.of(NEET_HIRES, 1, dec("4"))).build();
    Bid crowded = Bid.builder().bidder("crowded").price(gbp("240000"))
        .addCommitments(Commitment.of(LOCAL_JOBS, 1, dec("7")), Commitment.of(LTU_HIRES, 1, dec("3"))).build();

    TenderEvaluation result = EVALUATOR.evaluate(tender, List.of(plausible, crowded));

    assertThat(result.bid("plausible").orElseThrow().flags()).extracting(CredibilityFlag::kind)
        .containsExactly(FlagKind.OUTSIDE_SHORTLIST);
    CredibilityFlag flag = result.bid("crowded").orElseThrow().flags().get(0);
    assertThat(flag.kind()).isEqualTo(FlagKind.IMPLAUSIBLE_EMPLOYMENT);
    assertThat(flag.message()).startsWith("7 FTE committed in year 1");
    assertThat(flag.commitments()).containsExactly(0, 1);
  }

  // ---------------------------------------------------------------- decisions are checked

  @Test
  void decisionsThatNameNoCommitmentOrMoreThanOfferedAreAllReported() {
    ModerationDecision unknown = ModerationDecision.builder().bidder("outlier").measure(LOCAL_SPEND).year(1)
        .outcome(ModerationOutcome.ACCEPTED_AS_OFFERED).decidedBy("panel").decidedOn(PANEL_DAY).reason("ok").build();
    ModerationDecision noBid = ModerationDecision.builder().bidder("nobody").measure(LOCAL_SPEND).year(1)
        .outcome(ModerationOutcome.ACCEPTED_AS_OFFERED).decidedBy("panel").decidedOn(PANEL_DAY).reason("ok").build();

    assertThatThrownBy(() -> EVALUATOR.evaluate(tender(UnresolvedFlagPolicy.HOLD), bids(),
        List.of(acceptAt("21"), unknown, noBid, acceptAt("4"))))
        .isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(((ValidationException) e).problems()).extracting(Object::toString).containsExactly(
            "decisions[0].moderatedQuantity: must lie between 0 and the 20 offered, was 21",
            "decisions[1]: bid 'outlier' has no commitment to NT18 in year 1",
            "decisions[2].bidder: no bid from 'nobody'",
            "decisions[3]: commitment to NT1 in year 1 of 'outlier' is decided twice"));
  }

  @Test
  void aDecisionRecordsWhoAndWhy() {
    assertThatThrownBy(() -> ModerationDecision.builder().bidder("a").measure(LOCAL_JOBS).year(1)
        .outcome(ModerationOutcome.ACCEPTED_AT_QUANTITY).decidedBy(" ").decidedOn(PANEL_DAY).reason("").build())
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("decidedBy: must not be blank")
        .hasMessageContaining("reason: must not be blank")
        .hasMessageContaining("moderatedQuantity: an ACCEPTED_AT_QUANTITY decision states the quantity accepted");
  }
}
