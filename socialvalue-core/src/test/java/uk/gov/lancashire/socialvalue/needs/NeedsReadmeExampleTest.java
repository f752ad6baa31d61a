package uk.gov.lancashire.socialvalue.needs;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.gov.lancashire.socialvalue.basics.FinancialYear;
import uk.gov.lancashire.socialvalue.framework.MeasureCode;
import uk.gov.lancashire.socialvalue.targets.ProgressReport;
import uk.gov.lancashire.socialvalue.targets.StrategyPlan;
import uk.gov.lancashire.socialvalue.targets.Target;
import uk.gov.lancashire.socialvalue.targets.TargetSubject;

/** The code example of docs/needs.md ("Local needs and strategy targets"), run as written. */
class NeedsReadmeExampleTest {

  @Test
  void readmeExampleRunsAsWritten() {
    NeedsAnalysis analysis = NeedsAnalysis.builder()
        .addIndicators(Indicator.builder().id("employment").title("Employment rate, 16-64").unitLabel("%")
            .direction(Direction.HIGHER_IS_BETTER).source("illustrative").year(2024).build())
        .addAreas(Area.of("burnley", "Burnley"), Area.of("pendle", "Pendle"))
        .addObservations(Observation.of("employment", "burnley", "68", "80"),   // gap 12, relative 0.15
                         Observation.of("employment", "pendle", "72", "80"))    // gap 8, relative 0.10
        .addLinks(IndicatorLink.toMeasure("employment", MeasureCode.parse("NT1"), BigDecimal.ONE))
        .build();

    CountyNeeds county = analysis.county();                    // Burnley first, then Pendle
    NeedsWeights<MeasureCode> weights = analysis.measureWeights("burnley");   // NT1 = 1
    BigDecimal weighted = analysis.scoring("burnley")
        .weigh(Map.of(MeasureCode.parse("NT1"), new BigDecimal("10000")));   // 10000

    TargetSubject growth = TargetSubject.priority("lcc", "economic-growth");
    StrategyPlan plan = StrategyPlan.builder().id("lcc-2024-28").title("Social value strategy 2024-28")
        .firstYear(FinancialYear.parse("2024/25")).lastYear(FinancialYear.parse("2024/25"))
        .addTargets(Target.of(growth, FinancialYear.parse("2024/25"), new BigDecimal("365000"), "GBP"))
        .build();
    ProgressReport progress = plan.progress(Map.of(growth, new BigDecimal("90000")), LocalDate.of(2024, 6, 30));

    assertThat(county.rankedAreas()).extracting(a -> a.area().name()).containsExactly("Burnley", "Pendle");
    assertThat(weights.weight(MeasureCode.parse("NT1"))).isEqualByComparingTo("1");
    assertThat(weighted).isEqualByComparingTo("10000");
    assertThat(progress.line(growth).orElseThrow().expectedToDate()).isEqualByComparingTo("91000");
    assertThat(progress.line(growth).orElseThrow().isOnTrack()).isFalse();
    assertThat(progress.line(growth).orElseThrow().percentOfTarget().orElseThrow()
        .setScale(2, java.math.RoundingMode.HALF_UP)).isEqualByComparingTo("24.66");
  }
}
