package uk.gov.lancashire.socialvalue.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.gov.lancashire.socialvalue.basics.FinancialYear;
import uk.gov.lancashire.socialvalue.framework.MeasureCode;
import uk.gov.lancashire.socialvalue.needs.ContractCategory;
import uk.gov.lancashire.socialvalue.needs.CountyNeeds;
import uk.gov.lancashire.socialvalue.needs.MeasureShortlist;
import uk.gov.lancashire.socialvalue.needs.NeedsAnalysis;
import uk.gov.lancashire.socialvalue.needs.NeedsWeights;
import uk.gov.lancashire.socialvalue.targets.ProgressReport;
import uk.gov.lancashire.socialvalue.targets.StrategyPlan;
import uk.gov.lancashire.socialvalue.targets.TargetSubject;

/**
 * Fixed needs-analysis and strategy-plan documents read into the expected values and written back byte
 * for byte; results written to fixed report documents. Every figure is invented and illustrative; the
 * report figures were checked by hand (comments give the arithmetic).
 */
class NeedsGoldenFileTest {

  private final SocialValueJson json = SocialValueJson.standard().withPrettyOutput(true);

  // ---------------------------------------------------------------- needs analysis

  @Test
  void needsAnalysisDocumentReadsIntoTheExpectedValueWithExactDecimals() {
    NeedsAnalysis read = json.read(Documents.NEEDS_ANALYSIS, TestFiles.text("sample-needs-analysis.json"));

    assertThat(read).isEqualTo(NeedsSamples.analysis());
    assertThat(read.observations().get(1).desired()).isEqualTo(new BigDecimal("75.00"));
    assertThat(read.links().get(2).weight()).isEqualTo(new BigDecimal("2.000"));
  }

  @Test
  void needsAnalysisDocumentIsWrittenBackByteForByte() {
    String golden = TestFiles.text("sample-needs-analysis.json");

    assertThat(json.write(Documents.NEEDS_ANALYSIS, json.read(Documents.NEEDS_ANALYSIS, golden))).isEqualTo(golden);
  }

  @Test
  void contractCategoryReadsAndIsWrittenBackByteForByte() {
    String golden = TestFiles.text("sample-contract-category.json");

    assertThat(json.read(golden, ContractCategory.class)).isEqualTo(NeedsSamples.category());
    assertThat(json.write(json.read(golden, ContractCategory.class), ContractCategory.class)).isEqualTo(golden);
  }

  // ---------------------------------------------------------------- strategy plan

  @Test
  void strategyPlanDocumentReadsIntoTheExpectedValueWithExactValues() {
    StrategyPlan read = json.read(Documents.STRATEGY_PLAN, TestFiles.text("sample-strategy-plan.json"));

    assertThat(read).isEqualTo(NeedsSamples.plan());
    assertThat(read.target(TargetSubject.priority("lcc", "economic-growth"), FinancialYear.of(2024)).orElseThrow()
        .value()).isEqualTo(new BigDecimal("2500000.00"));
  }

  @Test
  void strategyPlanDocumentIsWrittenBackByteForByte() {
    String golden = TestFiles.text("sample-strategy-plan.json");

    assertThat(json.write(Documents.STRATEGY_PLAN, json.read(Documents.STRATEGY_PLAN, golden))).isEqualTo(golden);
  }

  // ---------------------------------------------------------------- results, written for reports

  @Test
  void countyNeedsAreWrittenAsTheReportDocument() {
    // burnley: no-qualifications (9.8 − 6.5) ÷ 6.5 = 0.50769…, employment (75 − 70.5) ÷ 75 = 0.06;
    // pendle: 1.5 ÷ 6.5 = 0.23076…, 2.75 ÷ 75.00 = 0.03666…; ribble-valley has no no-qualifications figure
    CountyNeeds county = NeedsSamples.analysis().county();

    assertThat(json.write(county, CountyNeeds.class)).isEqualTo(TestFiles.text("report-county-needs.json"));
  }

  @Test
  void measureWeightsAreWrittenAsTheReportDocument() {
    // NT1 need 1 × 0.06, NT3 need 2.000 × 0.50769…; weights are their shares, adding up to exactly 1
    NeedsWeights<MeasureCode> weights = NeedsSamples.analysis().measureWeights("burnley");

    assertThat(json.write(weights, NeedsWeights.class)).isEqualTo(TestFiles.text("report-measure-weights.json"));
  }

  @Test
  void shortlistIsWrittenAsTheReportDocument() {
    // NT3 has the larger weight but construction does not list it (nor its theme): NT1 alone
    MeasureShortlist shortlist = NeedsSamples.analysis().shortlist("burnley", NeedsSamples.category(),
        Samples.framework(), 6);

    assertThat(json.write(shortlist, MeasureShortlist.class)).isEqualTo(TestFiles.text("report-shortlist.json"));
  }

  @Test
  void progressReportIsWrittenAsTheReportDocument() {
    // 1 April to 31 July 2024 is 122 days of 365: expected 40 × 122 ÷ 365 = 13.3698…; 10.25 is 25.625 %
    ProgressReport report = NeedsSamples.plan().progress(Map.of(
        TargetSubject.measure(MeasureCode.parse("NT1")), new BigDecimal("10.25"),
        TargetSubject.priority("lcc", "other"), new BigDecimal("1")), LocalDate.of(2024, 7, 31));

    assertThat(json.write(report, ProgressReport.class)).isEqualTo(TestFiles.text("report-progress.json"));
  }
}
