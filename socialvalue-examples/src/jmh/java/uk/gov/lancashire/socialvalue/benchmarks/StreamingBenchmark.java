package uk.gov.lancashire.socialvalue.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * 10,000,000 records generated on the fly, valued and aggregated by priority, theme and year, with the
 * benchmark JVM's heap capped at 256 MB: the records are never held (10 million BigDecimal records
 * would need well over a gigabyte). The score is milliseconds for all 10 million, generation included.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(jvmArgsAppend = "-Xmx256m")
public class StreamingBenchmark {

  static final long RECORDS = 10_000_000L;

  private Rollups rollups;

  /** Plans the roll-up. */
  @Setup(Level.Trial)
  public void setUp() {
    rollups = new Rollups();
  }

  /** @return the views of 10 million generated records */
  @Benchmark
  public List<Object> tenMillionStreamed() {
    return Rollups.views(rollups.streamed(0, RECORDS));
  }
}
