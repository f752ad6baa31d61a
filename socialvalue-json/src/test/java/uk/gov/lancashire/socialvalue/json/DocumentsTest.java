package uk.gov.lancashire.socialvalue.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import uk.gov.lancashire.socialvalue.basics.Problem;

/** The descriptors: read and write by descriptor, any document by its marker, compact unless asked. */
class DocumentsTest {

  private final SocialValueJson json = SocialValueJson.standard();

  @Test
  void everyFormatHasOneDescriptor() {
    assertThat(Documents.all()).extracting(Document::format).doesNotHaveDuplicates();
    Documents.all().forEach(d -> assertThat(Documents.byFormat(d.format())).contains(d));
    assertThat(Documents.byFormat("socialvalue/tender")).contains(Documents.TENDER);
    assertThat(Documents.TENDER_EVALUATION.readable()).isFalse();
    assertThat(Documents.FRAMEWORK.readable()).isTrue();
  }

  @Test
  void readAnyRecognisesADocumentByItsMarker() {
    String text = TestFiles.text("sample-contract.json");

    SocialValueJson.Read<?> read = json.readAny(text);

    assertThat(read.document()).isEqualTo(Documents.CONTRACT);
    assertThat(read.value()).isEqualTo(json.read(Documents.CONTRACT, text));
  }

  @Test
  void readAnyRefusesUnknownAndWrittenOnlyFormats() {
    JsonProblemsException unknown = catchThrowableOfType(JsonProblemsException.class,
        () -> json.readAny("{\"format\": \"socialvalue/nothing\", \"formatVersion\": 1}"));
    JsonProblemsException written = catchThrowableOfType(JsonProblemsException.class,
        () -> json.readAny(TestFiles.text("sample-tender-evaluation.json")));
    JsonProblemsException none = catchThrowableOfType(JsonProblemsException.class, () -> json.readAny("{}"));

    assertThat(unknown.problems()).extracting(Problem::path).containsExactly("$.format");
    assertThat(written.problems()).extracting(Problem::path).containsExactly("$.format");
    assertThat(none.problems()).extracting(Problem::toString)
        .containsExactly("$: is not a socialvalue document: \"format\" is required");
  }

  @Test
  void documentsAreCompactUnlessPrettyOutputIsAsked() {
    String golden = TestFiles.text("sample-contract.json");
    ContractDocument contract = json.read(Documents.CONTRACT, golden);

    String compact = json.write(Documents.CONTRACT, contract);
    ByteArrayOutputStream streamed = new ByteArrayOutputStream();
    json.write(Documents.CONTRACT, contract, streamed);

    assertThat(compact).doesNotContain("\n  ").endsWith("}\n").startsWith("{\"format\":\"socialvalue/contract\",");
    assertThat(streamed.toString(StandardCharsets.UTF_8)).isEqualTo(compact);
    assertThat(json.withPrettyOutput(true).write(Documents.CONTRACT, contract)).isEqualTo(golden);
    assertThat(json.read(Documents.CONTRACT, compact)).isEqualTo(contract);
  }
}
