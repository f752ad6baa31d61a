package uk.gov.lancashire.socialvalue.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.networknt.schema.InputFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.lancashire.socialvalue.basics.Problem;
import uk.gov.lancashire.socialvalue.framework.Measure;
import uk.gov.lancashire.socialvalue.framework.ProxyEdition;
import uk.gov.lancashire.socialvalue.valuation.OutcomeLine;
import uk.gov.lancashire.socialvalue.valuation.Valuation;

/**
 * Valuation format version 2: each measure and edition declared once and referred to by code and
 * {@code id@version}; version 1 (embedded in every line) still read, to the same value. Two different
 * measures (or editions) under one key are written once declared and once embedded, never refused.
 */
class ValuationReferencesTest {

  private final SocialValueJson json = SocialValueJson.standard().withPrettyOutput(true);
  private final String v2 = TestFiles.text("sample-valuation.json");

  @Test
  void versionOneReadsToTheSameValueAndIsWrittenAsVersionTwo() {
    Valuation v1 = json.read(Documents.VALUATION, TestFiles.text("sample-valuation-v1.json"));

    assertThat(v1).isEqualTo(ProcurementSamples.valuation()).isEqualTo(json.read(Documents.VALUATION, v2));
    assertThat(json.write(Documents.VALUATION, v1)).isEqualTo(v2);
    assertThat(ProcurementSchemaTest.schema("valuation").validate(TestFiles.text("sample-valuation-v1.json"),
        InputFormat.JSON)).isEmpty();
  }

  @Test
  void eachMeasureAndEditionIsWrittenOnceAndReferredToByKey() {
    assertThat(v2).contains("\"formatVersion\": 2").contains("\"measure\": \"NT1\"")
        .contains("\"edition\": \"sample@2024.1\"");
    assertThat(v2.split("\"code\": \"NT1\"", -1)).hasSize(2);
  }

  @Test
  void aReferenceToNothingDeclaredIsAProblemAtItsPath() {
    String bad = v2.replace("\"measure\": \"NT1\"", "\"measure\": \"NT9\"");

    assertThat(problems(bad)).containsExactly(
        "$.lines[0].measure: refers to measure \"NT9\", which \"measures\" does not declare");
  }

  @Test
  void aDeclarationNoLineUsesIsAProblem() {
    int end = v2.indexOf("\n  ],\n  \"editions\"");
    String nt2 = v2.substring(v2.indexOf("    {\n      \"code\": \"NT2\""), end);
    String bad = v2.substring(0, end) + ",\n" + nt2.replaceFirst("\"NT2\"", "\"NT7\"") + v2.substring(end);

    assertThat(problems(bad)).containsExactly("$.measures[2]: is declared but no reference uses it");
  }

  @Test
  void aKeyDeclaredTwiceIsAProblem() {
    String bad = v2.replace("\"code\": \"NT2\"", "\"code\": \"NT1\"");

    assertThat(problems(bad)).contains("$.measures[1]: declares \"NT1\" again; it is declared at [0]");
  }

  @Test
  void referencesMustComeAfterTheirTable() {
    int measures = v2.indexOf("  \"measures\": [");
    int editions = v2.indexOf("  \"editions\": [");
    String table = v2.substring(measures, editions);
    String moved = v2.substring(0, measures) + v2.substring(editions).replace("  \"investment\"", table
        + "  \"investment\"");

    assertThat(problems(moved)).contains(
        "$.lines[0].measure: refers to measure \"NT1\", which \"measures\" does not declare (\"measures\" must come"
            + " first)");
  }

  @Test
  void twoMeasuresWithOneCodeAreWrittenOnceDeclaredAndOnceEmbeddedAndReadBack() {
    Valuation sample = ProcurementSamples.valuation();
    OutcomeLine jobs = sample.lines().get(0);
    Measure renamed = Measure.builder().from(jobs.measure()).title("Local people employed (revised)").build();
    Valuation two = Valuation.builder().from(sample).addLines(OutcomeLine.builder().from(jobs).id("jobs-revised")
        .measure(renamed).build()).build();

    String written = json.write(Documents.VALUATION, two);

    assertThat(json.read(Documents.VALUATION, written)).isEqualTo(two);
    assertThat(written.split("\"code\": \"NT1\"", -1)).hasSize(3);
    assertThat(written).contains("\"title\": \"Local people employed (revised)\"");
    assertThat(ProcurementSchemaTest.schema("valuation").validate(written, InputFormat.JSON)).isEmpty();
  }

  @Test
  void twoEditionsWithOneReferenceAreWrittenOnceDeclaredAndOnceEmbeddedAndReadBack() {
    Valuation sample = ProcurementSamples.valuation();
    OutcomeLine jobs = sample.lines().get(0);
    ProxyEdition retitled = ProxyEdition.builder().from(jobs.edition().orElseThrow()).title("Sample, corrected").build();
    Valuation two = Valuation.builder().from(sample).addLines(OutcomeLine.builder().from(jobs).id("jobs-corrected")
        .edition(retitled).build()).build();

    String written = json.write(Documents.VALUATION, two);

    assertThat(json.read(Documents.VALUATION, written)).isEqualTo(two);
    assertThat(written).contains("\"edition\": \"sample@2024.1\"").contains("\"title\": \"Sample, corrected\"");
  }

  @Test
  void aLineWrittenAloneEmbedsItsMeasureAndEditionAndReadsBack() {
    OutcomeLine jobs = ProcurementSamples.valuation().lines().get(0);

    String written = json.write(jobs, OutcomeLine.class);

    assertThat(json.read(written, OutcomeLine.class)).isEqualTo(jobs);
  }

  private List<String> problems(String document) {
    JsonProblemsException e = catchThrowableOfType(JsonProblemsException.class,
        () -> json.read(Documents.VALUATION, document));
    assertThat(e).as("refused").isNotNull();
    return e.problems().stream().map(Problem::toString).toList();
  }
}
