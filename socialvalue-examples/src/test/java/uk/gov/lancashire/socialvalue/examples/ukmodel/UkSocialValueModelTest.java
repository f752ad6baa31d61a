package uk.gov.lancashire.socialvalue.examples.ukmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.gov.lancashire.socialvalue.basics.Amounts;
import uk.gov.lancashire.socialvalue.examples.LancashireFramework;
import uk.gov.lancashire.socialvalue.examples.scenario.HighwaysTender;
import uk.gov.lancashire.socialvalue.examples.scenario.Scenario;
import uk.gov.lancashire.socialvalue.examples.scenario.ScenarioResult;
import uk.gov.lancashire.socialvalue.framework.Framework;
import uk.gov.lancashire.socialvalue.framework.Measure;
import uk.gov.lancashire.socialvalue.framework.MeasureKind;
import uk.gov.lancashire.socialvalue.tender.Bid;
import uk.gov.lancashire.socialvalue.tender.BidScore;
import uk.gov.lancashire.socialvalue.tender.MinimumSocialValueWeighting;
import uk.gov.lancashire.socialvalue.tender.Tender;
import uk.gov.lancashire.socialvalue.tender.TenderEvaluation;
import uk.gov.lancashire.socialvalue.tender.TenderEvaluator;
import uk.gov.lancashire.socialvalue.tender.WeightingCheck;

class UkSocialValueModelTest {

  private static Framework uk;
  private static Framework lancashire;

  @BeforeAll
  static void load() {
    uk = UkSocialValueModel.create();
    lancashire = LancashireFramework.create();
  }

  @Test
  void missionsOutcomesAwardCriteriaAndMetricsAreHeld() {
    assertThat(uk.scheme(UkSocialValueModel.MISSIONS).orElseThrow().priorities()).hasSize(5);
    assertThat(uk.outcomes()).hasSize(8);
    assertThat(uk.outcome("outcome-5").orElseThrow().title()).contains("NOT CONFIRMED");
    assertThat(uk.measures().stream().filter(m -> m.kind() == MeasureKind.QUALITATIVE).map(m -> m.code().toString()))
        .contains("MAC1a", "MAC1b", "MAC1c", "MAC1d", "MAC1e");
    // reporting metrics: only the two the research names, record-only, labelled unconfirmed
    List<Measure> metrics = uk.measures().stream().filter(m -> m.kind() == MeasureKind.RECORD_ONLY)
        .collect(Collectors.toList());
    assertThat(metrics).hasSize(2).allSatisfy(m -> assertThat(m.title()).contains("NOT CONFIRMED"));
    assertThat(uk.measures()).noneMatch(Measure::isMonetised);
    assertThat(uk.proxyEditions()).isEmpty();
  }

  @Test
  void provenanceAndLicenceSayWhatWasNotConfirmed() {
    assertThat(uk.licenceNote()).contains("Open Government Licence v3.0").contains("UNCONFIRMED");
    assertThat(uk.provenance()).contains("NOT confirmed");
  }

  @Test
  void everyUkOutcomeMapsToALancashireOutcomeThatExists() {
    List<OutcomeEquivalence> links = UkToLancashire.outcomes();

    assertThat(lancashire.id()).isEqualTo(UkToLancashire.LANCASHIRE);
    assertThat(links).allSatisfy(l -> {
      assertThat(uk.outcome(l.fromOutcome())).isPresent();
      assertThat(lancashire.outcome(l.toOutcome())).isPresent();
    });
    assertThat(links.stream().map(OutcomeEquivalence::fromOutcome).distinct().count()).isEqualTo(uk.outcomes().size());
  }

  @Test
  void oneBidScoredUnderBothFrameworks() {
    // Under Lancashire's scheme ribble-roads' social value scores 1.68 (monetised offer, relative to the
    // moderated best) + 4.00 (delivery plan mark 4 of 5) = 5.68 of 10. Under the PPN 002 scheme its method
    // statement, marked 70 on the 0/20/40/70/100 scale (illustrative), scores 10 × 70 ÷ 100 = 7 of 10;
    // quality and price score alike under both (30 × 4 ÷ 5 = 24; 60 × 4.6m ÷ 4.85m = 56.91).
    ScenarioResult scenario = Scenario.run();
    BidScore lancashireScore = scenario.evaluation.bid("ribble-roads").orElseThrow();
    Bid ribble = lancashireScore.bid();
    Tender tender = Ppn002Tender.tender(HighwaysTender.ID, scenario.evaluation.tender().title(), 3);
    List<Bid> bids = scenario.evaluation.ranking().stream()
        .map(b -> Ppn002Tender.asPpn002Bid(b.bid(), b.bid().answers().get("quality"),
            b.bidder().equals("ribble-roads") ? BigDecimal.valueOf(70) : BigDecimal.valueOf(40)))
        .collect(Collectors.toList());

    TenderEvaluation underUk = TenderEvaluator.of(uk, Ppn002Tender.notMonetised()).evaluate(tender, bids);
    BidScore ukScore = underUk.bid("ribble-roads").orElseThrow();

    BigDecimal lancashireSv = lancashireScore.score("sv-offer").orElseThrow().score()
        .add(lancashireScore.score("sv-plan").orElseThrow().score());
    assertThat(lancashireSv.setScale(2, java.math.RoundingMode.HALF_UP)).isEqualByComparingTo("5.68");
    assertThat(ukScore.score(Ppn002Tender.SOCIAL_VALUE).orElseThrow().score()).isEqualByComparingTo("7");
    assertThat(ukScore.score("quality").orElseThrow().score())
        .isEqualByComparingTo(lancashireScore.score("quality").orElseThrow().score());
    assertThat(ukScore.score("price").orElseThrow().score())
        .isEqualByComparingTo(lancashireScore.score("price").orElseThrow().score());
    assertThat(Amounts.decimal(ukScore.offer())).isZero();
    assertThat(underUk.isFinal()).isTrue();
    assertThat(ribble.bidder()).isEqualTo("ribble-roads");
  }

  @Test
  void thePpn002SchemeMeetsTheMinimumWeightingInForceAtCommencement() {
    Tender tender = Ppn002Tender.tender("T", "T", 3);
    MinimumSocialValueWeighting policy = MinimumSocialValueWeighting
        .inForceOn(UkSocialValueModel.weightingPolicies(), LocalDate.of(2025, 11, 3)).orElseThrow();
    WeightingCheck check = policy.check(tender.scheme());

    assertThat(check.met()).isTrue();
    assertThat(check.required()).isEqualByComparingTo("10");
    assertThat(MinimumSocialValueWeighting.inForceOn(UkSocialValueModel.weightingPolicies(), LocalDate.of(2025, 9, 30)))
        .isEmpty();
  }
}
