package uk.gov.lancashire.socialvalue.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.gov.lancashire.socialvalue.performance.ActionPlan;
import uk.gov.lancashire.socialvalue.performance.ActionStatus;
import uk.gov.lancashire.socialvalue.performance.AssessmentKind;
import uk.gov.lancashire.socialvalue.performance.ContractPerformanceNotice;
import uk.gov.lancashire.socialvalue.performance.KpiAssessment;
import uk.gov.lancashire.socialvalue.performance.NoticeSupplier;
import uk.gov.lancashire.socialvalue.performance.PerformanceAssessment;
import uk.gov.lancashire.socialvalue.performance.PerformanceKpi;
import uk.gov.lancashire.socialvalue.performance.Rating;
import uk.gov.lancashire.socialvalue.performance.RatingOverride;
import uk.gov.lancashire.socialvalue.performance.RatingThresholds;
import uk.gov.lancashire.socialvalue.performance.RemedialAction;

/** The contract performance notice document: golden file, round trip, schema, bad input. */
class PerformanceNoticeJsonTest {

  static final JsonSchema SCHEMA = ProcurementSchemaTest.schema("contract-performance-notice");
  static final JsonSchema ASSESSMENT_SCHEMA = ProcurementSchemaTest.schema("performance-assessment");

  private final SocialValueJson json = SocialValueJson.standard().withPrettyOutput(true);

  /** An illustrative assessment: three KPIs, one overridden with its reason, one not measured, one plan. */
  static PerformanceAssessment assessment() {
    RatingThresholds thresholds = RatingThresholds.illustrative();
    PerformanceKpi hires = PerformanceKpi.of("K1", "Long-term unemployed people hired", "hires", new BigDecimal("4"), thresholds);
    PerformanceKpi weeks = PerformanceKpi.of("K2", "Apprenticeship weeks", "weeks", new BigDecimal("200"), thresholds);
    PerformanceKpi carbon = PerformanceKpi.of("K3", "Carbon saved", "tonnes CO2e", new BigDecimal("40"), thresholds);
    return new PerformanceAssessment("LCC-HW-2024-017", "pennine-highways",
        LocalDate.of(2024, 4, 1), LocalDate.of(2025, 3, 31), AssessmentKind.PERIODIC, List.of(
            KpiAssessment.of(hires, new BigDecimal("3")),
            KpiAssessment.of(weeks, new BigDecimal("150")).overriddenBy(new RatingOverride(Rating.APPROACHING_TARGET,
                "A. Officer", "30 weeks evidenced in March await verification")),
            new KpiAssessment(carbon, Optional.empty(), Optional.of(new RatingOverride(Rating.OTHER, "A. Officer",
                "measured annually from fuel records after the year end")))),
        Optional.empty(), List.of(new ActionPlan("AP-1", "K1", LocalDate.of(2024, 10, 1), List.of(
            new RemedialAction("Recruit with the jobcentre partnership", "supplier HR lead", LocalDate.of(2025, 1, 31),
                ActionStatus.IN_PROGRESS)))));
  }

  /** The notice of {@link #assessment()}. */
  static ContractPerformanceNotice notice() {
    return ContractPerformanceNotice.of("Lancashire County Council", "Highways maintenance (illustrative)",
        "LCC-HW-2024-017", new NoticeSupplier("Pennine Highways Ltd (illustrative)", "1 Example Street, Preston PR1 0AA",
            "contracts@pennine-highways.example", "PPON-ILLUSTRATIVE-0001"), assessment());
  }

  @Test
  void theNoticeIsWrittenByteForByteAndReadBack() {
    String golden = TestFiles.text("sample-contract-performance-notice.json");

    assertThat(json.write(Documents.PERFORMANCE_NOTICE, notice())).isEqualTo(golden);
    assertThat(json.read(Documents.PERFORMANCE_NOTICE, golden)).isEqualTo(notice());
    assertThat(golden).contains("\"rating\": \"requires-improvement\"", "\"overrideReason\": \"30 weeks evidenced");
  }

  @Test
  void theNoticeValidatesAgainstItsSchema() {
    assertThat(SCHEMA.validate(TestFiles.text("sample-contract-performance-notice.json"), InputFormat.JSON)).isEmpty();
    assertThat(SCHEMA.validate(json.write(Documents.PERFORMANCE_NOTICE, notice()), InputFormat.JSON)).isEmpty();
    // the schema refuses what the reader refuses: an unknown rating, a missing supplier email
    String bad = TestFiles.text("sample-contract-performance-notice.json")
        .replace("\"rating\": \"other\"", "\"rating\": \"excellent\"")
        .replace("\"email\": \"contracts@pennine-highways.example\",", "");
    assertThat(SCHEMA.validate(bad, InputFormat.JSON)).isNotEmpty();
    assertThatThrownBy(() -> json.read(Documents.PERFORMANCE_NOTICE, bad)).isInstanceOf(JsonProblemsException.class)
        .hasMessageContaining("$.supplier.email");
  }

  @Test
  void anyOtherStatementIsRefusedNotReplaced() {
    String other = TestFiles.text("sample-contract-performance-notice.json")
        .replace(ContractPerformanceNotice.STATEMENT, "Performance was fine.");

    assertThat(SCHEMA.validate(other, InputFormat.JSON)).isNotEmpty();
    assertThatThrownBy(() -> json.read(Documents.PERFORMANCE_NOTICE, other)).isInstanceOf(JsonProblemsException.class)
        .hasMessageContaining("$.statement: must be the statement regulation 39(4)(e) requires");
  }

  @Test
  void theAssessmentIsWrittenByteForByteReadBackAndValid() {
    String golden = TestFiles.text("sample-performance-assessment.json");

    assertThat(json.write(Documents.PERFORMANCE_ASSESSMENT, assessment())).isEqualTo(golden);
    PerformanceAssessment read = json.read(Documents.PERFORMANCE_ASSESSMENT, golden);
    assertThat(read).isEqualTo(assessment());
    assertThat(read.rating()).isEqualTo(Rating.REQUIRES_IMPROVEMENT);
    assertThat(ASSESSMENT_SCHEMA.validate(golden, InputFormat.JSON)).isEmpty();
    // an override without its reason is refused by both, with its path
    String noReason = golden.replace("\"reason\": \"30 weeks evidenced in March await verification\"", "\"reason\": \" \"");
    assertThat(ASSESSMENT_SCHEMA.validate(noReason, InputFormat.JSON)).isNotEmpty();
    assertThatThrownBy(() -> json.read(Documents.PERFORMANCE_ASSESSMENT, noReason))
        .isInstanceOf(JsonProblemsException.class).hasMessageContaining("$.kpis[1].override.reason");
  }
}
