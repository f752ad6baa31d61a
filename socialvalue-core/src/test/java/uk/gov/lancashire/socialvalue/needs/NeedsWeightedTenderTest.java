package uk.gov.lancashire.socialvalue.needs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.gov.lancashire.socialvalue.ProcurementFixtures.GBP;
import static uk.gov.lancashire.socialvalue.ProcurementFixtures.LOCAL_JOBS;
import static uk.gov.lancashire.socialvalue.ProcurementFixtures.LOCAL_SPEND;
import static uk.gov.lancashire.socialvalue.ProcurementFixtures.dec;
import static uk.gov.lancashire.socialvalue.ProcurementFixtures.gbp;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.gov.lancashire.socialvalue.ProcurementFixtures;
import uk.gov.lancashire.socialvalue.basics.ValidationException;
import uk.gov.lancashire.socialvalue.framework.CommitmentValuer;
import uk.gov.lancashire.socialvalue.tender.Bid;
import uk.gov.lancashire.socialvalue.tender.Commitment;
import uk.gov.lancashire.socialvalue.tender.Criterion;
import uk.gov.lancashire.socialvalue.tender.EvaluationScheme;
import uk.gov.lancashire.socialvalue.tender.ScoringMethod;
import uk.gov.lancashire.socialvalue.tender.Tender;
import uk.gov.lancashire.socialvalue.tender.TenderEvaluation;
import uk.gov.lancashire.socialvalue.tender.TenderEvaluator;

/**
 * Needs in the tender: a needs-weighted social value criterion scores each measure's value by the share
 * of the area's need it addresses. Worked by hand with illustrative weights NT1 (local jobs) 0.75 and
 * NT18 (local spend) 0.25.
 */
class NeedsWeightedTenderTest {

  private static final TenderEvaluator PLAIN =
      TenderEvaluator.of(ProcurementFixtures.framework(), CommitmentValuer.pinned(ProcurementFixtures.edition()));

  private static Tender tender(ScoringMethod method) {
    EvaluationScheme scheme = EvaluationScheme.builder()
        .addCriteria(Criterion.quality("quality", "Quality", dec("70")), Criterion.price(dec("20")),
            Criterion.socialValueOffer(dec("10"), method))
        .addShortlist(LOCAL_JOBS, LOCAL_SPEND).build();
    return Tender.builder().id("T-N").title("Needs").termYears(2).currency(GBP).scheme(scheme)
        .editionReference(ProcurementFixtures.EDITION).build();
  }

  // A: 2 FTE-years of local jobs (£60,000) and £40,000 local spend (£20,000): £80,000, weighted
  //    0.75 × 60,000 + 0.25 × 20,000 = 50,000. B: £200,000 local spend (£100,000), weighted 25,000.
  private static final List<Bid> BIDS = List.of(
      Bid.builder().bidder("a").price(gbp("1000000")).addCommitments(Commitment.of(LOCAL_JOBS, 1, dec("2")),
          Commitment.of(LOCAL_SPEND, 1, dec("40000"))).putAnswers("quality", dec("4")).build(),
      Bid.builder().bidder("b").price(gbp("1000000")).addCommitments(Commitment.of(LOCAL_SPEND, 1, dec("200000")))
          .putAnswers("quality", dec("4")).build());

  @Test
  void theNeedsWeightedCriterionRewardsWhatTheAreaNeeds() {
    NeedsWeightedScoring scoring = NeedsWeightedScoring.of(NeedsWeights.of("preston",
        Map.of(LOCAL_JOBS, dec("0.3"), LOCAL_SPEND, dec("0.1")), List.of()));

    TenderEvaluation plain = PLAIN.evaluate(tender(ScoringMethod.RELATIVE_TO_BEST_VALUE), BIDS);
    TenderEvaluation weighted = PLAIN.withNeedsWeighting(scoring)
        .evaluate(tender(ScoringMethod.RELATIVE_TO_BEST_NEEDS_WEIGHTED_VALUE), BIDS);

    // unweighted: B's £100,000 is best; A scores 10 × 80,000 ÷ 100,000 = 8
    assertThat(plain.bid("a").orElseThrow().score("sv-offer").orElseThrow().score()).isEqualByComparingTo("8");
    // weighted by need: A's 50,000 is best; B scores 10 × 25,000 ÷ 50,000 = 5
    assertThat(weighted.bid("a").orElseThrow().needsWeightedOffer().orElseThrow()).isEqualByComparingTo("50000");
    assertThat(weighted.bid("b").orElseThrow().score("sv-offer").orElseThrow().score()).isEqualByComparingTo("5");
    assertThat(weighted.bid("a").orElseThrow().score("sv-offer").orElseThrow().score()).isEqualByComparingTo("10");
    assertThat(weighted.winner().orElseThrow().bidder()).isEqualTo("a");
  }

  @Test
  void aNeedsWeightedSchemeNeedsTheAreasWeighting() {
    assertThatThrownBy(() -> PLAIN.evaluate(tender(ScoringMethod.RELATIVE_TO_BEST_NEEDS_WEIGHTED_VALUE), BIDS))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("scheme.criteria[2].method: a needs-weighted criterion needs an evaluator given the area's"
            + " needs weighting");
  }
}
