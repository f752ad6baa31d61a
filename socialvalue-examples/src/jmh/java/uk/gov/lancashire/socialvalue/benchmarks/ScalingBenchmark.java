package uk.gov.lancashire.socialvalue.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The fast roll-up (one thread) at 10^5, 10^6 and 10^7 records held in memory as primitive columns:
 * cost per record should not grow with the portfolio. Scores are milliseconds per roll-up.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ScalingBenchmark {

  /** How many records. */
  @Param({"100000", "1000000", "10000000"})
  public int records;

  private Rollups rollups;
  private Workload.Columns columns;

  /** Generates the records. */
  @Setup(Level.Trial)
  public void setUp() {
    rollups = new Rollups();
    columns = new Workload.Columns(records);
  }

  /** @return the views by priority, theme and year */
  @Benchmark
  public List<Object> fastOneThread() {
    return Rollups.views(rollups.fast(columns));
  }
}
