package uk.gov.lancashire.socialvalue.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import org.junit.jupiter.api.Test;

/** Every example document and every written document of phase 2b validates against its JSON Schema. */
class ProcurementSchemaTest {

  private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
      b -> b.schemaMappers(m -> m.mapPrefix(SchemaTest.BASE, "classpath:uk/gov/lancashire/socialvalue/json/schema/")));

  static final JsonSchema DELIVERY_REPORT = schema("delivery-report");
  static final JsonSchema CONTRACT = schema("contract");
  static final JsonSchema TENDER = schema("tender");
  static final JsonSchema TENDER_EVALUATION = schema("tender-evaluation");
  static final JsonSchema VALUATION = schema("valuation");
  static final JsonSchema VALUATION_RESULT = schema("valuation-result");
  static final JsonSchema ANNUAL_STATEMENT = schema("annual-statement");

  private final SocialValueJson json = SocialValueJson.standard().withPrettyOutput(true);

  static JsonSchema schema(String name) {
    return FACTORY.getSchema(SchemaLocation.of(SchemaTest.BASE + name + ".schema.json"));
  }

  @Test
  void exampleDocumentsAreValid() {
    assertThat(DELIVERY_REPORT.validate(TestFiles.text("sample-delivery-report.json"), InputFormat.JSON)).isEmpty();
    assertThat(CONTRACT.validate(TestFiles.text("sample-contract.json"), InputFormat.JSON)).isEmpty();
    assertThat(TENDER.validate(TestFiles.text("sample-tender.json"), InputFormat.JSON)).isEmpty();
    assertThat(TENDER_EVALUATION.validate(TestFiles.text("sample-tender-evaluation.json"), InputFormat.JSON)).isEmpty();
    assertThat(VALUATION.validate(TestFiles.text("sample-valuation.json"), InputFormat.JSON)).isEmpty();
    assertThat(VALUATION_RESULT.validate(TestFiles.text("sample-valuation-result.json"), InputFormat.JSON)).isEmpty();
    assertThat(ANNUAL_STATEMENT.validate(TestFiles.text("sample-annual-statement.json"), InputFormat.JSON)).isEmpty();
  }

  @Test
  void writtenDocumentsAreValid() {
    assertThat(DELIVERY_REPORT.validate(json.write(Documents.DELIVERY_REPORT, ProcurementSamples.records()), InputFormat.JSON))
        .isEmpty();
    assertThat(CONTRACT.validate(json.write(Documents.CONTRACT, ProcurementSamples.contractDocument()), InputFormat.JSON))
        .isEmpty();
    assertThat(TENDER.validate(json.write(Documents.TENDER, ProcurementSamples.tenderDocument()), InputFormat.JSON)).isEmpty();
    assertThat(TENDER_EVALUATION.validate(json.write(Documents.TENDER_EVALUATION, ProcurementSamples.evaluation()), InputFormat.JSON))
        .isEmpty();
    assertThat(VALUATION.validate(json.write(Documents.VALUATION, ProcurementSamples.valuation()), InputFormat.JSON)).isEmpty();
    assertThat(VALUATION_RESULT.validate(json.write(Documents.VALUATION_RESULT, ProcurementSamples.valuation().result()),
        InputFormat.JSON)).isEmpty();
    assertThat(ANNUAL_STATEMENT.validate(json.write(Documents.ANNUAL_STATEMENT, ProcurementSamples.statement()), InputFormat.JSON))
        .isEmpty();
  }

  @Test
  void theSchemasRejectWhatTheReadersReject() {
    String report = TestFiles.text("sample-delivery-report.json");
    String contract = TestFiles.text("sample-contract.json");

    assertThat(DELIVERY_REPORT.validate(report.replace("\"formatVersion\": 1", "\"formatVersion\": 2"),
        InputFormat.JSON)).isNotEmpty();
    assertThat(DELIVERY_REPORT.validate(report.replace("\"verified\"", "\"VERIFIED\""), InputFormat.JSON)).isNotEmpty();
    assertThat(DELIVERY_REPORT.validate(report.replace("\"0.25\"", "\"2.5e-1\""), InputFormat.JSON)).isNotEmpty();
    assertThat(CONTRACT.validate(contract.replace("\"termYears\": 2", "\"termYears\": \"2\""), InputFormat.JSON))
        .isNotEmpty();
    assertThat(CONTRACT.validate(contract.replace("\"format\": \"socialvalue/contract\",\n", ""), InputFormat.JSON))
        .isNotEmpty();
    String tender = TestFiles.text("sample-tender.json");
    assertThat(TENDER.validate(tender.replace("\"lowest-price\"", "\"LOWEST_PRICE\""), InputFormat.JSON)).isNotEmpty();
    assertThat(TENDER.validate(tender.replace("\"bidder\": \"beta\",", "\"bidder\": \"beta\", \"colour\": 1,"),
        InputFormat.JSON)).isNotEmpty();
    String valuation = TestFiles.text("sample-valuation.json");
    assertThat(VALUATION.validate(valuation.replace("\"next-period\"", "\"NEXT_PERIOD\""), InputFormat.JSON))
        .isNotEmpty();
    assertThat(VALUATION.validate(valuation.replace("\"formatVersion\": 2", "\"formatVersion\": 3"), InputFormat.JSON))
        .isNotEmpty();
    assertThat(VALUATION.validate(valuation.replace("\"edition\": \"sample@2024.1\"", "\"edition\": \"sample\""),
        InputFormat.JSON)).isNotEmpty();
  }
}
