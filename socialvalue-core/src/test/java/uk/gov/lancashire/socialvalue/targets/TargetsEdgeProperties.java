package uk.gov.lancashire.socialvalue.targets;

import static uk.gov.lancashire.socialvalue.PublicEdge.call;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import uk.gov.lancashire.socialvalue.EdgeValues;
import uk.gov.lancashire.socialvalue.PublicEdge;
import uk.gov.lancashire.socialvalue.basics.FinancialYear;
import uk.gov.lancashire.socialvalue.framework.MeasureCode;

/** Targets and progress with edge values: only a result, a ValidationException or a named NPE. */
class TargetsEdgeProperties extends EdgeValues {

  private static final TargetSubject GROWTH = TargetSubject.priority("lcc", "economic-growth");
  private static final TargetSubject NT1 = TargetSubject.measure(MeasureCode.parse("NT1"));



  @Provide
  Arbitrary<LocalDate> dates() {
    return Arbitraries.oneOf(
        PublicEdge.ints().map(i -> LocalDate.of(2024, 4, 1).plusDays(Math.floorMod(i, 5000) - 1000)),
        Arbitraries.of(LocalDate.MIN, LocalDate.MAX, LocalDate.of(2024, 3, 31), LocalDate.of(2025, 3, 31)));
  }

  @Example
  void aPlanWithNoTargetsAndNoFigures() {
    call(() -> StrategyPlan.builder().id("p").title("P").firstYear(FinancialYear.of(2024))
        .lastYear(FinancialYear.of(2025)).build().progress(Map.of(), LocalDate.of(2024, 6, 1)).toString());
  }

  @Property(tries = 200)
  void progress(@ForAll("decimals") BigDecimal target, @ForAll("decimals") BigDecimal achieved,
      @ForAll("dates") LocalDate asOf, @ForAll("ints") int year) {
    call(() -> TargetProgress.of(Target.of(GROWTH, FinancialYear.of(2024), target, "GBP"), achieved, asOf).toString());
    call(() -> {
      TargetProgress p = TargetProgress.of(Target.of(NT1, FinancialYear.of(2024), target, "FTE-years"), achieved,
          LocalDate.of(2024, 9, 30));
      p.expectedToDate();
      p.isOnTrack();
      p.behindTrajectory();
      p.remaining();
      p.percentOfTarget();
    });
    call(() -> {
      Map<TargetSubject, BigDecimal> figures = new HashMap<>();
      figures.put(GROWTH, achieved);
      figures.put(NT1, target);
      StrategyPlan.builder().id("p").title("P").firstYear(FinancialYear.of(2024)).lastYear(FinancialYear.of(year))
          .addTargets(Target.of(GROWTH, FinancialYear.of(2024), target, "GBP"))
          .addMilestones(Milestone.of("m", "M", asOf)).build()
          .progress(figures, asOf).toString();
    });
    call(() -> Target.of(GROWTH, FinancialYear.of(year), target, ""));
    call(() -> Target.of(null, FinancialYear.of(2024), target, "GBP"));
  }
}
