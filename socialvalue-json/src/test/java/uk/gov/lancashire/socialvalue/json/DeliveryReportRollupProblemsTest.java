package uk.gov.lancashire.socialvalue.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.lancashire.socialvalue.basics.Problem;
import uk.gov.lancashire.socialvalue.delivery.RecordStatus;
import uk.gov.lancashire.socialvalue.portfolio.PortfolioRollup;

/**
 * The roll-up's own problems (a sound record of a measure the roll-up does not know) are placed like the
 * reader's: at the record's property, numbered across chunks, in document order with the reader's problems,
 * at most {@link DeliveryReportRollup#MAX_PROBLEMS} listed and one counting the rest; on one thread or
 * three, in one chunk or many, with the scanner or without.
 */
class DeliveryReportRollupProblemsTest {

  private static final PortfolioRollup PLAN = DeliveryReportRollupScannerProperties.plan();

  private static String record(int i, String measure, String quantity) {
    return "{\"id\":\"r" + i + "\",\"period\":\"2024/25-Q1\",\"measure\":\"" + measure + "\",\"quantity\":\""
        + quantity + "\",\"supplier\":\"s\",\"status\":\"claimed\",\"evidence\":[]}";
  }

  private static byte[] document(List<String> records) {
    return ("{\"format\":\"socialvalue/delivery-report\",\"formatVersion\":1,\"records\":[" + String.join(",", records)
        + "]}").getBytes(StandardCharsets.UTF_8);
  }

  private static List<DeliveryReportRollup> readers() {
    DeliveryReportRollup one = DeliveryReportRollup.of(SocialValueJson.standard(), PLAN,
        EnumSet.allOf(RecordStatus.class));
    List<DeliveryReportRollup> all = new ArrayList<>();
    for (boolean scanner : List.of(true, false)) {
      all.add(one.withRecordScanner(scanner));
      all.add(one.withRecordScanner(scanner).withThreads(3).withChunkBytes(300));
    }
    return all;
  }

  @Test
  void anUnknownMeasureIsAProblemAtTheRecordsMeasureInDocumentOrder() {
    byte[] document = document(List.of(record(0, "NT1", "1"), record(1, "NT1", "x"), record(2, "XX9", "2"),
        record(3, "NT2", "-"), record(4, "XX8", "3"), record(5, "NT3", "4")));
    for (DeliveryReportRollup reader : readers()) {
      List<String> problems = reader.read(document).problems().stream().map(Problem::toString).toList();
      assertThat(problems).hasSize(4);
      assertThat(problems.get(0)).startsWith("$.records[1].quantity: must be a plain decimal");
      assertThat(problems.get(1)).isEqualTo(
          "$.records[2].measure: measure XX9 is not in the roll-up's framework or edition");
      assertThat(problems.get(2)).startsWith("$.records[3].quantity: must be a plain decimal");
      assertThat(problems.get(3)).isEqualTo(
          "$.records[4].measure: measure XX8 is not in the roll-up's framework or edition");
    }
  }

  @Test
  void beyondTheListedProblemsTheRestAreCounted() {
    List<String> records = new ArrayList<>();
    for (int i = 0; i < 1_005; i++) {
      records.add(record(i, "XX9", "1"));
    }
    records.add(record(1_005, "NT1", "x"));
    byte[] document = document(records);
    for (DeliveryReportRollup reader : readers()) {
      DeliveryReportRollup.Result result = reader.read(document);
      assertThat(result.problems()).hasSize(DeliveryReportRollup.MAX_PROBLEMS + 1);
      assertThat(result.problems().get(999).toString()).startsWith("$.records[999].measure: measure XX9");
      assertThat(result.problems().get(1_000).toString()).isEqualTo("$: and 6 more problems, not listed");
      assertThat(result.records()).isZero();
    }
  }
}
