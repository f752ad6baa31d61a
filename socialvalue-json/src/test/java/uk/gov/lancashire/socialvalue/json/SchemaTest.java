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

  private final SocialValueJson json = SocialValueJson.standard();

  @Test
  void exampleDocumentsAreValid() {
    assertThat(FRAMEWORK.validate(TestFiles.text("sample-framework.json"), InputFormat.JSON)).isEmpty();
    assertThat(EDITION.validate(TestFiles.text("sample-edition.json"), InputFormat.JSON)).isEmpty();
  }

  @Test
  void writtenDocumentsAreValid() {
    assertThat(FRAMEWORK.validate(json.writeFramework(Samples.framework()), InputFormat.JSON)).isEmpty();
    assertThat(EDITION.validate(json.writeProxyEdition(Samples.edition()), InputFormat.JSON)).isEmpty();
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
}
