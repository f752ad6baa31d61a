package uk.gov.lancashire.socialvalue.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import org.junit.jupiter.api.Test;

/** Every example document and every written document validates against its JSON Schema. */
class SchemaTest {

  static final String BASE = "https://schemas.socialvalue.lancashire.gov.uk/1/";
  private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
      b -> b.schemaMappers(m -> m.mapPrefix(BASE, "classpath:uk/gov/lancashire/socialvalue/json/schema/")));

  static final JsonSchema FRAMEWORK = FACTORY.getSchema(SchemaLocation.of(BASE + "framework.schema.json"));
  static final JsonSchema EDITION = FACTORY.getSchema(SchemaLocation.of(BASE + "proxy-edition.schema.json"));
  static final JsonSchema NEEDS_ANALYSIS = FACTORY.getSchema(SchemaLocation.of(BASE + "needs-analysis.schema.json"));
  static final JsonSchema STRATEGY_PLAN = FACTORY.getSchema(SchemaLocation.of(BASE + "strategy-plan.schema.json"));
  static final JsonSchema CONTRACT_CATEGORY = FACTORY.getSchema(
      SchemaLocation.of(BASE + "needs-analysis.schema.json#/$defs/contractCategory"));

  private final SocialValueJson json = SocialValueJson.standard().withPrettyOutput(true);

  @Test
  void exampleDocumentsAreValid() {
    assertThat(FRAMEWORK.validate(TestFiles.text("sample-framework.json"), InputFormat.JSON)).isEmpty();
    assertThat(EDITION.validate(TestFiles.text("sample-edition.json"), InputFormat.JSON)).isEmpty();
  }

  @Test
  void writtenDocumentsAreValid() {
    assertThat(FRAMEWORK.validate(json.write(Documents.FRAMEWORK, Samples.framework()), InputFormat.JSON)).isEmpty();
    assertThat(EDITION.validate(json.write(Documents.PROXY_EDITION, Samples.edition()), InputFormat.JSON)).isEmpty();
  }

  @Test
  void theSchemaRejectsWhatTheReaderRejects() {
    String golden = TestFiles.text("sample-edition.json");

    assertThat(EDITION.validate(golden.replace("\"formatVersion\": 1", "\"formatVersion\": 2"), InputFormat.JSON))
        .isNotEmpty();
    assertThat(EDITION.validate(golden.replace("\"0.125\"", "\"1e9\""), InputFormat.JSON)).isNotEmpty();
    assertThat(EDITION.validate(golden.replace("\"fte-years\"", "\"FTE_YEARS\""), InputFormat.JSON)).isNotEmpty();
    assertThat(EDITION.validate(golden.replace("\"licence\": \"illustrative\",\n  \"values\"",
        "\"licence\": \"illustrative\",\n  \"colour\": \"red\",\n  \"values\""), InputFormat.JSON)).isNotEmpty();
  }

  // ---------------------------------------------------------------- needs analysis and strategy plan

  @Test
  void needsAndPlanExampleDocumentsAreValid() {
    assertThat(NEEDS_ANALYSIS.validate(TestFiles.text("sample-needs-analysis.json"), InputFormat.JSON)).isEmpty();
    assertThat(STRATEGY_PLAN.validate(TestFiles.text("sample-strategy-plan.json"), InputFormat.JSON)).isEmpty();
    assertThat(CONTRACT_CATEGORY.validate(TestFiles.text("sample-contract-category.json"), InputFormat.JSON)).isEmpty();
  }

  @Test
  void writtenNeedsAndPlanDocumentsAreValid() {
    assertThat(NEEDS_ANALYSIS.validate(json.write(Documents.NEEDS_ANALYSIS, NeedsSamples.analysis()), InputFormat.JSON)).isEmpty();
    assertThat(STRATEGY_PLAN.validate(json.write(Documents.STRATEGY_PLAN, NeedsSamples.plan()), InputFormat.JSON)).isEmpty();
    assertThat(CONTRACT_CATEGORY.validate(json.write(NeedsSamples.category(),
        uk.gov.lancashire.socialvalue.needs.ContractCategory.class), InputFormat.JSON)).isEmpty();
  }

  @Test
  void theNeedsAndPlanSchemasRejectWhatTheReaderRejects() {
    String analysis = TestFiles.text("sample-needs-analysis.json");
    String plan = TestFiles.text("sample-strategy-plan.json");

    assertThat(NEEDS_ANALYSIS.validate(analysis.replace("\"formatVersion\": 1", "\"formatVersion\": 2"),
        InputFormat.JSON)).isNotEmpty();
    assertThat(NEEDS_ANALYSIS.validate(analysis.replace("\"higher-is-better\"", "\"HIGHER_IS_BETTER\""),
        InputFormat.JSON)).isNotEmpty();
    assertThat(NEEDS_ANALYSIS.validate(analysis.replace("\"desired\": \"75\"", "\"desired\": \"0.0\""),
        InputFormat.JSON)).isNotEmpty();
    assertThat(NEEDS_ANALYSIS.validate(analysis.replace("\"outcomeId\": \"employment\"",
        "\"outcomeId\": \"employment\", \"measure\": \"NT2\""), InputFormat.JSON)).isNotEmpty();
    assertThat(STRATEGY_PLAN.validate(plan.replace("\"format\": \"socialvalue/strategy-plan\"",
        "\"format\": \"socialvalue/framework\""), InputFormat.JSON)).isNotEmpty();
    assertThat(STRATEGY_PLAN.validate(plan.replace("\"value\": \"40\"", "\"value\": \"4e1\""),
        InputFormat.JSON)).isNotEmpty();
    assertThat(STRATEGY_PLAN.validate(plan.replace("\"measure\": \"NT1\"",
        "\"measure\": \"NT1\", \"schemeId\": \"lcc\""), InputFormat.JSON)).isNotEmpty();
    assertThat(STRATEGY_PLAN.validate(plan.replace("\"year\": \"2024/25\"", "\"year\": 2024"),
        InputFormat.JSON)).isNotEmpty();
  }
}
