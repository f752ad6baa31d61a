package uk.gov.lancashire.socialvalue.json;

import uk.gov.lancashire.socialvalue.json.delivery.DeliveryReports;
import uk.gov.lancashire.socialvalue.json.engine.In;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.lancashire.socialvalue.basics.Problem;
import uk.gov.lancashire.socialvalue.delivery.DeliveryRecord;

/** The streamed delivery report: same documents as the tree-based methods, problems with paths, bounded. */
class DeliveryReportStreamingTest {

  private final SocialValueJson json = SocialValueJson.standard().withPrettyOutput(true);
  private final String golden = TestFiles.text("sample-delivery-report.json");

  private static InputStream bytes(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void badRecordsAreAllReportedAtTheEndAfterTheConsumerSawOnlyTheGoodOnes() {
    String document = golden.replace("\"quantity\": \"0.25\"", "\"quantity\": 0.25")
        .replace("\"status\": \"claimed\"", "\"status\": \"approved\"");
    String three = document.replace("  ]\n}", "  ,\n" + recordText("r3") + "\n  ]\n}");
    List<DeliveryRecord> seen = new ArrayList<>();

    JsonProblemsException e = catchThrowableOfType(JsonProblemsException.class,
        () -> json.readDeliveryRecords(bytes(three), seen::add));

    assertThat(seen).extracting(DeliveryRecord::id).containsExactly("r3");
    assertThat(e.problems()).extracting(Problem::toString).containsExactly(
        "$.records[0].quantity: must be a decimal written as a string, such as \"0.25\", was the number 0.25",
        "$.records[1].status: unknown record status \"approved\"; expected one of [claimed, evidenced, rejected,"
            + " verified]");
    JsonProblemsException tree = catchThrowableOfType(JsonProblemsException.class, () -> json.read(Documents.DELIVERY_REPORT, three));
    assertThat(tree.problems()).isEqualTo(e.problems());
  }

  @Test
  void coreValidationProblemsOfAStreamedRecordAreMappedOntoItsPath() {
    String document = golden.replace("\"share\": \"0.3333333333333333333333333333333333\"", "\"share\": \"1.5\"");

    JsonProblemsException e = catchThrowableOfType(JsonProblemsException.class,
        () -> json.readDeliveryRecords(bytes(document), r -> { }));

    assertThat(e.problems()).extracting(Problem::toString)
        .containsExactly("$.records[1].share: must be more than 0 and at most 1, was 1.5");
  }

  @Test
  void aRecordStuffedWithLongUnknownPropertiesIsRefusedWithoutHoldingThem() {
    // 8 unknown properties of 900,000 characters each: under the 1 MB string limit and the token budget;
    // their values are skipped unread, never held; the record is refused, the next one read
    StringBuilder stuffed = new StringBuilder("    {\"id\": \"stuffed\"");
    String filler = "x".repeat(900_000);
    for (int i = 0; i < 8; i++) {
      stuffed.append(", \"junk").append(i).append("\": \"").append(filler).append('"');
    }
    stuffed.append('}');
    String document = golden.replaceFirst("\"records\": \\[", "\"records\": [\n" + stuffed + ",");
    List<DeliveryRecord> seen = new ArrayList<>();

    JsonProblemsException e = catchThrowableOfType(JsonProblemsException.class,
        () -> json.readDeliveryRecords(bytes(document), seen::add));

    assertThat(e.problems()).extracting(Problem::toString).contains(
        "$.records[0].junk0: unknown property; expected one of [id, period, measure, quantity, supplier, status,"
            + " evidence, claimKey, location, employmentStart, share]", "$.records[0].period: is required");
    assertThat(seen).isEqualTo(ProcurementSamples.records());
  }

  @Test
  void aBrokenLimitNamesThePathAndLineWhereTheParserStopped() {
    String document = golden.replaceFirst("\"quantity\": \"[0-9.]+\"", "\"quantity\": 1" + "0".repeat(10_000));

    JsonProblemsException e = catchThrowableOfType(JsonProblemsException.class,
        () -> json.readDeliveryRecords(bytes(document), r -> { }));

    assertThat(e.problems()).hasSize(1);
    assertThat(e.problems().get(0).path()).isEqualTo("$.records[0].quantity");
    assertThat(e.problems().get(0).message()).contains("Number value length").containsPattern("at line \\d+, column \\d+");
  }

  @Test
  void aStreamedDocumentMayBeLongerThanTheTreeLimitBecauseOnlyOneRecordIsHeld() {
    SocialValueJson small = json.withMaxDocumentLength(500);
    List<DeliveryRecord> seen = new ArrayList<>();

    assertThatThrownBy(() -> small.read(Documents.DELIVERY_REPORT, golden)).hasMessageContaining("Document length");
    assertThat(small.readDeliveryRecords(bytes(golden), seen::add)).isEqualTo(2);
    assertThat(seen).isEqualTo(ProcurementSamples.records());
  }

  @Test
  void theMarkerMustComeBeforeTheRecords() {
    String document = "{\"records\": [], \"format\": \"socialvalue/delivery-report\", \"formatVersion\": 1}";

    JsonProblemsException e = catchThrowableOfType(JsonProblemsException.class,
        () -> json.readDeliveryRecords(bytes(document), r -> { }));

    assertThat(e.problems()).extracting(Problem::path).containsExactly("$.records");
    assertThat(json.read(Documents.DELIVERY_REPORT, document)).isEmpty();
  }

  @Test
  void anUnknownVersionStopsTheStreamBeforeAnyRecordNamingTheSupportedOnes() {
    List<DeliveryRecord> seen = new ArrayList<>();

    JsonProblemsException e = catchThrowableOfType(JsonProblemsException.class, () -> json.readDeliveryRecords(
        bytes(golden.replace("\"formatVersion\": 1", "\"formatVersion\": 7")), seen::add));

    assertThat(seen).isEmpty();
    assertThat(e.problems()).extracting(Problem::toString).containsExactly(
        "$.formatVersion: must be a supported version of socialvalue/delivery-report, was the number 7;"
            + " this library reads versions [1]");
  }

  @Test
  void aMissingMarkerIsRefused() {
    JsonProblemsException e = catchThrowableOfType(JsonProblemsException.class,
        () -> json.readDeliveryRecords(bytes("{}"), r -> { }));

    assertThat(e.getMessage()).contains("$: is not a socialvalue/delivery-report document");
  }

  @Test
  void unknownTopLevelPropertiesAreReportedAndSkipped() {
    String document = golden.replace("\"formatVersion\": 1,", "\"formatVersion\": 1,\n  \"colour\": {\"red\": [1, 2]},");
    List<DeliveryRecord> seen = new ArrayList<>();

    JsonProblemsException e = catchThrowableOfType(JsonProblemsException.class,
        () -> json.readDeliveryRecords(bytes(document), seen::add));

    assertThat(seen).hasSize(2);
    assertThat(e.problems()).extracting(Problem::path).containsExactly("$.colour");
    assertThat(json.withUnknownPropertiesRejected(false).readDeliveryRecords(bytes(document), r -> { })).isEqualTo(2);
  }

  @Test
  void aTruncatedStreamStopsWithTheProblemsFoundSoFar() {
    String document = golden.replace("\"quantity\": \"0.25\"", "\"quantity\": \"x\"");

    JsonProblemsException e = catchThrowableOfType(JsonProblemsException.class,
        () -> json.readDeliveryRecords(bytes(document.substring(0, document.length() - 40)), r -> { }));

    assertThat(e.problems()).hasSize(2);
    assertThat(e.problems().get(0).path()).isEqualTo("$.records[0].quantity");
    assertThat(e.problems().get(1).message()).contains("end-of-input");
  }

  @Test
  void duplicateKeysAreRefusedWhenStreaming() {
    String document = golden.replace("\"id\": \"r1\",", "\"id\": \"r1\", \"id\": \"r9\",");

    assertThatThrownBy(() -> json.readDeliveryRecords(bytes(document), r -> { }))
        .hasMessageContaining("Duplicate Object property \"id\"");
  }

  /**
   * The streamed reader's parser leaves repeated names to the reader: a repeat of any property of the
   * document, wherever it is, is refused as the whole-document reader (Jackson's detection) refuses it.
   */
  @Test
  void everyRepeatedPropertyIsRefusedWhenStreamingAsWhenReadWhole() {
    java.util.regex.Matcher name = java.util.regex.Pattern.compile("\"(\\w+)\": ").matcher(golden);
    int repeats = 0;
    while (name.find()) {
      String document = golden.substring(0, name.start()) + "\"" + name.group(1) + "\": null, "
          + golden.substring(name.start());
      for (SocialValueJson reader : List.of(json, json.withUnknownPropertiesRejected(false))) {
        assertThatThrownBy(() -> reader.readDeliveryRecords(bytes(document), r -> { })).as(document)
            .isInstanceOf(JsonProblemsException.class).hasMessageContaining("Duplicate Object property \""
                + name.group(1) + "\"");
        assertThatThrownBy(() -> reader.read(Documents.DELIVERY_REPORT, document)).as(document)
            .hasMessageContaining("Duplicate Object property \"" + name.group(1) + "\"");
      }
      repeats++;
    }
    assertThat(repeats).isEqualTo(25);
  }

  @Test
  void bytesThatAreNotWellFormedUtf8AreAProblemNotAnotherCharacter() {
    byte[] plain = golden.getBytes(StandardCharsets.UTF_8);
    String aliased = new String(plain, StandardCharsets.ISO_8859_1).replace("\"id\": \"r1\"", "\"\u00C1\u00A9d\": \"r1\"");
    byte[] overlong = aliased.getBytes(StandardCharsets.ISO_8859_1); // "\xC1\xA9d": an overlong "id"

    JsonProblemsException e = catchThrowableOfType(JsonProblemsException.class,
        () -> json.readDeliveryRecords(new ByteArrayInputStream(overlong), r -> { }));

    assertThat(e.problems()).hasSize(1);
    assertThat(e.problems().get(0).message()).contains("invalid UTF-8").contains("0xC1");
  }

  @Test
  void repeatsAmongUnknownAndSkippedPropertiesAreRefusedWhenStreaming() {
    SocialValueJson lenient = json.withUnknownPropertiesRejected(false);
    for (String extra : List.of("\"x\": 1, \"x\": 2,", "\"x\": {\"y\": [{\"z\": 1, \"z\": 2}]},",
        "\"x\": [{\"y\": 1}, {\"y\": {\"y\": 2, \"w\": 3, \"y\": 4}}],")) {
      String document = golden.replace("\"id\": \"r2\",", "\"id\": \"r2\", " + extra);
      assertThatThrownBy(() -> lenient.readDeliveryRecords(bytes(document), r -> { })).as(extra)
          .hasMessageContaining("Duplicate Object property");
      assertThatThrownBy(() -> lenient.read(Documents.DELIVERY_REPORT, document)).as(extra)
          .hasMessageContaining("Duplicate Object property");
    }
    String fine = golden.replace("\"id\": \"r2\",", "\"id\": \"r2\", \"x\": [{\"y\": 1}, {\"y\": {\"y\": 2}}],");
    assertThat(lenient.readDeliveryRecords(bytes(fine), r -> { })).isEqualTo(2);
  }

  @Test
  void aRecordWithTooManyTokensIsAProblemNotAnAllocation() {
    StringBuilder evidence = new StringBuilder();
    for (int i = 0; i < DeliveryReports.MAX_RECORD_TOKENS + 10; i++) {
      evidence.append(i == 0 ? "" : ",").append("\"e\"");
    }
    String document = golden.replace("\"payroll-2024-06\"", evidence.toString());
    List<DeliveryRecord> seen = new ArrayList<>();

    JsonProblemsException e = catchThrowableOfType(JsonProblemsException.class,
        () -> json.readDeliveryRecords(bytes(document), seen::add));

    assertThat(seen).extracting(DeliveryRecord::id).containsExactly("r2");
    assertThat(e.problems()).extracting(Problem::toString)
        .containsExactly("$.records[0]: a streamed record may hold at most 10000 JSON tokens and "
            + DeliveryReports.MAX_RECORD_CHARS + " characters of names and strings");
  }

  @Test
  void problemsBeyondTheCapAreCountedNotKept() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int records = In.MAX_PROBLEMS + 25;
    try (DeliveryReportWriter writer = json.deliveryReportWriter(out)) {
      for (int i = 0; i < records; i++) {
        writer.write(ProcurementSamples.records().get(0));
      }
    }
    String document = out.toString(StandardCharsets.UTF_8).replace("\"quantity\": \"0.25\"", "\"quantity\": \"-\"");

    JsonProblemsException e = catchThrowableOfType(JsonProblemsException.class,
        () -> json.readDeliveryRecords(bytes(document), r -> { }));

    assertThat(e.problems()).hasSize(In.MAX_PROBLEMS + 1);
    assertThat(e.problems().get(In.MAX_PROBLEMS).toString())
        .isEqualTo("$: and 25 more problems, not listed");
  }

  @Test
  void theWriterLeavesTheStreamOpenAndRefusesRecordsAfterClose() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DeliveryReportWriter writer = json.deliveryReportWriter(out);
    ProcurementSamples.records().forEach(writer::write);
    writer.close();

    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(golden);
    assertThat(writer.written()).isEqualTo(2);
    assertThatThrownBy(() -> writer.write(ProcurementSamples.records().get(0)))
        .isInstanceOf(IllegalStateException.class);
  }

  private static String recordText(String id) {
    return "    {\"id\": \"" + id + "\", \"period\": \"2024/25-Q1\", \"measure\": \"NT1\", \"quantity\": \"1\","
        + " \"supplier\": \"prime\", \"status\": \"claimed\"}";
  }
}
