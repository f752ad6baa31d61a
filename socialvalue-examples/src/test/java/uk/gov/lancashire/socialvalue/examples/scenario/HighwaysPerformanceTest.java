package uk.gov.lancashire.socialvalue.examples.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.gov.lancashire.socialvalue.examples.report.PerformanceNoticePage;
import uk.gov.lancashire.socialvalue.examples.report.ReportTable;
import uk.gov.lancashire.socialvalue.performance.KpiAssessment;
import uk.gov.lancashire.socialvalue.performance.PerformanceAssessment;
import uk.gov.lancashire.socialvalue.performance.Rating;
import uk.gov.lancashire.socialvalue.performance.RemedialAction;

/** The contract-management part of the Lancashire scenario: assessment, action plan, notice, duplicates. */
class HighwaysPerformanceTest {

  private static ScenarioResult result;

  @BeforeAll
  static void run() {
    result = Scenario.run();
  }

  @Test
  void theYearIsAssessedKpiByKpiWithAnActionPlanAndAnOverdueAction() {
    PerformanceAssessment a = result.performance.assessment();

    assertThat(a.from()).hasToString("2024-04-01");
    assertThat(a.to()).hasToString("2025-03-31");
    // every KPI's achievement is the engine's verified quantity for the year
    for (KpiAssessment k : a.kpis()) {
      k.achieved().ifPresent(achieved -> assertThat(achieved).isEqualByComparingTo(
          result.progress.measure(k.kpi().measure().orElseThrow()).orElseThrow().quantity().verified()));
    }
    assertThat(a.kpis()).filteredOn(k -> k.override().isPresent()).singleElement().satisfies(k -> {
      assertThat(k.kpi().id()).isEqualTo("KPI-LT14");
      assertThat(k.calculatedRating()).isEqualTo(Rating.INADEQUATE); // 180 of 300 tonnes verified: 60%
      assertThat(k.rating()).isEqualTo(Rating.REQUIRES_IMPROVEMENT);
    });
    assertThat(a.plans()).singleElement().satisfies(p -> assertThat(p.kpiId()).isEqualTo("KPI-LT7"));
    assertThat(a.kpis()).filteredOn(k -> k.kpi().id().equals("KPI-LT7")).singleElement()
        .satisfies(k -> assertThat(k.rating().belowTarget()).isTrue());
    assertThat(a.overdueActions()).extracting(RemedialAction::description)
        .containsExactly("Report session attendance to the council monthly");
    assertThat(a.rating()).isEqualTo(a.kpis().stream().map(KpiAssessment::rating).filter(r -> r != Rating.OTHER)
        .max(Enum::compareTo).orElseThrow());
  }

  @Test
  void theNoticeAndItsPageCarryTheAssessment() {
    assertThat(result.performance.notice().rating()).isEqualTo(result.performance.assessment().rating());
    assertThat(result.performance.notice().kpis()).hasSameSizeAs(result.performance.assessment().kpis());
    List<ReportTable> page = PerformanceNoticePage.tables(result.performance.notice(), result.performance.assessment());
    assertThat(page).extracting(ReportTable::id).containsExactlyElementsOf(PerformanceNoticePage.TABLES);
    assertThat(page.get(2).rows()).anySatisfy(row -> assertThat(row.get(6)).endsWith("OVERDUE"));
    assertThat(ScenarioReport.of(result).html()).contains("performance-kpis", "Requires improvement", "OVERDUE");
  }

  @Test
  void theContractIsAboveTheSection52ThresholdWithEnoughKpisAndAPersonIsCountedOnceAcrossContracts() {
    // the winning price is £5.2m, above £5m: at least three KPIs are needed, and the contract has five
    assertThat(result.performance.kpiRule().applies()).isTrue();
    assertThat(result.performance.kpiRule().met()).isTrue();
    assertThat(result.performance.duplicates()).singleElement().satisfies(d -> {
      assertThat(d.record().record().id()).isEqualTo("lvt-neet-1");
      assertThat(d.keptContract()).isEqualTo("LCC-SC-2023-004");
    });
  }
}
