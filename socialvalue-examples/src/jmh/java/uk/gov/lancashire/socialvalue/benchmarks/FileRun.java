package uk.gov.lancashire.socialvalue.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import uk.gov.lancashire.socialvalue.delivery.RecordStatus;
import uk.gov.lancashire.socialvalue.json.DeliveryReportRollup;
import uk.gov.lancashire.socialvalue.json.SocialValueJson;
import uk.gov.lancashire.socialvalue.portfolio.RollupTotals;
import uk.gov.lancashire.socialvalue.sheets.DeliveryCsvRollup;

/**
 * A plain run from a file to the figures that reports what it used: {@code java -Xmx256m -cp
 * socialvalue-examples/target/benchmarks.jar uk.gov.lancashire.socialvalue.benchmarks.FileRun csv|json
 * [records] [threads]}. It writes (or reuses) the delivery-records CSV or JSON report ({@link
 * DeliveryFiles}), reads it into the roll-up, checks the figures against the records generated in memory,
 * and prints the elapsed time (one cold run: JIT compilation included), the heap limit, the peak heap used
 * during the read (the sum of the heap pools' peaks, an upper bound) and the collections during the read.
 */
public final class FileRun {

  private FileRun() {}

  /**
   * @param args {@code csv} or {@code json}, then optionally the number of records (default 10,000,000) and
   *     threads (default 1)
   * @throws IOException when the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    boolean json = args.length > 0 && args[0].equals("json");
    long n = args.length > 1 ? Long.parseLong(args[1]) : 10_000_000L;
    int threads = args.length > 2 ? Integer.parseInt(args[2]) : 1;
    Rollups rollups = new Rollups();
    Path file = json ? DeliveryFiles.json(n) : DeliveryFiles.csv(n);
    Figures expected = DeliveryFiles.expected(rollups, n);
    StreamingRun.resetPeaks();
    long start = System.nanoTime();
    RollupTotals totals;
    String report;
    if (json) {
      DeliveryReportRollup.Result result = DeliveryReportRollup.of(SocialValueJson.standard(), rollups.plan,
          EnumSet.allOf(RecordStatus.class)).withThreads(threads).read(file);
      totals = result.totals();
      report = result.records() + " records, " + result.problems().size() + " problems";
    } else {
      DeliveryCsvRollup.Result result = DeliveryCsvRollup.of(rollups.plan, EnumSet.allOf(RecordStatus.class))
          .withThreads(threads).read(file);
      totals = result.totals();
      report = result.sheet().toString();
    }
    Rollups.views(totals);
    long elapsed = System.nanoTime() - start;
    Figures.check("the roll-up of " + file, Figures.of(totals), expected);
    System.out.printf("file: %s, %,d bytes; figures equal the records' own%n", file, Files.size(file));
    System.out.printf("threads: %d; %s%n", threads, report);
    StreamingRun.report(n, elapsed);
  }
}
