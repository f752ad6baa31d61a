package uk.gov.lancashire.socialvalue.tender;

import uk.gov.lancashire.socialvalue.basics.Amounts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.gov.lancashire.socialvalue.ProcurementFixtures.GBP;
import static uk.gov.lancashire.socialvalue.ProcurementFixtures.dec;
import static uk.gov.lancashire.socialvalue.ProcurementFixtures.gbp;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.lancashire.socialvalue.ProcurementFixtures;
import uk.gov.lancashire.socialvalue.framework.CommitmentValuer;
import uk.gov.lancashire.socialvalue.basics.ValidationException;

/**
 * A PPN 002 style scheme: social value assessed qualitatively only, marked on a declared scale against
 * selected policy outcomes and model award criteria, with no measure shortlist; and the minimum social
 * value weighting as policy data chosen by date.
 */
class QualitativeSchemeTest {

  private static final TenderEvaluator EVALUATOR =
      TenderEvaluator.of(ProcurementFixtures.framework(), CommitmentValuer.pinned(ProcurementFixtures.edition()));
  private static final List<BigDecimal> SCALE = List.of(dec("0"), dec("20"), dec("40"), dec("70"), dec("100"));

  private static EvaluationScheme scheme(String svWeight) {
    BigDecimal sv = dec(svWeight);
    return EvaluationScheme.builder()
        .addCriteria(Criterion.quality("quality", "Quality", dec("30")),
            Criterion.price(dec("70").subtract(sv)),
            Criterion.qualitative("social-value", "Social value: fair work", sv, SCALE,
                List.of("ppn002-outcome-1"), List.of("MAC-1a", "MAC-1c")))
        .build();
  }

  private static Tender tender(EvaluationScheme scheme) {
    return Tender.builder().id("T-Q").title("Qualitative only").termYears(2).currency(GBP).scheme(scheme)
        .editionReference(ProcurementFixtures.EDITION).build();
  }

  @Test
  void aQualitativeOnlySchemeNeedsNoShortlistAndMarksOnItsScale() {
    EvaluationScheme scheme = scheme("10");
    Bid good = Bid.builder().bidder("good").price(gbp("500000")).putAnswers("quality", dec("4"))
        .putAnswers("social-value", dec("70")).build();
    Bid weak = Bid.builder().bidder("weak").price(gbp("500000")).putAnswers("quality", dec("4"))
        .putAnswers("social-value", dec("20")).build();

    TenderEvaluation result = EVALUATOR.evaluate(tender(scheme), List.of(weak, good));

    assertThat(scheme.shortlist()).isEmpty();
    Criterion criterion = scheme.criterion("social-value").orElseThrow();
    assertThat(criterion.outcomes()).containsExactly("ppn002-outcome-1");
    assertThat(criterion.awardCriteria()).containsExactly("MAC-1a", "MAC-1c");
    assertThat(result.bid("good").orElseThrow().score("social-value").orElseThrow().score()).isEqualByComparingTo("7");
    assertThat(result.bid("weak").orElseThrow().score("social-value").orElseThrow().score()).isEqualByComparingTo("2");
    assertThat(result.winner().orElseThrow().bidder()).isEqualTo("good");
    assertThat(Amounts.decimal(result.bid("good").orElseThrow().offer())).isZero();
  }

  @Test
  void aMarkOffTheDeclaredScaleIsReported() {
    Bid odd = Bid.builder().bidder("odd").price(gbp("500000")).putAnswers("social-value", dec("50")).build();

    assertThatThrownBy(() -> EVALUATOR.evaluate(tender(scheme("10")), List.of(odd)))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("bids[0].answers[social-value]: mark must be one of 0, 20, 40, 70, 100, was 50");
  }

  @Test
  void aQuantitativeCriterionStillNeedsAShortlist() {
    assertThatThrownBy(() -> EvaluationScheme.builder()
        .addCriteria(Criterion.quality("q", "Quality", dec("70")), Criterion.price(dec("20")),
            Criterion.socialValueOffer(dec("10"), ScoringMethod.RELATIVE_TO_BEST_VALUE)).build())
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("shortlist: must name at least one measure");
  }

  // ---------------------------------------------------------------- minimum weighting as dated policy data

  /** Illustrative policy records for the test: the dates and 10% are PPN 06/20's and PPN 002's. */
  private static final MinimumSocialValueWeighting PPN_06_20 = MinimumSocialValueWeighting.builder()
      .id("ppn-06-20").title("PPN 06/20").source("PPN 06/20 (Cabinet Office, September 2020)")
      .effectiveFrom(LocalDate.of(2021, 1, 1)).minimumPercent(dec("10")).build();
  private static final MinimumSocialValueWeighting PPN_002 = MinimumSocialValueWeighting.builder()
      .id("ppn-002").title("PPN 002").source("PPN 002 (Cabinet Office, February 2025)")
      .effectiveFrom(LocalDate.of(2025, 10, 1)).minimumPercent(dec("10")).build();
  private static final MinimumSocialValueWeighting LATER = MinimumSocialValueWeighting.builder()
      .id("later-note").title("A later note (hypothetical)").source("hypothetical, for the test")
      .effectiveFrom(LocalDate.of(2027, 1, 1)).minimumPercent(dec("20")).build();

  @Test
  void theMinimumInForceIsChosenByCommencementDateAndALaterNoteReplacesIt() {
    List<MinimumSocialValueWeighting> policies = List.of(LATER, PPN_002, PPN_06_20);

    assertThat(MinimumSocialValueWeighting.inForceOn(policies, LocalDate.of(2025, 9, 30))).contains(PPN_06_20);
    assertThat(MinimumSocialValueWeighting.inForceOn(policies, LocalDate.of(2025, 10, 1))).contains(PPN_002);
    assertThat(MinimumSocialValueWeighting.inForceOn(policies, LocalDate.of(2027, 1, 1))).contains(LATER);
    assertThat(MinimumSocialValueWeighting.inForceOn(policies, LocalDate.of(2020, 1, 1))).isEmpty();
  }

  @Test
  void theWeightingCheckSaysWhatWasRequiredOnWhichBasis() {
    WeightingCheck met = PPN_002.check(scheme("10"));
    WeightingCheck short5 = PPN_002.check(scheme("5"));
    WeightingCheck later = LATER.check(scheme("10"));

    assertThat(met.met()).isTrue();
    assertThat(met.required()).isEqualByComparingTo("10");
    assertThat(met.basis()).startsWith("total score");
    assertThat(short5.met()).isFalse();
    assertThat(short5.actual()).isEqualByComparingTo("5");
    assertThat(later.met()).isFalse();
    assertThat(later.required()).isEqualByComparingTo("20");
  }
}
