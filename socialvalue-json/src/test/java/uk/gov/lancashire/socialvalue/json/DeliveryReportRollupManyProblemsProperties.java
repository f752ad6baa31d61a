package uk.gov.lancashire.socialvalue.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import uk.gov.lancashire.socialvalue.delivery.RecordStatus;
import uk.gov.lancashire.socialvalue.portfolio.PortfolioRollup;

/**
 * Reports with more problems than a result lists (more than 1,000 bad records, more than 1,000 records of
 * unknown measures) read in hundreds of chunks on one to three threads, with the scanner or without, give
 * exactly the whole reading's result: the same first problems listed, the same count of the rest. The
 * chunked reading keeps only the problems that can still be listed, so its memory does not grow with the
 * number of chunks.
 */
class DeliveryReportRollupManyProblemsProperties {

  private static final PortfolioRollup PLAN = DeliveryReportRollupScannerProperties.plan();

  @Property(tries = 25)
  void manyProblemsInManyChunksAreListedAndCountedAsReadWhole(@ForAll long seed,
      @ForAll @IntRange(min = 150, max = 6000) int chunkBytes, @ForAll @IntRange(min = 1, max = 3) int threads,
      @ForAll boolean scanner) {
    Random random = new Random(seed);
    StringBuilder b = new StringBuilder("{\"format\":\"socialvalue/delivery-report\",\"formatVersion\":1,\"records\":[");
    int n = 2_004 + random.nextInt(2_000);
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        b.append(',');
      }
      int kind = i % 2 == 0 ? 4 : random.nextInt(10); // every other record a bad quantity: always > 1,000 problems
      b.append("{\"id\":\"r").append(i).append("\",\"period\":\"2024/25-Q").append(1 + random.nextInt(4))
          .append("\",\"measure\":\"").append(kind < 4 ? "XX9" : "NT" + (1 + random.nextInt(3)))
          .append("\",\"quantity\":\"").append(kind >= 4 && kind < 8 ? "x" + i : String.valueOf(random.nextInt(900)))
          .append("\",\"supplier\":\"s\",\"status\":\"claimed\"").append(kind == 9 ? ",\"colour\":1" : "").append('}');
    }
    byte[] document = b.append("]}").toString().getBytes(StandardCharsets.UTF_8);
    DeliveryReportRollup whole = DeliveryReportRollup.of(SocialValueJson.standard(), PLAN,
        EnumSet.allOf(RecordStatus.class)).withRecordScanner(false);
    DeliveryReportRollup chunked = whole.withRecordScanner(scanner).withThreads(threads).withChunkBytes(chunkBytes);

    DeliveryReportRollup.Counted read = chunked.readCounted(document);

    assertThat(read.chunks()).isGreaterThan(30);
    String expected = DeliveryReportRollupScannerProperties.outcome(() -> whole.read(document));
    assertThat(expected).contains("more problems, not listed");
    assertThat(DeliveryReportRollupScannerProperties.outcome(read::result)).isEqualTo(expected);
  }
}
