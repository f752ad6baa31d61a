package uk.gov.lancashire.socialvalue.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.lancashire.socialvalue.basics.Problem;
import uk.gov.lancashire.socialvalue.delivery.DeliveryRecord;
import uk.gov.lancashire.socialvalue.json.delivery.DeliveryReports;

/**
 * Review of the reader-side refusal of repeated names (session 5): to find a repeat, a value skipped by a
 * streamed reader (an unknown property's object, or the objects of its arrays) keeps the names it has met,
 * so those names are kept characters of the record and spend its budget like any other. Without that, one
 * record of an object of 4,900 distinct names of 45,000 characters (220 MB) held them all and ran the
 * stream out of memory at -Xmx64m, whatever the budget of {@link DeliveryReports#MAX_RECORD_CHARS}.
 */
class StreamedSkippedNamesBudgetTest {

  private static final String GOLDEN = TestFiles.text("sample-delivery-report.json");
  private static final String BUDGET = "$.records[0]: a streamed record may hold at most "
      + DeliveryReports.MAX_RECORD_TOKENS + " JSON tokens and " + DeliveryReports.MAX_RECORD_CHARS
      + " characters of names and strings";

  /** @return an object of distinct names of 1,000 characters, more characters than a record's budget */
  private static String manyLongNames() {
    StringBuilder object = new StringBuilder("{");
    long names = DeliveryReports.MAX_RECORD_CHARS / 1_000 + 100;
    for (int i = 0; i < names; i++) {
      object.append(i == 0 ? "" : ",").append('"').append(Integer.toString(i, 36)).append("n".repeat(996))
          .append("\":1");
    }
    return object.append('}').toString();
  }

  private static List<String> read(SocialValueJson json, String document, List<String> seen) {
    JsonProblemsException e = catchThrowableOfType(JsonProblemsException.class, () -> json.readDeliveryRecords(
        new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)), r -> seen.add(r.id())));
    return e == null ? List.of() : e.problems().stream().map(Problem::toString).toList();
  }

  @Test
  void theNamesOfASkippedObjectSpendTheRecordsBudget() {
    String document = GOLDEN.replace("\"id\": \"r1\",", "\"id\": \"r1\", \"x\": " + manyLongNames() + ",");
    List<String> seen = new ArrayList<>();

    List<String> problems = read(SocialValueJson.standard().withUnknownPropertiesRejected(false), document, seen);

    assertThat(problems).containsExactly(BUDGET);
    assertThat(seen).containsExactly("r2");
  }

  @Test
  void soDoTheNamesOfObjectsInASkippedArray() {
    String document = GOLDEN.replace("\"id\": \"r1\",",
        "\"id\": \"r1\", \"x\": [1, {\"a\": [" + manyLongNames() + "]}],");
    List<String> seen = new ArrayList<>();

    List<String> strict = read(SocialValueJson.standard(), document, seen);

    assertThat(strict).contains(BUDGET);
    assertThat(seen).containsExactly("r2");
  }

  @Test
  void aSkippedObjectWithinTheBudgetIsStillRead() {
    String small = "{\"" + "n".repeat(1_000) + "\": {\"a\": 1, \"b\": [{\"a\": 2}]}, \"b\": 3}";
    String document = GOLDEN.replace("\"id\": \"r1\",", "\"id\": \"r1\", \"x\": " + small + ",");
    List<String> seen = new ArrayList<>();

    assertThat(read(SocialValueJson.standard().withUnknownPropertiesRejected(false), document, seen)).isEmpty();
    assertThat(seen).containsExactly("r1", "r2");
    List<DeliveryRecord> records = new ArrayList<>();
    SocialValueJson.standard().withUnknownPropertiesRejected(false).readDeliveryRecords(
        new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)), records::add);
    assertThat(records).isEqualTo(ProcurementSamples.records());
  }
}
