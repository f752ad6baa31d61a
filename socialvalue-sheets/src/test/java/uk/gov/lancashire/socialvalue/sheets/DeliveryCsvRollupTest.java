package uk.gov.lancashire.socialvalue.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import uk.gov.lancashire.socialvalue.delivery.RecordStatus;

class DeliveryCsvRollupTest {

  private static final long MB = 1 << 20;

  private final DeliveryCsvRollup reader = DeliveryCsvRollup.of(RollupPlans.plan(), EnumSet.allOf(RecordStatus.class));

  @Test
  void byDefaultEachThreadGetsAboutSixteenChunksOfOneToEightMegabytes() {
    assertThat(reader.chunkBytes()).isZero();
    // 80 MB (the 10^6-record benchmark file): 5 MB chunks on one thread, 2.5 MB on two (was 8 MB)
    assertThat(reader.chunkBytes(80 * MB)).isEqualTo(5 * MB);
    assertThat(reader.withThreads(2).chunkBytes(80 * MB)).isEqualTo(80 * MB / 32);
    assertThat(reader.withThreads(2).chunkBytes(80 * MB + 1)).isEqualTo(80 * MB / 32 + 1); // rounded up
    assertThat(reader.withThreads(2).chunkBytes(3 * MB)).isEqualTo(MB); // never below a window
    assertThat(reader.withThreads(2).chunkBytes(0)).isEqualTo(MB);
    assertThat(reader.chunkBytes(10_000 * MB)).isEqualTo(DeliveryCsvRollup.DEFAULT_CHUNK_BYTES); // never above 8 MB
  }

  @Test
  void aChunkSizeSetIsKeptWhateverTheFile() {
    DeliveryCsvRollup set = reader.withThreads(2).withChunkBytes(100);
    assertThat(set.chunkBytes()).isEqualTo(100);
    assertThat(set.chunkBytes(80 * MB)).isEqualTo(100);
    assertThat(set.withThreads(4).chunkBytes(0)).isEqualTo(100);
  }
}
