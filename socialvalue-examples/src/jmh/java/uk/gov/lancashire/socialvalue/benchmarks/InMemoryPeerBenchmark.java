package uk.gov.lancashire.socialvalue.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
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
import org.openjdk.jmh.annotations.TearDown;
import uk.gov.lancashire.socialvalue.framework.MeasureCode;
import uk.gov.lancashire.socialvalue.portfolio.ChunkedRollup;
import uk.gov.lancashire.socialvalue.portfolio.PortfolioRollup;
import uk.gov.lancashire.socialvalue.portfolio.QuantityColumns;

/**
 * The roll-up of records already in memory, by the SDK, the fair hand-written baseline and DuckDB, in
 * one run: the SDK's {@code PortfolioRollup} over primitive columns on one and two threads, record by
 * record ({@code sdk*}) and as one batch of columns ({@code sdkColumns*}: {@link QuantityColumns}, the
 * measure as positions in a dictionary of codes, the year, the quantity as the unscaled values of one
 * {@code DECIMAL(18,2)} column, as DuckDB's table holds them), the baseline ({@link FairBaseline}) over
 * the same columns, and DuckDB over an in-memory table of the same records on one and two threads. One operation is the whole roll-up and its views by financial
 * year, theme and priority. Before any timing the trial setup checks that every peer's figures equal the
 * SDK's to the last digit ({@link Figures}); the run fails otherwise.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class InMemoryPeerBenchmark {

  /** How many records. */
  @Param("10000000")
  public int records;

  private Rollups rollups;
  private Workload.Columns columns;
  private FairBaseline baseline;
  private Figures expected;

  /** Generates the records and checks the SDK's one- and two-thread figures and the baseline's agree. */
  @Setup(Level.Trial)
  public void setUp() {
    rollups = new Rollups();
    columns = new Workload.Columns(records);
    baseline = new FairBaseline(rollups.framework, rollups.edition);
    expected = Figures.of(rollups.fast(columns));
    Figures.check("SDK on two threads", Figures.of(sdk(2).result()), expected);
    Figures.check("the fair baseline", baseline.rollUp(columns), expected);
  }

  PortfolioRollup.Accumulator sdk(int threads) {
    List<int[]> ranges = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      ranges.add(new int[] {(int) ((long) columns.size * t / threads), (int) ((long) columns.size * (t + 1) / threads)});
    }
    return ChunkedRollup.rollUp(rollups.plan, ranges,
        () -> (range, into) -> rollups.accumulate(columns, range[0], range[1], into), threads).accumulator();
  }

  /**
   * The workload as one batch of columns: each measure's position in a dictionary of the workload's codes,
   * the financial year, and every quantity at scale 2 ({@code DECIMAL(18,2)}, as DuckDB's table types it).
   */
  static QuantityColumns batch(Rollups rollups, Workload.Columns c) {
    List<MeasureCode> codes = new ArrayList<>();
    for (int m = 0; m < Workload.MEASURES; m++) {
      codes.add(Workload.code(m));
    }
    int[] measure = new int[c.size];
    int[] year = new int[c.size];
    long[] quantity = new long[c.size];
    for (int i = 0; i < c.size; i++) {
      int m = c.measure[i];
      measure[i] = m;
      year[i] = Workload.FIRST_YEAR + c.year[i];
      quantity[i] = BigDecimal.valueOf(c.quantity[i], rollups.scale[m]).movePointRight(2).longValueExact();
    }
    return QuantityColumns.of(codes, measure, year, quantity, 2);
  }

  /**
   * The records as one batch of columns (made only in the forks of the benchmarks that read it, so the
   * other benchmarks' heaps are as before).
   */
  @State(Scope.Benchmark)
  public static class Batch {
    PortfolioRollup plan;
    QuantityColumns batch;

    /** Makes the batch and checks the SDK's figures from it on one and two threads. */
    @Setup(Level.Trial)
    public void setUp(InMemoryPeerBenchmark data) {
      plan = data.rollups.plan;
      batch = batch(data.rollups, data.columns);
      Figures.check("SDK from columns", Figures.of(plan.accumulator().add(batch).result()), data.expected);
      Figures.check("SDK from columns on two threads", Figures.of(plan.accumulator().add(batch, 2).result()),
          data.expected);
    }
  }

  /** @return the SDK's views from one batch of columns, one thread */
  @Benchmark
  public List<Object> sdkColumnsOneThread(Batch batch) {
    return Rollups.views(batch.plan.accumulator().add(batch.batch).result());
  }

  /** @return the SDK's views from one batch of columns, halved between two threads ({@code add(batch, 2)}) */
  @Benchmark
  public List<Object> sdkColumnsTwoThreads(Batch batch) {
    return Rollups.views(batch.plan.accumulator().add(batch.batch, 2).result());
  }

  /** @return the SDK's views, one thread */
  @Benchmark
  public List<Object> sdkOneThread() {
    return Rollups.views(rollups.fast(columns));
  }

  /** @return the SDK's views, the records halved between two threads ({@link ChunkedRollup}) */
  @Benchmark
  public List<Object> sdkTwoThreads() {
    return Rollups.views(sdk(2).result());
  }

  /** @return the fair baseline's figures, one thread */
  @Benchmark
  public Figures fairBaselineOneThread() {
    return baseline.rollUp(columns);
  }

  /** DuckDB over an in-memory table of the same records. */
  @State(Scope.Benchmark)
  public static class DuckDb {
    DuckDbPeer peer;

    /** Loads the records into DuckDB and checks its figures. */
    @Setup(Level.Trial)
    public void setUp(InMemoryPeerBenchmark data) throws IOException, SQLException {
      Path csv = Files.createTempFile("socialvalue-columns", ".csv");
      try {
        writeColumns(data.columns, csv);
        peer = new DuckDbPeer(data.baseline);
        peer.loadTable(csv);
      } finally {
        Files.delete(csv);
      }
      Figures.check("DuckDB, in-memory table", peer.fromTable(), data.expected);
    }

    /** Closes the database. */
    @TearDown(Level.Trial)
    public void tearDown() throws SQLException {
      peer.close();
    }
  }

  static void writeColumns(Workload.Columns c, Path file) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(file)) {
      w.write("measure,year,quantity\n");
      for (int i = 0; i < c.size; i++) {
        int m = c.measure[i];
        w.write(m + "," + (Workload.FIRST_YEAR + c.year[i]) + ","
            + BigDecimal.valueOf(c.quantity[i], Workload.quantityScale(m)).toPlainString() + "\n");
      }
    }
  }

  /** @return DuckDB's figures from its in-memory table, one thread */
  @Benchmark
  public Figures duckDbOneThread(DuckDb duckDb) throws SQLException {
    duckDb.peer.threads(1);
    return duckDb.peer.fromTable();
  }

  /** @return DuckDB's figures from its in-memory table, two threads */
  @Benchmark
  public Figures duckDbTwoThreads(DuckDb duckDb) throws SQLException {
    duckDb.peer.threads(2);
    return duckDb.peer.fromTable();
  }
}
