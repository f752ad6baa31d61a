package uk.gov.lancashire.socialvalue.performance;

import static uk.gov.lancashire.socialvalue.PublicEdge.call;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import uk.gov.lancashire.socialvalue.EdgeValues;

/** Procurement Act performance (KPIs, ratings, assessments, the s.52 rule) with edge values. */
class PerformanceEdgeProperties extends EdgeValues {

  @Property(tries = 300)
  void kpisRatingsAndTheKpiRule(@ForAll("decimals") BigDecimal target, @ForAll("decimals") BigDecimal achieved,
      @ForAll("decimals") BigDecimal threshold, @ForAll("ints") int kpis, @ForAll KpiDirection direction,
      @ForAll ContractKind kind) {
    call(() -> new RatingThresholds(threshold, threshold, threshold, "edge").rate(achieved));
    call(() -> new RatingThresholds(target, achieved, threshold, "edge"));
    call(() -> {
      PerformanceKpi kpi = new PerformanceKpi("k", "KPI", "hires", target, direction, RatingThresholds.illustrative(),
          Optional.empty());
      KpiAssessment a = KpiAssessment.of(kpi, achieved);
      call(() -> a.percentOfTarget());
      call(() -> a.calculatedRating());
      call(() -> a.rating());
      call(() -> a.overriddenBy(new RatingOverride(Rating.GOOD, "officer", "reason")).rating());
      call(() -> new PerformanceAssessment("c", "s", LocalDate.of(2025, 4, 1), LocalDate.of(2026, 3, 31),
          AssessmentKind.PERIODIC, List.of(a), Optional.empty(), List.of()).explanation().toText());
    });
    call(() -> KpiRule.procurementAct2023().check(achieved, kind, LocalDate.of(2025, 6, 1), kpis, Optional.empty())
        .explanation().toText());
    call(() -> new KpiRule(threshold, kpis, Set.of(), LocalDate.of(2025, 2, 24), "edge"));
    call(() -> new KpiRule(threshold, kpis, Set.of(kind), LocalDate.MIN, "edge")
        .check(target, kind, LocalDate.MAX, kpis, Optional.of("")));
    call(() -> PerformanceAssessment.missedPeriods(LocalDate.of(2025, 4, 1), LocalDate.of(2026, 3, 31), List.of()));
    call(() -> new PerformanceAssessment("c", "s", LocalDate.of(2025, 4, 1), LocalDate.of(2024, 4, 1),
        AssessmentKind.PERIODIC, List.of(), Optional.empty(), List.of()));
  }
}
