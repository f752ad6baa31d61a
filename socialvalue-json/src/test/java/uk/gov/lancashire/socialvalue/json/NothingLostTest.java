package uk.gov.lancashire.socialvalue.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import uk.gov.lancashire.socialvalue.basics.Problem;

/**
 * One test per way a document used to be read with something silently lost or an unchecked exception:
 * aliased keys, repeated set elements, single-document rules found only later, byte order marks, raw
 * parser exceptions (the CSV loader's byte order mark and currencies: sheets' {@code ProxyValueCsvTest}).
 */
class NothingLostTest {

  private final SocialValueJson json = SocialValueJson.standard();

  private static JsonProblemsException fails(Runnable read) {
    JsonProblemsException e = catchThrowableOfType(JsonProblemsException.class, read::run);
    assertThat(e).as("a JsonProblemsException").isNotNull();
    return e;
  }

  private static List<String> problems(JsonProblemsException e) {
    return e.problems().stream().map(Problem::toString).toList();
  }

  // ---------------------------------------------------------------- aliased keys

  @Test
  void twoSpellingsOfOneMeasureCodeAreAProblemNamingBoth() {
    String edition = TestFiles.text("sample-edition.json").replace("\"values\": {\n    \"NT1\": {",
        "\"values\": {\n    \"NT01\": {\"amount\": {\"amount\": \"999\", \"currency\": \"GBP\"}, \"unit\": \"hours\","
            + " \"priceYear\": 2024, \"source\": \"s\", \"licence\": \"l\"},\n    \"NT1\": {");

    assertThat(problems(fails(() -> json.read(Documents.PROXY_EDITION, edition))))
        .containsExactly("$.values.NT1: denotes the same key as \"NT01\"; each key may appear once");
  }

  @Test
  void investmentPeriodsMinusZeroAndZeroAreAProblem() {
    String valuation = TestFiles.text("sample-valuation.json").replace("\"investment\": {\n    \"0\": {",
        "\"investment\": {\n    \"-0\": {\"amount\": \"1.00\", \"currency\": \"GBP\"},\n    \"0\": {");

    assertThat(problems(fails(() -> json.read(Documents.VALUATION, valuation))))
        .containsExactly("$.investment['0']: denotes the same key as \"-0\"; each key may appear once");
  }

  // ---------------------------------------------------------------- repeated set elements

  @Test
  void aRepeatedShortlistedMeasureIsAProblem() {
    String tender = TestFiles.text("sample-tender.json").replace("\"NT1\",\n        \"NT2\"",
        "\"NT1\",\n        \"NT2\",\n        \"NT1\"");

    assertThat(problems(fails(() -> json.read(Documents.TENDER, tender))))
        .containsExactly("$.tender.scheme.shortlist[2]: repeats the string \"NT1\"; each value may appear once");
  }

  @Test
  void aRepeatedLocalityValueIsAProblem() {
    String contract = TestFiles.text("sample-contract.json").replace("\"BB1\",\n        \"PR\"",
        "\"BB1\",\n        \"PR\",\n        \"BB1\"");

    assertThat(problems(fails(() -> json.read(Documents.CONTRACT, contract))))
        .containsExactly("$.contract.locality.values[2]: repeats the string \"BB1\"; each value may appear once");
  }

  // ---------------------------------------------------------------- single-document rules at read time

  @Test
  void tenderRulesOfOneDocumentAreCheckedWhenItIsRead() {
    String tender = TestFiles.text("sample-tender.json")
        .replaceFirst("\"bidder\": \"beta\"", "\"bidder\": \"alpha\"")
        .replaceFirst("\"amount\": \"1000000.00\",\n        \"currency\": \"GBP\"",
            "\"amount\": \"1000000.00\",\n        \"currency\": \"EUR\"")
        .replaceFirst("\"plan\": \"7\"", "\"plan\": \"11\"")
        .replaceFirst("\"quality\": \"3\"", "\"price\": \"3\"");

    assertThat(problems(fails(() -> json.read(Documents.TENDER, tender)))).containsExactlyInAnyOrder(
        "$.bids[1].bidder: repeats bidder 'alpha'; each bidder may bid once",
        "$.bids[0].price.currency: must be the tender's currency GBP, was EUR",
        "$.bids[0].answers.plan: mark must be between 0 and 10, was 11",
        "$.bids[1].answers.price: no marked criterion 'price' in the scheme");
  }

  @Test
  void aRepeatedRecordIdIsAProblemWhenAReportIsRead() {
    String report = TestFiles.text("sample-delivery-report.json").replace("\"id\": \"r2\"", "\"id\": \"r1\"");

    assertThat(problems(fails(() -> json.read(Documents.DELIVERY_REPORT, report))))
        .containsExactly("$.records[1].id: repeats the id of records[0]; each record id may appear once");
  }

  // ---------------------------------------------------------------- byte order marks

  @Test
  void aByteOrderMarkIsSkippedByEveryReader() {
    String text = TestFiles.text("sample-framework.json");
    byte[] utf8 = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
    var expected = json.read(Documents.FRAMEWORK, text);

    assertThat(json.read(Documents.FRAMEWORK, "\uFEFF" + text)).isEqualTo(expected);
    assertThat(json.read(Documents.FRAMEWORK, new StringReader("\uFEFF" + text))).isEqualTo(expected);
    assertThat(json.read(Documents.FRAMEWORK, new ByteArrayInputStream(utf8))).isEqualTo(expected);
    assertThat(json.readAny("\uFEFF" + text).value()).isEqualTo(expected);
  }

  // ---------------------------------------------------------------- never another exception

  @Test
  void encodingDetectionFailuresAreProblems() {
    byte[][] inputs = {
        {0, 0, (byte) 0xFE, (byte) 0xFF, 0}, {(byte) 0xFF, (byte) 0xFE, 0, 0, '{'}, {0, 0, 0, '{', 0, 0},
        {(byte) 0xFE, (byte) 0xFF, (byte) 0xD8, 0}, {0, '{', 0}, {(byte) 0xEF, (byte) 0xBB}, {(byte) 0x80, '{'},
        {(byte) 0xC0, (byte) 0x80}, {0, 0, 0, (byte) 0x80, 0, 0, 0, '}'}};
    for (byte[] input : inputs) {
      fails(() -> json.read(Documents.FRAMEWORK, new ByteArrayInputStream(input)));
      fails(() -> json.readDeliveryRecords(new ByteArrayInputStream(input), r -> { }));
    }
  }

  @Property(tries = 300)
  void anyBytesGiveAValueOrProblems(@ForAll @Size(max = 24) byte[] input) {
    for (Document<?> document : Documents.all()) {
      try {
        json.read(document, new ByteArrayInputStream(input));
      } catch (JsonProblemsException e) {
        assertThat(e.problems()).allSatisfy(p -> assertThat(p.path()).startsWith("$"));
      }
    }
  }
}
