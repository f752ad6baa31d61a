package uk.gov.lancashire.socialvalue.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.gov.lancashire.socialvalue.RecordNulls;
import uk.gov.lancashire.socialvalue.basics.ValidationException;

class PerformanceAssessmentTest {

  private static final RatingThresholds THRESHOLDS = RatingThresholds.illustrative(); // 100 / 90 / 70
  private static final PerformanceKpi HIRES = PerformanceKpi.of("K1", "Long-term unemployed people hired", "hires",
      new BigDecimal("4"), THRESHOLDS);
  private static final PerformanceKpi WEEKS = PerformanceKpi.of("K2", "Apprenticeship weeks", "weeks",
      new BigDecimal("200"), THRESHOLDS);
  private static final PerformanceKpi COMPLAINTS = new PerformanceKpi("K3", "Complaints upheld", "complaints",
      new BigDecimal("5"), KpiDirection.LOWER_IS_BETTER, THRESHOLDS, Optional.empty());
  private static final LocalDate FROM = LocalDate.of(2024, 4, 1);
  private static final LocalDate TO = LocalDate.of(2025, 3, 31);

  // ---------------------------------------------------------------- ratings from thresholds

  @Test
  void ratingsComeFromTheDeclaredThresholds() {
    // 4 hires of 4 = 100%: Good; 3.6 = 90%: Approaching target; 3 = 75%: Requires improvement; 2 = 50%: Inadequate
    assertThat(KpiAssessment.of(HIRES, new BigDecimal("4")).rating()).isEqualTo(Rating.GOOD);
    assertThat(KpiAssessment.of(HIRES, new BigDecimal("5")).rating()).isEqualTo(Rating.GOOD);
    assertThat(KpiAssessment.of(HIRES, new BigDecimal("3.6")).rating()).isEqualTo(Rating.APPROACHING_TARGET);
    assertThat(KpiAssessment.of(HIRES, new BigDecimal("3")).rating()).isEqualTo(Rating.REQUIRES_IMPROVEMENT);
    assertThat(KpiAssessment.of(HIRES, new BigDecimal("2")).rating()).isEqualTo(Rating.INADEQUATE);
    assertThat(KpiAssessment.of(HIRES, new BigDecimal("3")).percentOfTarget()).hasValueSatisfying(
        p -> assertThat(p).isEqualByComparingTo("75"));
    // less is better: 5 complaints allowed; 4 is 125% (Good), 6 is 83.3% (Requires improvement), 0 is Good
    assertThat(KpiAssessment.of(COMPLAINTS, new BigDecimal("4")).rating()).isEqualTo(Rating.GOOD);
    assertThat(KpiAssessment.of(COMPLAINTS, new BigDecimal("6")).rating()).isEqualTo(Rating.REQUIRES_IMPROVEMENT);
    assertThat(KpiAssessment.of(COMPLAINTS, BigDecimal.ZERO).rating()).isEqualTo(Rating.GOOD);
    // not measured: Other
    assertThat(new KpiAssessment(WEEKS, Optional.empty(), Optional.empty()).rating()).isEqualTo(Rating.OTHER);
  }

  @Test
  void anOverrideMustCarryItsReasonAndIsShownBesideTheCalculatedRating() {
    assertThatThrownBy(() -> new RatingOverride(Rating.GOOD, "J. Smith", " "))
        .isInstanceOf(ValidationException.class).hasMessageContaining("reason: an overridden rating must give its reason");

    KpiAssessment overridden = KpiAssessment.of(HIRES, new BigDecimal("3"))
        .overriddenBy(new RatingOverride(Rating.APPROACHING_TARGET, "J. Smith, contract manager",
            "a fourth hire started on 2 April, after the period, from the agreed recruitment programme"));

    assertThat(overridden.calculatedRating()).isEqualTo(Rating.REQUIRES_IMPROVEMENT);
    assertThat(overridden.rating()).isEqualTo(Rating.APPROACHING_TARGET);
    assertThat(overridden.explanation().toString()).contains("calculated rating", "Requires improvement",
        "overridden to", "a fourth hire started on 2 April");
  }

  // ---------------------------------------------------------------- assessments and plans

  @Test
  void theContractRatingIsTheWorstKpiRatingAndBelowTargetKpisNeedAPlan() {
    ActionPlan plan = new ActionPlan("AP-1", "K1", LocalDate.of(2024, 10, 15), List.of(
        new RemedialAction("Recruit through the Preston jobcentre partnership", "Supplier HR lead",
            LocalDate.of(2024, 12, 31), ActionStatus.DONE),
        new RemedialAction("Monthly recruitment report to the council", "Supplier contract manager",
            LocalDate.of(2025, 1, 31), ActionStatus.IN_PROGRESS)));
    PerformanceAssessment assessment = new PerformanceAssessment("LCC-HW-2024-017", "ribble-highways", FROM, TO,
        AssessmentKind.PERIODIC, List.of(KpiAssessment.of(HIRES, new BigDecimal("3")),
            KpiAssessment.of(WEEKS, new BigDecimal("180")), KpiAssessment.of(COMPLAINTS, new BigDecimal("2"))),
        Optional.empty(), List.of(plan));

    assertThat(assessment.rating()).isEqualTo(Rating.REQUIRES_IMPROVEMENT);
    // K2 at 90% is Approaching target, below target, without a plan
    assertThat(assessment.kpisWithoutPlan()).extracting(k -> k.kpi().id()).containsExactly("K2");
    assertThat(assessment.overdueActions()).extracting(RemedialAction::description)
        .containsExactly("Monthly recruitment report to the council");
  }

  @Test
  void anAssessmentPeriodLongerThanTwelveMonthsIsRefused() {
    assertThatThrownBy(() -> new PerformanceAssessment("C", "S", FROM, LocalDate.of(2025, 4, 1),
        AssessmentKind.PERIODIC, List.of(KpiAssessment.of(HIRES, BigDecimal.ONE)), Optional.empty(), List.of()))
        .isInstanceOf(ValidationException.class).hasMessageContaining("to: the period 2024-04-01 to 2025-04-01 is longer than 12 months");
  }

  @Test
  void missedTwelveMonthPeriodsAreListed() {
    PerformanceAssessment first = new PerformanceAssessment("C", "S", FROM, TO, AssessmentKind.PERIODIC,
        List.of(KpiAssessment.of(HIRES, BigDecimal.ONE)), Optional.empty(), List.of());
    assertThat(PerformanceAssessment.missedPeriods(FROM, LocalDate.of(2027, 4, 1), List.of(first)))
        .containsExactly("no assessment ending 2025-04-01 to 2026-03-31", "no assessment ending 2026-04-01 to 2027-03-31");
  }

  // ---------------------------------------------------------------- the s.52 rule

  @Test
  void aContractOverFiveMillionNeedsThreeKpisUnlessExempt() {
    KpiRule rule = KpiRule.procurementAct2023();
    LocalDate started = LocalDate.of(2025, 6, 1);

    assertThat(rule.check(new BigDecimal("5000000.01"), ContractKind.PUBLIC_CONTRACT, started, 2, Optional.empty()))
        .satisfies(c -> {
          assertThat(c.applies()).isTrue();
          assertThat(c.met()).isFalse();
        });
    assertThat(rule.check(new BigDecimal("6000000"), ContractKind.PUBLIC_CONTRACT, started, 3, Optional.empty()).met()).isTrue();
    assertThat(rule.check(new BigDecimal("5000000"), ContractKind.PUBLIC_CONTRACT, started, 0, Optional.empty()).applies()).isFalse();
    assertThat(rule.check(new BigDecimal("9000000"), ContractKind.FRAMEWORK, started, 0, Optional.empty()).applies()).isFalse();
    assertThat(rule.check(new BigDecimal("9000000"), ContractKind.PUBLIC_CONTRACT, LocalDate.of(2025, 2, 23), 0,
        Optional.empty()).applies()).isFalse();
    KpiRule.Check oneOff = rule.check(new BigDecimal("9000000"), ContractKind.PUBLIC_CONTRACT, started, 0,
        Optional.of("a single delivery of goods"));
    assertThat(oneOff.met()).isTrue();
    assertThat(oneOff.explanation().toString()).contains("s.52(2)", "a single delivery of goods");
  }

  @Test
  void everyNullInTheRecordsListsIsNamed() {
    ActionPlan plan = new ActionPlan("AP-1", "K1", LocalDate.of(2024, 10, 15), List.of(new RemedialAction(
        "Recruit through the jobcentre", "Supplier HR lead", LocalDate.of(2024, 12, 31), ActionStatus.DONE)));
    PerformanceAssessment assessment = new PerformanceAssessment("C", "S", FROM, TO, AssessmentKind.PERIODIC,
        List.of(KpiAssessment.of(HIRES, new BigDecimal("3"))), Optional.empty(), List.of(plan));
    RecordNulls.collectionsNamed(plan);
    RecordNulls.collectionsNamed(assessment);
    RecordNulls.collectionsNamed(ContractPerformanceNotice.of("Lancashire County Council", "Highways", "P-1",
        new NoticeSupplier("Supplier Ltd", "1 Example Street, Preston PR1 0AA", "contracts@supplier.example",
            "PPON-ILLUSTRATIVE-0001"), assessment));
    RecordNulls.collectionsNamed(KpiRule.procurementAct2023());
  }
}
