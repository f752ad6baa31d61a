package uk.gov.lancashire.socialvalue.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import uk.gov.lancashire.socialvalue.delivery.RecordStatus;
import uk.gov.lancashire.socialvalue.portfolio.PortfolioRollup;

/**
 * The plain-record scanner changes nothing, on the review's own hostile reports ({@link HostileReports}:
 * values at every limit plus and minus one, more distinct periods and measures than its memo holds, codes of
 * equal hash, escaped names, repeats, whitespace JSON does not allow, records of 16 KB plus or minus a byte,
 * odd heads and tails, wide encodings) and roll-up plans whose proxies make values beyond the digit bound,
 * beyond a {@code long}, or split by weights of many decimals: read with the scanner, from memory or from a
 * file, on one to three threads and any chunk size, the result is exactly the one without it (totals and
 * every view to the last digit, the count, the problems in order, or the same exception).
 */
class RecordScannerHostileProperties {

  @Property(tries = 200)
  void theScannerChangesNothingOnHostileReports(@ForAll long seed, @ForAll @IntRange(min = 1, max = 3) int threads,
      @ForAll @IntRange(min = 1, max = 40_000) int chunkBytes, @ForAll boolean fromFile) throws IOException {
    Random random = new Random(seed);
    byte[] document = HostileReports.document(random);
    PortfolioRollup plan = HostileReports.plan(random);
    Set<RecordStatus> counted = random.nextBoolean() ? EnumSet.allOf(RecordStatus.class)
        : EnumSet.of(RecordStatus.VERIFIED, RecordStatus.REJECTED);
    SocialValueJson json = random.nextInt(6) == 0
        ? SocialValueJson.standard().withMaxStringLength(RecordScanner.MAX_RECORD_BYTES - 1 + random.nextInt(3))
        : SocialValueJson.standard();
    DeliveryReportRollup on = DeliveryReportRollup.of(json, plan, counted).withThreads(threads)
        .withChunkBytes(chunkBytes).withScanBuffer(RecordScanner.MAX_RECORD_BYTES + random.nextInt(3) * 7);
    String expected = DeliveryReportRollupScannerProperties.outcome(() -> on.withRecordScanner(false).withThreads(1)
        .withChunkBytes(DeliveryReportRollup.DEFAULT_CHUNK_BYTES).read(document));
    String chunkedOff = DeliveryReportRollupScannerProperties.outcome(() -> on.withRecordScanner(false).read(document));
    int[] scanned = new int[2];
    String actual;
    if (fromFile) {
      Path file = Files.createTempFile("hostile", ".json");
      try {
        Files.write(file, document);
        actual = DeliveryReportRollupScannerProperties.outcome(() -> counted(on.readCounted(file), scanned));
      } finally {
        Files.delete(file);
      }
    } else {
      actual = DeliveryReportRollupScannerProperties.outcome(() -> counted(on.readCounted(document), scanned));
    }
    assertThat(chunkedOff).as("without the scanner, chunked as with it").isEqualTo(expected);
    assertThat(actual).as("with the scanner").isEqualTo(expected);
    Statistics.label("chunks scanned").collect(scanned[0] == 0 ? "none" : scanned[0] == scanned[1] ? "all" : "some");
    Statistics.label("chunks scanned").coverage(c -> {
      c.check("all").percentage(p -> p >= 10);
      c.check("some").percentage(p -> p >= 3);
    });
  }

  private static DeliveryReportRollup.Result counted(DeliveryReportRollup.Counted counted, int[] scanned) {
    scanned[0] = counted.scanned();
    scanned[1] = counted.chunks();
    return counted.result();
  }
}
