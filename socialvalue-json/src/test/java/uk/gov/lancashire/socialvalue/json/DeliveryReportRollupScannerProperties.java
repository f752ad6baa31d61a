package uk.gov.lancashire.socialvalue.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import uk.gov.lancashire.socialvalue.delivery.RecordStatus;
import uk.gov.lancashire.socialvalue.portfolio.PortfolioRollup;

/**
 * The law of {@link DeliveryReportRollup}'s plain-record scanner: it changes nothing. For random reports
 * ({@link ScannerReports}: written by the SDK or by hand, sound or mutated in every way the scanner must
 * refuse), random chunk sizes, one to three threads, random counted statuses, random reader limits (unknown
 * properties ignored, short strings, shallow nesting), read from memory or from a file through a scanner
 * buffer of random size, the roll-up with the scanner gives exactly what it gives without: the same totals
 * to the last digit and scale, the same count of records, the same problems in the same order, or the same
 * exception.
 */
class DeliveryReportRollupScannerProperties {

  private static final PortfolioRollup PLAN = plan();

  @Property(tries = 400)
  void theScannerChangesNothing(@ForAll long seed, @ForAll @IntRange(min = 1, max = 3) int threads,
      @ForAll @IntRange(min = 1, max = 3000) int chunkBytes, @ForAll boolean fromFile) throws IOException {
    Random random = new Random(seed);
    byte[] document = ScannerReports.document(random);
    SocialValueJson json = switch (random.nextInt(8)) {
      case 0 -> SocialValueJson.standard().withUnknownPropertiesRejected(false);
      case 1 -> SocialValueJson.standard().withMaxStringLength(random.nextBoolean() ? 10 : RecordScanner.MAX_RECORD_BYTES);
      case 2 -> SocialValueJson.standard().withMaxNestingDepth(2 + random.nextInt(4));
      default -> SocialValueJson.standard();
    };
    Set<RecordStatus> counted = random.nextBoolean() ? EnumSet.allOf(RecordStatus.class)
        : EnumSet.of(RecordStatus.VERIFIED, RecordStatus.EVIDENCED);
    DeliveryReportRollup on = DeliveryReportRollup.of(json, PLAN, counted).withThreads(threads)
        .withChunkBytes(random.nextInt(10) == 0 ? DeliveryReportRollup.DEFAULT_CHUNK_BYTES : chunkBytes)
        .withScanBuffer(RecordScanner.MAX_RECORD_BYTES + random.nextInt(5000));
    DeliveryReportRollup off = on.withRecordScanner(false);

    String expected = outcome(() -> off.read(document));
    int[] scanned = new int[2];
    String actual;
    if (fromFile) {
      Path file = Files.createTempFile("scanner", ".json");
      try {
        Files.write(file, document);
        actual = outcome(() -> counted(on.readCounted(file), scanned));
      } finally {
        Files.delete(file);
      }
    } else {
      actual = outcome(() -> counted(on.readCounted(document), scanned));
    }
    assertThat(actual).isEqualTo(expected);
    Statistics.label("chunks scanned").collect(scanned[0] == 0 ? "none" : scanned[0] == scanned[1] ? "all"
        : "some");
    // the scanner is not idle: it reads every chunk of a good share of the reports, and some of others
    Statistics.label("chunks scanned").coverage(c -> {
      c.check("all").percentage(p -> p >= 15);
      c.check("some").percentage(p -> p >= 1);
    });
  }

  private static DeliveryReportRollup.Result counted(DeliveryReportRollup.Counted counted, int[] scanned) {
    scanned[0] = counted.scanned();
    scanned[1] = counted.chunks();
    return counted.result();
  }

  /** @return every figure of the result, its count and its problems; or the exception */
  static String outcome(Supplier<DeliveryReportRollup.Result> read) {
    try {
      DeliveryReportRollup.Result r = read.get();
      return "totals " + r.totals() + "\nby priority " + r.totals().byPriority() + "\nby year "
          + r.totals().byFinancialYear() + "\nby theme " + r.totals().byTheme() + "\nrecords " + r.records()
          + "\nproblems " + r.problems();
    } catch (RuntimeException e) {
      return "thrown " + e;
    }
  }

  static PortfolioRollup plan() {
    return DeliveryReportRollupProperties.PLAN;
  }
}
