package uk.gov.lancashire.socialvalue.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import uk.gov.lancashire.socialvalue.basics.Problem;
import uk.gov.lancashire.socialvalue.needs.ContractCategory;
import uk.gov.lancashire.socialvalue.needs.NeedsAnalysis;

/**
 * Bad needs-analysis and strategy-plan documents: every problem reported at its JSON path, the core's
 * validation problems included, and never a half-built value.
 */
class NeedsHostileInputTest {

  private final SocialValueJson json = SocialValueJson.standard().withPrettyOutput(true);
  private final String analysis = TestFiles.text("sample-needs-analysis.json");
  private final String plan = TestFiles.text("sample-strategy-plan.json");

  private JsonProblemsException analysisFails(String document) {
    return (JsonProblemsException) catchThrowable(() -> json.read(Documents.NEEDS_ANALYSIS, document));
  }

  private JsonProblemsException planFails(String document) {
    return (JsonProblemsException) catchThrowable(() -> json.read(Documents.STRATEGY_PLAN, document));
  }

  // ---------------------------------------------------------------- needs analysis

  @Test
  void everyWrongTypeBadEnumAndUnknownFieldOfAnAnalysisIsReportedWithItsPath() {
    String document = analysis
        .replace("\"direction\": \"lower-is-better\"", "\"direction\": \"LOWER_IS_BETTER\"")
        .replaceFirst("\"year\": 2023", "\"year\": \"2023\"")
        .replace("\"name\": \"Pendle\"", "\"name\": \"Pendle\", \"population\": 92000")
        .replace("\"current\": \"72.25\"", "\"current\": 72.25")
        .replace("\"weight\": \"0.5\"", "\"weight\": \"5e-1\"");

    JsonProblemsException e = analysisFails(document);

    assertThat(e.problems()).extracting(Problem::toString).containsExactlyInAnyOrder(
        "$.indicators[0].year: must be a whole number within ±2147483647, was the string \"2023\"",
        "$.indicators[1].direction: unknown direction \"LOWER_IS_BETTER\"; expected one of"
            + " [higher-is-better, lower-is-better]",
        "$.areas[1].population: unknown property; expected one of [id, name]",
        "$.observations[1].current: must be a decimal written as a string, such as \"0.25\", was the number 72.25",
        "$.links[1].weight: must be a plain decimal such as \"1234.50\" (digits, optional sign and point,"
            + " no exponent), was \"5e-1\"");
  }

  @Test
  void coreValidationProblemsOfAnAnalysisAreMappedOntoJsonPaths() {
    String document = analysis
        .replace("\"name\": \"Ribble Valley\"", "\"name\": \" \"")
        .replace("\"current\": \"80\",\n      \"desired\": \"75\"", "\"current\": \"80\",\n      \"desired\": \"0.00\"")
        .replace("\"weight\": \"2.000\"", "\"weight\": \"-2\"")
        .replace("\"weight\": \"0.5\",\n      \"outcomeId\": \"employment\"",
            "\"weight\": \"0.5\",\n      \"outcomeId\": \"employment\",\n      \"measure\": \"NT9\"");

    JsonProblemsException e = analysisFails(document);

    assertThat(e.problems()).extracting(Problem::toString).containsExactlyInAnyOrder(
        "$.areas[2].name: must not be blank",
        "$.observations[2].desired: must not be zero (the relative gap divides by the desired value)",
        "$.links[1]: a link needs exactly one target (measure, outcome or priority), had 2",
        "$.links[2].weight: must be positive, was -2");
  }

  @Test
  void theAnalysisCrossChecksRunOnceEveryElementIsSound() {
    String document = analysis
        .replace("\"areaId\": \"pendle\",\n      \"current\": \"8.0\"", "\"areaId\": \"hyndburn\",\n      \"current\": \"8.0\"")
        .replace("\"id\": \"pendle\"", "\"id\": \"burnley\"")
        .replace("\"indicatorId\": \"no-qualifications\",\n      \"weight\": \"1\"",
            "\"indicatorId\": \"no-quals\",\n      \"weight\": \"1\"");

    JsonProblemsException e = analysisFails(document);

    assertThat(e.problems()).extracting(Problem::toString).containsExactlyInAnyOrder(
        "$.areas[1]: duplicate id 'burnley'",
        "$.observations[1].areaId: unknown area 'pendle'",
        "$.observations[4].areaId: unknown area 'hyndburn'",
        "$.links[3].indicatorId: unknown indicator 'no-quals'");
  }

  @Test
  void unknownFieldsOfAnAnalysisCanBeIgnoredByChoice() {
    String document = analysis.replace("\"name\": \"Pendle\"", "\"name\": \"Pendle\", \"population\": 92000");

    NeedsAnalysis read = json.withUnknownPropertiesRejected(false).read(Documents.NEEDS_ANALYSIS, document);

    assertThat(read).isEqualTo(NeedsSamples.analysis());
  }

  @Test
  void anAnalysisWithoutItsMarkerIsRefused() {
    String document = analysis.replace("\"format\": \"socialvalue/needs-analysis\",\n  \"formatVersion\": 1,\n", "");

    assertThat(analysisFails(document).problems()).extracting(Problem::toString).containsExactly(
        "$: is not a socialvalue/needs-analysis document: \"format\": \"socialvalue/needs-analysis\" and"
            + " \"formatVersion\": 1 are required");
  }

  @Test
  void anUnknownAnalysisVersionIsRefusedNamingTheSupportedOnes() {
    JsonProblemsException e = analysisFails(analysis.replace("\"formatVersion\": 1", "\"formatVersion\": 7"));

    assertThat(e.problems()).extracting(Problem::toString).containsExactly(
        "$.formatVersion: must be a supported version of socialvalue/needs-analysis, was the number 7;"
            + " this library reads versions [1]");
  }

  @Test
  void aPlanIsNotANeedsAnalysis() {
    assertThat(analysisFails(plan).getMessage()).contains(
        "$.format: expected \"socialvalue/needs-analysis\", was the string \"socialvalue/strategy-plan\"");
  }

  @Test
  void aHugeExponentInAnObservationIsRefusedNotComputed() {
    String document = analysis.replace("\"current\": \"70.5\"", "\"current\": \"1e999999999\"")
        .replace("\"desired\": \"6.5\"", "\"desired\": \"" + "9".repeat(10_000) + "\"");

    JsonProblemsException e = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(5),
        () -> analysisFails(document));

    assertThat(e.problems()).extracting(Problem::path).containsExactlyInAnyOrder(
        "$.observations[0].current", "$.observations[3].desired", "$.observations[4].desired");
    assertThat(e.getMessage()).contains("must be a decimal of at most 40 characters, was 10000 characters long");
  }

  @Test
  void aRepeatedMeasureInACategoryIsAProblem() {
    String document = TestFiles.text("sample-contract-category.json").replace("\"NT2\"", "\"NT1\"");

    assertThat(((JsonProblemsException) catchThrowable(() -> json.read(document, ContractCategory.class)))
        .problems()).extracting(Problem::toString)
        .containsExactly("$.measures[1]: repeats the string \"NT1\"; each value may appear once");
  }

  @Test
  void aCategoryWithNothingRelevantGetsTheCoreMessage() {
    JsonProblemsException e = (JsonProblemsException) catchThrowable(() -> json.read(
        "{\"id\": \"ict\", \"title\": \"ICT\", \"measures\": []}", ContractCategory.class));

    assertThat(e.problems()).extracting(Problem::toString)
        .containsExactly("$.measures: a category lists at least one relevant measure or theme");
  }

  // ---------------------------------------------------------------- strategy plan

  @Test
  void everyWrongTypeAndUnknownFieldOfAPlanIsReportedWithItsPath() {
    String document = plan
        .replace("\"firstYear\": \"2024/25\"", "\"firstYear\": 2024")
        .replace("\"value\": \"45.5\"", "\"value\": \"45,5\"")
        .replace("\"due\": \"2026-03-31\"", "\"due\": \"2026-02-30\"")
        .replace("\"unitLabel\": \"GBP\"\n    },\n    {", "\"unitLabel\": \"GBP\",\n      \"currency\": \"GBP\"\n    },\n    {")
        .replace("\"year\": \"2025/26\",\n      \"value\": \"0\"", "\"year\": \"2025/27\",\n      \"value\": \"0\"");

    JsonProblemsException e = planFails(document);

    assertThat(e.problems()).extracting(Problem::toString).containsExactlyInAnyOrder(
        "$.firstYear: must be a string, was the number 2024",
        "$.targets[1].value: must be a plain decimal such as \"1234.50\" (digits, optional sign and point,"
            + " no exponent), was \"45,5\"",
        "$.targets[2].currency: unknown property; expected one of [subject, year, value, unitLabel]",
        "$.targets[3].year: '2025/27' is not a financial year: the years must be consecutive",
        "$.milestones[1].due: must be an ISO-8601 date such as \"2024-04-01\", was \"2026-02-30\"");
  }

  @Test
  void badSubjectsAreReportedAtTheirPaths() {
    String document = plan
        .replaceFirst("\"measure\": \"NT1\"", "\"measure\": \"NT1\", \"schemeId\": \"lcc\"")
        .replaceFirst("\"priorityId\": \"economic-growth\"", "\"priorityId\": \"\"");

    JsonProblemsException e = planFails(document);

    assertThat(e.problems()).extracting(Problem::toString).containsExactlyInAnyOrder(
        "$.targets[0].subject: a subject is either a measure (\"measure\") or a priority (\"schemeId\" and"
            + " \"priorityId\")",
        "$.targets[2].subject.priorityId: must not be blank");
  }

  @Test
  void coreValidationProblemsOfAPlanAreMappedOntoJsonPaths() {
    String document = plan
        .replace("\"value\": \"40\"", "\"value\": \"-40\"")
        .replace("\"completed\": \"2025-09-01\"", "\"completed\": \"2025-03-01\"");

    JsonProblemsException e = planFails(document);

    assertThat(e.problems()).extracting(Problem::toString).containsExactlyInAnyOrder(
        "$.targets[0].value: must not be negative, was -40",
        "$.milestones[0].completed: must not be before started (2025-04-01), was 2025-03-01");
  }

  @Test
  void thePlanCrossChecksAreMappedOntoJsonPaths() {
    String document = plan
        .replace("\"year\": \"2025/26\",\n      \"value\": \"45.5\"", "\"year\": \"2026/27\",\n      \"value\": \"45.5\"")
        .replace("\"id\": \"review\"", "\"id\": \"statement\"");

    JsonProblemsException e = planFails(document);

    assertThat(e.problems()).extracting(Problem::toString).containsExactlyInAnyOrder(
        "$.targets[1].year: 2026/27 lies outside the plan's years 2024/25 to 2025/26",
        "$.targets: measure NT1 has no target for 2025/26 (state 0 when nothing is to be achieved)",
        "$.milestones[1]: duplicate id 'statement'");
  }

  @Test
  void aPlanWithoutItsMarkerIsRefused() {
    String document = plan.replace("\"format\": \"socialvalue/strategy-plan\",\n  \"formatVersion\": 1,\n", "");

    assertThat(planFails(document).problems()).extracting(Problem::toString).containsExactly(
        "$: is not a socialvalue/strategy-plan document: \"format\": \"socialvalue/strategy-plan\" and"
            + " \"formatVersion\": 1 are required");
  }

  @Test
  void anUnknownPlanVersionIsRefusedNamingTheSupportedOnes() {
    JsonProblemsException e = planFails(plan.replace("\"formatVersion\": 1", "\"formatVersion\": \"1\""));

    assertThat(e.problems()).extracting(Problem::toString).containsExactly(
        "$.formatVersion: must be a supported version of socialvalue/strategy-plan, was the string \"1\";"
            + " this library reads versions [1]");
  }

  @Test
  void aTruncatedPlanIsOneProblemAndDuplicateKeysAreRefused() {
    assertThat(planFails(plan.substring(0, plan.length() / 2)).problems()).hasSize(1);
    assertThat(planFails(plan.replace("\"id\": \"review\",", "\"id\": \"review\", \"id\": \"again\",")).getMessage())
        .contains("Duplicate Object property \"id\"");
  }

  @Test
  void missingPropertiesOfAPlanAreEachReported() {
    JsonProblemsException e = planFails("{\"format\": \"socialvalue/strategy-plan\", \"formatVersion\": 1,"
        + " \"targets\": [{\"subject\": {}}]}");

    // read straight from the token stream: problems come in document order
    assertThat(e.problems()).extracting(Problem::toString).containsExactlyInAnyOrder(
        "$.id: is required", "$.title: is required", "$.firstYear: is required", "$.lastYear: is required",
        "$.targets[0].subject: a subject is either a measure (\"measure\") or a priority (\"schemeId\" and"
            + " \"priorityId\")",
        "$.targets[0].year: is required", "$.targets[0].value: is required", "$.targets[0].unitLabel: is required");
  }
}
