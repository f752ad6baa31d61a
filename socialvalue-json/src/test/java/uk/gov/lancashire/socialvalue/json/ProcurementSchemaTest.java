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

  private final SocialValueJson json = SocialValueJson.standard();

  static JsonSchema schema(String name) {
    return FACTORY.getSchema(SchemaLocation.of(SchemaTest.BASE + name + ".schema.json"));
  }

  @Test
  void exampleDocumentsAreValid() {
    assertThat(DELIVERY_REPORT.validate(TestFiles.text("sample-delivery-report.json"), InputFormat.JSON)).isEmpty();
    assertThat(CONTRACT.validate(TestFiles.text("sample-contract.json"), InputFormat.JSON)).isEmpty();
  }

  @Test
  void writtenDocumentsAreValid() {
    assertThat(DELIVERY_REPORT.validate(json.writeDeliveryReport(ProcurementSamples.records()), InputFormat.JSON))
        .isEmpty();
    assertThat(CONTRACT.validate(json.writeContract(ProcurementSamples.contractDocument()), InputFormat.JSON))
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
  }
}
