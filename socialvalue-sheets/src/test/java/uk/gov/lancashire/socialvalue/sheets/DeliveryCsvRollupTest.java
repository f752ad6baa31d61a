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

  /**
   * A row whose value, quantity × proxy, has more than 1,000 decimals (here NT1's proxy has 990, as an edition
   * may) is a problem at its quantity cell, the other rows kept, whether the row is clean (the fast path) or
   * not (the decoder's way); before, the roll-up's refusal escaped the reader as an exception naming no cell.
   */
  @Test
  void aValueBeyondTheDigitBoundIsAProblemAtItsQuantityCell() {
    DeliveryCsvRollup tiny = DeliveryCsvRollup.of(RollupPlans.plan("0." + "0".repeat(989) + "1", "35000", "0.333",
        "12.5", null), EnumSet.allOf(RecordStatus.class));
    String csv = "id,period,measure,quantity,supplier,status\n"
        + "r1,2024/25-Q1,NT2,2,acme,claimed\n"
        + "r2,2024/25-Q1,NT1,0.00000000003,acme,claimed\n" // a clean row: 3E-11 × 1E-990 has 1,001 decimals
        + "r3,2024/25-Q1,NT1,\"0.00000000007\",acme,claimed\n" // quoted: the decoder's way
        + "r4,2024/25-Q2,NT1,0.0000000003,acme,claimed\n"; // 3E-1000: kept

    DeliveryCsvRollup.Result result = tiny.read(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8));

    assertThat(result.sheet().problems()).extracting(p -> p.path()).containsExactly("D3", "D4");
    assertThat(result.sheet().problems().get(0).message()).isEqualTo("quantity: times the proxy of NT1 makes a value"
        + " of more than 1000 digits after the point (scale 1001)");
    assertThat(result.sheet().records()).isEqualTo(2);
    assertThat(result.totals().total().facts()).isEqualTo(2);
    assertThat(uk.gov.lancashire.socialvalue.basics.Amounts.decimal(result.totals().total().value()))
        .isEqualByComparingTo(new java.math.BigDecimal("70000").add(new java.math.BigDecimal("3E-1000")));
  }
}
