package uk.gov.lancashire.socialvalue.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import uk.gov.lancashire.socialvalue.delivery.RecordStatus;
import uk.gov.lancashire.socialvalue.json.DeliveryReportRollup;
import uk.gov.lancashire.socialvalue.json.SocialValueJson;
import uk.gov.lancashire.socialvalue.portfolio.PortfolioRollup;

/**
 * {@link JsonBenchmark}'s token-only pass, streamed read and streamed write of the same 100,000-record
 * document, and the same document rolled up by {@link DeliveryReportRollup} on one thread (its chunks, the
 * reader and the roll-up: the JSON end to end without the file), timed by the CPU time of the thread that
 * runs them rather than by the clock: on a machine shared with other work a wall-clock score measures
 * mostly the wait for a core, while a thread's CPU time does not count the time it waits. Each round runs
 * the four in turn; the best round of each is printed, with the read's ratio to the token-only pass and
 * each stage's CPU nanoseconds per record. The roll-up is timed with its plain-record scanner off (the
 * streamed reader alone) and on (the default), from memory and from a temporary file of the same bytes. This
 * supplements the JMH run; it does not replace it.
 *
 * <pre>java -cp socialvalue-examples/target/benchmarks.jar uk.gov.lancashire.socialvalue.benchmarks.JsonCpuRun 12</pre>
 */
public final class JsonCpuRun {

  private JsonCpuRun() {}

  /**
   * @param args the number of rounds (default 12)
   * @throws IOException never (the document is in memory)
   */
  public static void main(String[] args) throws IOException {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 12;
    JsonBenchmark benchmark = new JsonBenchmark();
    benchmark.setUp();
    byte[] document = benchmark.document();
    SocialValueJson json = SocialValueJson.standard();
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    long[] sink = new long[1];
    long tokens = Long.MAX_VALUE;
    long read = Long.MAX_VALUE;
    long write = Long.MAX_VALUE;
    long rollup = Long.MAX_VALUE;
    long scanned = Long.MAX_VALUE;
    long fromFile = Long.MAX_VALUE;
    long scannedFromFile = Long.MAX_VALUE;
    DeliveryReportRollup scanner = DeliveryReportRollup.of(json, PortfolioRollup.of(Workload.framework(),
        Workload.edition()), EnumSet.allOf(RecordStatus.class)).withChunkBytes(1 << 20);
    DeliveryReportRollup rollups = scanner.withRecordScanner(false);
    Path file = Files.createTempFile("json-cpu-run", ".json");
    Files.write(file, document);
    for (int i = 0; i < rounds; i++) {
      long t0 = cpu.getCurrentThreadCpuTime();
      sink[0] += benchmark.tokensOnly();
      long t1 = cpu.getCurrentThreadCpuTime();
      sink[0] += json.readDeliveryRecords(new ByteArrayInputStream(document), r -> sink[0] += r.id().length());
      long t2 = cpu.getCurrentThreadCpuTime();
      sink[0] += benchmark.writeStreamed();
      long t3 = cpu.getCurrentThreadCpuTime();
      sink[0] += rollups.read(document).records();
      long t4 = cpu.getCurrentThreadCpuTime();
      sink[0] += scanner.read(document).records();
      long t5 = cpu.getCurrentThreadCpuTime();
      sink[0] += rollups.read(file).records();
      long t6 = cpu.getCurrentThreadCpuTime();
      sink[0] += scanner.read(file).records();
      long t7 = cpu.getCurrentThreadCpuTime();
      scanned = Math.min(scanned, t5 - t4);
      fromFile = Math.min(fromFile, t6 - t5);
      scannedFromFile = Math.min(scannedFromFile, t7 - t6);
      tokens = Math.min(tokens, t1 - t0);
      read = Math.min(read, t2 - t1);
      write = Math.min(write, t3 - t2);
      rollup = Math.min(rollup, t4 - t3);
      System.out.printf("round %d CPU ms: tokens %.1f, read %.1f, write %.1f, read into the roll-up %.1f"
          + " (scanner %.1f), from a file %.1f (scanner %.1f)%n", i + 1, (t1 - t0) / 1e6, (t2 - t1) / 1e6,
          (t3 - t2) / 1e6, (t4 - t3) / 1e6, (t5 - t4) / 1e6, (t6 - t5) / 1e6, (t7 - t6) / 1e6);
    }
    Files.delete(file);
    System.out.printf("best CPU ms: tokens only %.1f, streamed read %.1f (%.0f%% of the token-only pass,"
        + " %,.0f records/s), streamed write %.1f (%.0f MB/s) [checksum %d]%n", tokens / 1e6, read / 1e6,
        100.0 * tokens / read, JsonBenchmark.RECORDS / (read / 1e9), write / 1e6, document.length / 1e6 / (write / 1e9), sink[0]);
    double perRecord = 1e0 / JsonBenchmark.RECORDS;
    System.out.printf("CPU ns per record: token pass %.0f; streamed read %.0f (the reader's own work %.0f);"
        + " DeliveryReportRollup, one thread, in memory %.0f (chunks and roll-up %.0f beyond the read)%n",
        tokens * perRecord, read * perRecord, (read - tokens) * perRecord, rollup * perRecord,
        (rollup - read) * perRecord);
    System.out.printf("CPU ns per record, DeliveryReportRollup on one thread: in memory %.0f with the streamed"
        + " reader alone, %.0f with the plain-record scanner; from a file %.0f with the streamed reader alone,"
        + " %.0f with the plain-record scanner%n", rollup * perRecord, scanned * perRecord, fromFile * perRecord,
        scannedFromFile * perRecord);
  }
}
