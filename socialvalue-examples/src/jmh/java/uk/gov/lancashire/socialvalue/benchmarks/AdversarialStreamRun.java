package uk.gov.lancashire.socialvalue.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.EnumSet;
import uk.gov.lancashire.socialvalue.delivery.RecordStatus;
import uk.gov.lancashire.socialvalue.json.DeliveryReportRollup;
import uk.gov.lancashire.socialvalue.portfolio.PortfolioRollup;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import uk.gov.lancashire.socialvalue.json.JsonProblemsException;
import uk.gov.lancashire.socialvalue.json.SocialValueJson;

/**
 * Streams a generated adversarial delivery report of the given size (default 2 GB) through {@code
 * readDeliveryRecords} and reports the heap it used: run it with a small heap, {@code java -Xmx64m -cp
 * socialvalue-examples/target/benchmarks.jar uk.gov.lancashire.socialvalue.benchmarks.AdversarialStreamRun
 * [bytes]}. The records alternate between long bad strings (a 900,000-character quantity, a 900,000-character
 * measure code), many distinct long property names (2,000 names of 500 characters each, all different) and
 * sound records; the bytes are made on the fly, never held.
 *
 * <p>With a second argument {@code rollup}, the same bytes are written to a temporary file first and rolled up
 * by {@link DeliveryReportRollup} on two threads (its plain-record scanner on, as by default): the scanner
 * gives up on the hostile records, and the streamed reader reads their chunks within its bounds ({@code
 * rollup-streamed}: the same with the scanner off).
 */
public final class AdversarialStreamRun {

  private AdversarialStreamRun() {}

  /**
   * @param args optionally the document's size in bytes, then {@code rollup}
   * @throws IOException when the temporary file cannot be written
   */
  public static void main(String[] args) throws IOException {
    long size = args.length > 0 ? Long.parseLong(args[0]) : 2_000_000_000L;
    boolean rollup = args.length > 1 && args[1].startsWith("rollup");
    boolean scanner = !(args.length > 1 && args[1].equals("rollup-streamed"));
    Source source = new Source(size);
    Path file = null;
    if (rollup) {
      file = Files.createTempFile("adversarial", ".json");
      Files.copy(source, file, StandardCopyOption.REPLACE_EXISTING);
    }
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
    long[] good = new long[1];
    long start = System.nanoTime();
    String outcome;
    if (rollup) {
      try {
        DeliveryReportRollup.Result result = DeliveryReportRollup.of(SocialValueJson.standard(),
            PortfolioRollup.of(Workload.framework(), Workload.edition()), EnumSet.allOf(RecordStatus.class))
            .withThreads(2).withRecordScanner(scanner).read(file);
        good[0] = result.records();
        outcome = result.problems().size() + " problems listed; first: " + result.problems().get(0) + "; last: "
            + result.problems().get(result.problems().size() - 1);
      } finally {
        Files.delete(file);
      }
    } else {
      try {
        SocialValueJson.standard().readDeliveryRecords(source, r -> good[0]++);
        outcome = "accepted (unexpected)";
      } catch (JsonProblemsException e) {
        outcome = e.problems().size() + " problems listed; first: " + e.problems().get(0) + "; last: "
            + e.problems().get(e.problems().size() - 1);
      }
    }
    long elapsed = System.nanoTime() - start;
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    System.out.printf("bytes read: %,d in %,d ms (%.1f MB/s)%n", source.produced, elapsed / 1_000_000,
        source.produced / 1e6 / (elapsed / 1e9));
    System.out.printf("sound records delivered: %,d; records generated: %,d%n", good[0], source.records);
    System.out.printf("max heap: %,d MB; peak heap used (sum of pool peaks): %,d MB%n",
        Runtime.getRuntime().maxMemory() >> 20, peak >> 20);
    System.out.println("outcome: " + Describe.cut(outcome));
  }

  /** The document, made record by record as it is read. */
  static final class Source extends InputStream {
    private final long size;
    private long produced;
    private long records;
    private byte[] chunk = "{\"format\": \"socialvalue/delivery-report\", \"formatVersion\": 1, \"records\": ["
        .getBytes(StandardCharsets.US_ASCII);
    private int at;
    private boolean ended;

    Source(long size) {
      this.size = size;
    }

    @Override
    public int read() {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (at == chunk.length) {
        if (ended) {
          return -1;
        }
        next();
      }
      int n = Math.min(len, chunk.length - at);
      System.arraycopy(chunk, at, b, off, n);
      at += n;
      produced += n;
      return n;
    }

    private void next() {
      at = 0;
      if (produced >= size) {
        chunk = "]}".getBytes(StandardCharsets.US_ASCII);
        ended = true;
        return;
      }
      long i = records++;
      String sep = i == 0 ? "" : ",";
      String sound = "\"id\": \"r" + i + "\", \"period\": \"2024/25-Q1\", \"measure\": \"NT1\", \"supplier\": \"s\","
          + " \"status\": \"claimed\"";
      String record;
      switch ((int) (i % 3)) {
        case 0:
          record = "{" + sound + ", \"quantity\": \"" + "9".repeat(900_000) + "\", \"claimKey\": \""
              + "k".repeat(900_000) + "\"}";
          break;
        case 1:
          StringBuilder names = new StringBuilder("{" + sound + ", \"quantity\": \"1\"");
          for (int k = 0; k < 2_000; k++) {
            names.append(", \"").append(Long.toString(i * 2_000 + k, 36)).append("x".repeat(500)).append("\": 1");
          }
          record = names.append('}').toString();
          break;
        default:
          record = "{" + sound + ", \"quantity\": \"1\"}";
      }
      chunk = (sep + record).getBytes(StandardCharsets.US_ASCII);
    }
  }

  /** Keeps the printed outcome short. */
  static final class Describe {
    static String cut(String text) {
      return text.length() <= 600 ? text : text.substring(0, 600) + "…";
    }
  }
}
