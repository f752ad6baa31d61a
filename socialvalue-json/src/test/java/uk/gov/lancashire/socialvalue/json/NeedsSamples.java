package uk.gov.lancashire.socialvalue.json;

import java.math.BigDecimal;
import java.time.LocalDate;
import uk.gov.lancashire.socialvalue.basics.FinancialYear;
import uk.gov.lancashire.socialvalue.framework.MeasureCode;
import uk.gov.lancashire.socialvalue.needs.Area;
import uk.gov.lancashire.socialvalue.needs.ContractCategory;
import uk.gov.lancashire.socialvalue.needs.Direction;
import uk.gov.lancashire.socialvalue.needs.Indicator;
import uk.gov.lancashire.socialvalue.needs.IndicatorLink;
import uk.gov.lancashire.socialvalue.needs.NeedsAnalysis;
import uk.gov.lancashire.socialvalue.needs.Observation;
import uk.gov.lancashire.socialvalue.targets.Milestone;
import uk.gov.lancashire.socialvalue.targets.StrategyPlan;
import uk.gov.lancashire.socialvalue.targets.Target;
import uk.gov.lancashire.socialvalue.targets.TargetSubject;

/** Small fixed needs analyses and strategy plans for the tests; every figure is invented and illustrative. */
final class NeedsSamples {

  private NeedsSamples() {}

  /** Two indicators, three areas, one observation missing (no-qualifications in ribble-valley). */
  static NeedsAnalysis analysis() {
    return NeedsAnalysis.builder()
        .addIndicators(Indicator.builder().id("employment-rate").title("Employment rate, 16-64").unitLabel("%")
            .direction(Direction.HIGHER_IS_BETTER).source("invented").year(2023).build())
        .addIndicators(Indicator.builder().id("no-qualifications").title("Adults with no qualifications")
            .unitLabel("%").direction(Direction.LOWER_IS_BETTER).source("invented").year(2023).build())
        .addAreas(Area.of("burnley", "Burnley"), Area.of("pendle", "Pendle"), Area.of("ribble-valley", "Ribble Valley"))
        .addObservations(Observation.of("employment-rate", "burnley", "70.5", "75"))
        .addObservations(Observation.of("employment-rate", "pendle", "72.25", "75.00"))
        .addObservations(Observation.of("employment-rate", "ribble-valley", "80", "75"))
        .addObservations(Observation.of("no-qualifications", "burnley", "9.8", "6.5"))
        .addObservations(Observation.of("no-qualifications", "pendle", "8.0", "6.5"))
        .addLinks(IndicatorLink.toMeasure("employment-rate", MeasureCode.parse("NT1"), new BigDecimal("1")))
        .addLinks(IndicatorLink.toOutcome("employment-rate", "employment", new BigDecimal("0.5")))
        .addLinks(IndicatorLink.toMeasure("no-qualifications", MeasureCode.parse("NT3"), new BigDecimal("2.000")))
        .addLinks(IndicatorLink.toPriority("no-qualifications", "lcc", "a", new BigDecimal("1")))
        .build();
  }

  static ContractCategory category() {
    return ContractCategory.builder().id("construction").title("Construction")
        .addMeasures(MeasureCode.parse("NT1"), MeasureCode.parse("NT2")).addThemeIds("environment").build();
  }

  /** Two years, a measure and a priority subject, two milestones. */
  static StrategyPlan plan() {
    TargetSubject nt1 = TargetSubject.measure(MeasureCode.parse("NT1"));
    TargetSubject growth = TargetSubject.priority("lcc", "economic-growth");
    FinancialYear y1 = FinancialYear.of(2024);
    FinancialYear y2 = FinancialYear.of(2025);
    return StrategyPlan.builder().id("lcc-sv-2024-26").title("Social value strategy (illustrative)")
        .firstYear(y1).lastYear(y2)
        .addTargets(Target.of(nt1, y1, new BigDecimal("40"), "FTE-years"))
        .addTargets(Target.of(nt1, y2, new BigDecimal("45.5"), "FTE-years"))
        .addTargets(Target.of(growth, y1, new BigDecimal("2500000.00"), "GBP"))
        .addTargets(Target.of(growth, y2, new BigDecimal("0"), "GBP"))
        .addMilestones(Milestone.builder().id("statement").title("Publish the first social value statement")
            .due(LocalDate.of(2025, 9, 30)).started(LocalDate.of(2025, 4, 1)).completed(LocalDate.of(2025, 9, 1))
            .build())
        .addMilestones(Milestone.of("review", "Review the targets", LocalDate.of(2026, 3, 31)))
        .build();
  }
}
