package uk.gov.lancashire.socialvalue.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import uk.gov.lancashire.socialvalue.basics.Problem;
import uk.gov.lancashire.socialvalue.delivery.DeliveryRecord;
import uk.gov.lancashire.socialvalue.json.basics.BasicsJson;

/**
 * The plain-record scanner record by record: whatever it accepts, the streamed reader reads with no problem
 * and to equal records (every property, not only those the roll-up uses), in the same order; so the
 * scanner can only ever give up, never read a value differently.
 */
class RecordScannerProperties {

  private static final SocialValueJson JSON = SocialValueJson.standard();

  @Property(tries = 600)
  void whatTheScannerAcceptsTheReaderReadsAlike(@ForAll long seed) {
    byte[] document = ScannerReports.document(new Random(seed));
    long array = JSON.recordsArrayOffset(new ByteArrayInputStream(document));
    List<DeliveryRecord> scanned = new ArrayList<>();
    long n = -1;
    if (array >= 0 && soundHeader(java.util.Arrays.copyOf(document, (int) array + 1))) {
      try {
        n = new RecordScanner(BasicsJson.DEFAULT_MAX_DECIMAL_LENGTH).chunk(
            new RecordScanner.Held(document, (int) array + 1, document.length), true, scanned::add);
      } catch (RuntimeException e) {
        n = -1; // the roll-up gives up on any exception too
      }
    }
    Statistics.label("scanner").collect(n >= 0 ? "accepted" : "gave up");
    Statistics.label("scanner").coverage(c -> c.check("accepted").percentage(p -> p >= 20));
    if (n < 0) {
      return;
    }
    List<DeliveryRecord> read = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    try {
      JSON.readDeliveryRecords(new ByteArrayInputStream(document), read::add);
    } catch (JsonProblemsException e) {
      problems.addAll(e.problems());
    }
    assertThat(problems).isEmpty();
    assertThat(scanned).hasSize((int) n).isEqualTo(read);
  }

  /** @return true when the header, an empty array and the closing brace read with no problem */
  private static boolean soundHeader(byte[] header) {
    try {
      JSON.readDeliveryRecords(new ByteArrayInputStream((new String(header, java.nio.charset.StandardCharsets.UTF_8)
          + "]}").getBytes(java.nio.charset.StandardCharsets.UTF_8)), r -> { });
      return true;
    } catch (JsonProblemsException e) {
      return false;
    }
  }
}
