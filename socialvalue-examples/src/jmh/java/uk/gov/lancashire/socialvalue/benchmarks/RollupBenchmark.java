package uk.gov.lancashire.socialvalue.benchmarks;

import uk.gov.lancashire.socialvalue.basics.Amounts;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import uk.gov.lancashire.socialvalue.basics.FinancialYear;
import uk.gov.lancashire.socialvalue.portfolio.ChunkedRollup;
import uk.gov.lancashire.socialvalue.portfolio.PortfolioRollup;
import uk.gov.lancashire.socialvalue.portfolio.QuantityColumns;
import uk.gov.lancashire.socialvalue.portfolio.RollupTotals;
import uk.gov.lancashire.socialvalue.portfolio.Totals;

/**
 * The roll-up of 1,000,000 records (2,000 contracts, 100 measures, 5 financial years) by priority,
 * theme and financial year: the fast path on one and two threads, the straightforward engine, and the
 * naive Moneta baseline, in the same run. Scores are milliseconds per roll-up of the whole portfolio.
 *
 * <p>The trial setup checks, once, on the full million records, that one thread, two threads and the
 * engine give identical views (compared as text, so to the last digit and scale) and that the naive
 * baseline's yearly totals agree with them, so the variants do the same work.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RollupBenchmark {

  static final int RECORDS = 1_000_000;

  private Rollups rollups;
  private Workload.Columns columns;
  private List<Rollups.Rec> records;
  private Map<String, Rollups.NaiveMeasure> naiveMeasures;
  private ExecutorService pool;
  private PortfolioRollup.Accumulator filled;
  private PortfolioRollup.Accumulator firstHalf;
  private PortfolioRollup.Accumulator secondHalf;
  private QuantityColumns batch;

  /** Generates the workload and checks the variants agree. */
  @Setup(Level.Trial)
  public void setUp() throws InterruptedException, ExecutionException {
    rollups = new Rollups();
    columns = new Workload.Columns(RECORDS);
    records = Rollups.records(columns);
    naiveMeasures = rollups.naiveMeasures();
    pool = Executors.newFixedThreadPool(2);
    filled = rollups.accumulate(columns, 0, columns.size);
    firstHalf = rollups.accumulate(columns, 0, columns.size / 2);
    secondHalf = rollups.accumulate(columns, columns.size / 2, columns.size);
    batch = InMemoryPeerBenchmark.batch(rollups, columns);

    RollupTotals one = rollups.fast(columns);
    String expected = Rollups.views(one).toString();
    check("two threads", Rollups.views(rollups.fastParallel(columns, pool, 2)).toString(), expected);
    check("engine", rollups.engine(records).toString(), expected);
    check("columns", Rollups.views(rollups.plan.accumulator().add(batch).result()).toString(), expected);
    check("merged halves", Rollups.views(mergeHalves().result()).toString(), expected);
    Rollups.NaiveTotals naive = Rollups.naive(records, naiveMeasures);
    for (Map.Entry<FinancialYear, Totals> e : one.byFinancialYear().entrySet()) {
      if (naive.byYear.get(e.getKey().startYear()).getNumberStripped().compareTo(Amounts.decimal(e.getValue().value())) != 0) {
        throw new IllegalStateException("naive baseline disagrees in " + e.getKey());
      }
    }
  }

  private static void check(String variant, String actual, String expected) {
    if (!actual.equals(expected)) {
      throw new IllegalStateException(variant + " differs from one thread:\n" + actual + "\n" + expected);
    }
  }

  /** Stops the thread pool. */
  @TearDown(Level.Trial)
  public void tearDown() {
    pool.shutdownNow();
  }

  /** @return the views, fast path, one thread */
  @Benchmark
  public List<Object> fastOneThread() {
    return Rollups.views(rollups.fast(columns));
  }

  /** @return the views, fast path, the records halved between two threads and the accumulators merged */
  @Benchmark
  public List<Object> fastTwoThreads() throws InterruptedException, ExecutionException {
    return Rollups.views(rollups.fastParallel(columns, pool, 2));
  }

  /** @return as {@link #fastTwoThreads()}, but the calling thread accumulates one half itself */
  @Benchmark
  public List<Object> fastTwoThreadsCallerRuns() throws InterruptedException, ExecutionException {
    int half = columns.size / 2;
    java.util.concurrent.Future<PortfolioRollup.Accumulator> other =
        pool.submit(() -> rollups.accumulate(columns, half, columns.size));
    PortfolioRollup.Accumulator acc = rollups.accumulate(columns, 0, half);
    acc.addAll(other.get());
    return Rollups.views(acc.result());
  }

  /** @return the accumulated cells only, one thread, before any view is computed */
  @Benchmark
  public Object accumulateOnly() {
    return rollups.accumulate(columns, 0, columns.size);
  }

  /** @return the accumulated cells only, one thread, from one batch of columns ({@code QuantityColumns}) */
  @Benchmark
  public Object accumulateColumnsOnly() {
    return rollups.plan.accumulator().add(batch);
  }

  /**
   * @return the two halves' accumulators merged into a new one: the serial merge of two threads (an
   *     upper bound: {@code ChunkedRollup} merges one into the other, a single {@code addAll})
   */
  @Benchmark
  public PortfolioRollup.Accumulator mergeHalves() {
    return rollups.plan.accumulator().addAll(firstHalf).addAll(secondHalf);
  }

  /**
   * @return two empty chunks rolled up on two threads by {@code ChunkedRollup}: the cost of starting,
   *     joining and merging a second thread, with no records
   */
  @Benchmark
  public Object twoThreadsNoRecords() {
    return ChunkedRollup.rollUp(rollups.plan, List.of(0, 1),
        () -> (chunk, into) -> chunk, 2).accumulator();
  }

  /** @return the result and views of an accumulator filled once: the part that does not grow with records */
  @Benchmark
  public List<Object> resultAndViewsOnly() {
    return Rollups.views(filled.result());
  }

  /** @return the views, straightforward engine: a PortfolioFact per record into a PortfolioAggregate */
  @Benchmark
  public List<Object> engine() {
    return rollups.engine(records);
  }

  /** @return the naive baseline: Moneta Money arithmetic per record, into maps */
  @Benchmark
  public Object naiveMoneta() {
    return Rollups.naive(records, naiveMeasures);
  }
}
