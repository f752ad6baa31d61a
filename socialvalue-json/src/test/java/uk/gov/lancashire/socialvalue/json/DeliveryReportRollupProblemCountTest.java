package uk.gov.lancashire.socialvalue.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import uk.gov.lancashire.socialvalue.basics.Problem;
import uk.gov.lancashire.socialvalue.delivery.RecordStatus;
import uk.gov.lancashire.socialvalue.portfolio.PortfolioRollup;

/**
 * {@link DeliveryReportRollup.Result#problems()} keeps at most {@link DeliveryReportRollup#MAX_PROBLEMS} problems
 * and then one counting the rest, as its javadoc and {@code MAX_PROBLEMS}' say ("the rest are counted in a last
 * problem, as the streamed reader does"): nothing found is lost from the count, whether the problems are the
 * streamed reader's, records of a measure the roll-up does not know, or records whose value it refuses; with the
 * scanner or without, on one thread or several.
 */
class DeliveryReportRollupProblemCountTest {

  private static final PortfolioRollup PLAN = HostileReports.plan(new java.util.Random(0)); // NT1..NT4 known
  private static final Pattern MORE = Pattern.compile("and (\\d+) more problems, not listed");

  @Test
  void recordsOfAnUnknownMeasureBeyondTheListedOnesAreCounted() {
    checkCount(report(1005, i -> "NT99"), 1005);
  }

  @Test
  void unknownMeasuresAfterAFullListOfTheReadersProblemsAreCounted() {
    // 1,000 bad quantities (the reader's list is full) and then 7 records of an unknown measure
    checkCount(report(1007, i -> i < 1000 ? "bad" : "NT99"), 1007);
  }

  @Test
  void theReadersOwnCountStaysRight() {
    checkCount(report(1010, i -> "bad"), 1010);
  }

  private static void checkCount(byte[] document, long problems) {
    DeliveryReportRollup rollup = DeliveryReportRollup.of(SocialValueJson.standard(), PLAN,
        EnumSet.allOf(RecordStatus.class));
    for (DeliveryReportRollup r : List.of(rollup, rollup.withRecordScanner(false),
        rollup.withThreads(2).withChunkBytes(20_000), rollup.withRecordScanner(false).withThreads(3).withChunkBytes(7_000))) {
      List<Problem> found = r.read(document).problems();
      long listed = 0;
      long counted = 0;
      for (Problem p : found) {
        Matcher m = MORE.matcher(p.toString());
        if (m.find()) {
          counted += Long.parseLong(m.group(1));
        } else {
          listed++;
        }
      }
      assertThat(listed).as("listed, %s threads, scanner %s", r.threads(), r.recordScanner())
          .isLessThanOrEqualTo(DeliveryReportRollup.MAX_PROBLEMS);
      assertThat(found.size()).as("problems, %s threads", r.threads())
          .isLessThanOrEqualTo(DeliveryReportRollup.MAX_PROBLEMS + 1);
      assertThat(listed + counted).as("listed + counted, %s threads, scanner %s", r.threads(), r.recordScanner())
          .isEqualTo(problems);
    }
  }

  /** Records NT1 of quantity 1, but where {@code kind} says "bad" (a quantity that is not a decimal) or names a measure. */
  private static byte[] report(int n, java.util.function.IntFunction<String> kind) {
    StringBuilder b = new StringBuilder("{\"format\":\"socialvalue/delivery-report\",\"formatVersion\":1,\"records\":[");
    for (int i = 0; i < n; i++) {
      String k = kind.apply(i);
      b.append(i == 0 ? "" : ",").append("{\"id\":\"r").append(i).append("\",\"period\":\"2024/25-Q1\",\"measure\":\"")
          .append(k.equals("bad") ? "NT1" : k).append("\",\"quantity\":\"").append(k.equals("bad") ? "x" : "1")
          .append("\",\"supplier\":\"s\",\"status\":\"claimed\"}");
    }
    return b.append("]}").toString().getBytes(StandardCharsets.UTF_8);
  }
}
