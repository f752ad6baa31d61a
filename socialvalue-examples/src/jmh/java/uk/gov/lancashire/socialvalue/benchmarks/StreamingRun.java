package uk.gov.lancashire.socialvalue.benchmarks;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import uk.gov.lancashire.socialvalue.portfolio.RollupTotals;

/**
 * A plain run of the streaming roll-up that reports what it used: run it with the heap capped,
 * {@code java -Xmx256m -cp socialvalue-examples/target/benchmarks.jar
 * uk.gov.lancashire.socialvalue.benchmarks.StreamingRun [records]}. It prints the elapsed time, the
 * heap limit, the peak heap used (the sum of the heap pools' peaks, an upper bound) and the
 * collections, then the totals by financial year.
 */
public final class StreamingRun {

  private StreamingRun() {}

  /**
   * @param args optionally the number of records (default 10,000,000)
   */
  public static void main(String[] args) {
    long n = args.length > 0 ? Long.parseLong(args[0]) : 10_000_000L;
    Rollups rollups = new Rollups();
    resetPeaks();
    long start = System.nanoTime();
    RollupTotals totals = rollups.streamed(0, n);
    List<Object> views = Rollups.views(totals);
    long elapsed = System.nanoTime() - start;
    report(n, elapsed);
    System.out.println("records counted: " + totals.total().facts());
    System.out.println("by financial year: " + totals.byFinancialYear());
    System.out.println("by priority: " + views.get(0));
  }

  private static long collectionsBefore;
  private static long cpuBefore;

  /** Collects the garbage so far, resets the heap pools' peaks and remembers the collections so far. */
  static void resetPeaks() {
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
    collectionsBefore = collections();
    cpuBefore = cpu();
  }

  /** @return the CPU time the whole JVM has used, in nanoseconds (every thread, JIT and GC included) */
  private static long cpu() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  private static long collections() {
    long collections = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      collections += Math.max(gc.getCollectionCount(), 0);
    }
    return collections;
  }

  /** Prints the elapsed time, records a second, the heap limit, the peak heap used and the collections. */
  static void report(long n, long elapsed) {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    long collections = collections() - collectionsBefore;
    long cpu = cpu() - cpuBefore;
    System.out.printf("records: %,d%n", n);
    System.out.printf("elapsed: %,d ms (%,.0f records/s); CPU time of the JVM meanwhile: %,d ms (%,.0f records per"
        + " CPU-second)%n", elapsed / 1_000_000, n / (elapsed / 1e9), cpu / 1_000_000, n / (cpu / 1e9));
    System.out.printf("max heap: %,d MB; peak heap used: %,d MB; GC collections since the start: %d%n",
        Runtime.getRuntime().maxMemory() >> 20, peak >> 20, collections);
  }
}
