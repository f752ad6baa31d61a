package uk.gov.lancashire.socialvalue.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.gov.lancashire.socialvalue.delivery.RecordStatus;
import uk.gov.lancashire.socialvalue.portfolio.PortfolioRollup;

/**
 * Worked examples of {@link DeliveryReportRollup}'s plain-record scanner: it reads every chunk of what the
 * SDK writes (so a benchmark of the roll-up measures it), and a chunk it refuses is read by the streamed
 * reader with exactly the problems it gave before.
 */
class DeliveryReportRollupScannerTest {

  private static final PortfolioRollup PLAN = DeliveryReportRollupScannerProperties.plan();
  private static final DeliveryReportRollup ROLLUP = DeliveryReportRollup.of(SocialValueJson.standard(), PLAN,
      EnumSet.allOf(RecordStatus.class)).withChunkBytes(4096);

  @TempDir
  Path dir;

  @Test
  void everyChunkTheSdkWritesIsScannedFromMemoryAndFromAFile() throws IOException {
    for (boolean pretty : List.of(false, true)) {
      byte[] document = ScannerReports.written(new Random(7), 3000, pretty);
      Path file = dir.resolve("report-" + pretty + ".json");
      Files.write(file, document);
      for (int threads = 1; threads <= 2; threads++) {
        DeliveryReportRollup rollup = ROLLUP.withThreads(threads);
        DeliveryReportRollup.Counted fromMemory = rollup.readCounted(document);
        DeliveryReportRollup.Counted fromFile = rollup.readCounted(file);
        assertThat(fromMemory.chunks()).isGreaterThan(50);
        assertThat(fromMemory.scanned()).isEqualTo(fromMemory.chunks());
        assertThat(fromFile.scanned()).isEqualTo(fromFile.chunks()).isEqualTo(fromMemory.chunks());
        String expected = DeliveryReportRollupScannerProperties.outcome(
            () -> rollup.withRecordScanner(false).read(document));
        assertThat(DeliveryReportRollupScannerProperties.outcome(fromMemory::result)).isEqualTo(expected);
        assertThat(DeliveryReportRollupScannerProperties.outcome(fromFile::result)).isEqualTo(expected);
        assertThat(fromMemory.result().records()).isGreaterThan(2500); // the unknown measures are problems
      }
    }
  }

  @Test
  void aSmallReportOnOneThreadIsScannedAsOneChunk() {
    byte[] document = ScannerReports.written(new Random(1), 10, false);
    DeliveryReportRollup.Counted counted = DeliveryReportRollup.of(SocialValueJson.standard(), PLAN,
        EnumSet.allOf(RecordStatus.class)).readCounted(document);
    assertThat(counted.chunks()).isEqualTo(1);
    assertThat(counted.scanned()).isEqualTo(1);
  }

  @Test
  void byDefaultAReportIsDividedIntoChunksOfAtLeastOneMegabyteAboutSixteenPerThread() {
    byte[] document = ScannerReports.written(new Random(2), 16_000, false);
    DeliveryReportRollup one = DeliveryReportRollup.of(SocialValueJson.standard(), PLAN,
        EnumSet.allOf(RecordStatus.class));
    assertThat(one.chunkBytes()).isZero();
    assertThat(document.length).isBetween(2_500_000, 4_000_000);
    DeliveryReportRollup.Counted oneThread = one.readCounted(document);
    DeliveryReportRollup.Counted twoThreads = one.withThreads(2).readCounted(document);
    // 16 per thread would make chunks of about 100 KB: each is 1 MB instead
    assertThat(oneThread.chunks()).isEqualTo((int) Math.ceil(document.length / (double) (1 << 20)));
    assertThat(twoThreads.chunks()).isEqualTo(oneThread.chunks());
    assertThat(DeliveryReportRollupScannerProperties.outcome(twoThreads::result))
        .isEqualTo(DeliveryReportRollupScannerProperties.outcome(oneThread::result));
    assertThat(one.withChunkBytes(4096).chunkBytes()).isEqualTo(4096);
  }

  @Test
  void aChunkTheScannerRefusesIsReadByTheStreamedReaderWithTheSameProblems() {
    String text = new String(ScannerReports.written(new Random(3), 400, false), StandardCharsets.UTF_8);
    // record 200: an escape in its id (read by the streamed reader as "r200"), and a bad quantity
    int at = text.indexOf("{\"id\":\"r200\"");
    String bad = text.substring(0, at) + "{\"id\":\"\\u0072200\"" + text.substring(at + "{\"id\":\"r200\"".length());
    bad = bad.replaceFirst("(\\{\"id\":\"\\\\u0072200\",\"period\":\"[^\"]*\",\"measure\":\"[^\"]*\",\"quantity\":\")",
        "$1x");
    byte[] document = bad.getBytes(StandardCharsets.UTF_8);

    DeliveryReportRollup.Counted counted = ROLLUP.readCounted(document);
    DeliveryReportRollup.Result before = ROLLUP.withRecordScanner(false).read(document);

    assertThat(counted.chunks()).isGreaterThan(5);
    assertThat(counted.scanned()).isEqualTo(counted.chunks() - 1);
    assertThat(counted.result().problems()).anyMatch(p -> p.toString()
        .startsWith("$.records[200].quantity: must be a plain decimal"));
    assertThat(counted.result().problems()).isEqualTo(before.problems());
    assertThat(counted.result().totals()).isEqualTo(before.totals());
    assertThat(counted.result().records()).isEqualTo(before.records());
  }

  @Test
  void aPropertyAfterTheRecordsSendsTheLastChunkToTheStreamedReader() {
    String text = new String(ScannerReports.written(new Random(5), 400, false), StandardCharsets.UTF_8).strip();
    byte[] document = (text.substring(0, text.length() - 1) + ",\"note\":\"after\"}").getBytes(StandardCharsets.UTF_8);

    DeliveryReportRollup lenient = DeliveryReportRollup.of(SocialValueJson.standard()
        .withUnknownPropertiesRejected(false), PLAN, EnumSet.allOf(RecordStatus.class)).withChunkBytes(4096);
    DeliveryReportRollup.Counted counted = lenient.readCounted(document);

    assertThat(counted.scanned()).isEqualTo(counted.chunks() - 1);
    assertThat(DeliveryReportRollupScannerProperties.outcome(counted::result)).isEqualTo(
        DeliveryReportRollupScannerProperties.outcome(() -> lenient.withRecordScanner(false).read(document)));
  }

  @Test
  void aHeaderWithAProblemIsNeverScanned() {
    String text = new String(ScannerReports.written(new Random(9), 400, false), StandardCharsets.UTF_8);
    byte[] document = text.replaceFirst("\"formatVersion\":1", "\"formatVersion\":1,\"colour\":\"red\"")
        .getBytes(StandardCharsets.UTF_8);

    DeliveryReportRollup.Counted counted = ROLLUP.readCounted(document);

    assertThat(counted.scanned()).isZero();
    assertThat(counted.result().problems().toString()).contains("$.colour: unknown property");
  }

  @Test
  void limitsTheScannerCannotKeepTurnItOff() {
    byte[] document = ScannerReports.written(new Random(11), 400, false);
    for (SocialValueJson json : List.of(SocialValueJson.standard().withMaxNestingDepth(3),
        SocialValueJson.standard().withMaxStringLength(100))) {
      DeliveryReportRollup rollup = DeliveryReportRollup.of(json, PLAN, EnumSet.allOf(RecordStatus.class))
          .withChunkBytes(4096);
      DeliveryReportRollup.Counted counted = rollup.readCounted(document);
      assertThat(counted.scanned()).isZero();
      assertThat(DeliveryReportRollupScannerProperties.outcome(counted::result)).isEqualTo(
          DeliveryReportRollupScannerProperties.outcome(() -> rollup.withRecordScanner(false).read(document)));
    }
  }
}
