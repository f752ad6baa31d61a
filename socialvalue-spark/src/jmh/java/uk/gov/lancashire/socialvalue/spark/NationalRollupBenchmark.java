package uk.gov.lancashire.socialvalue.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;
import uk.gov.lancashire.socialvalue.portfolio.PortfolioRollup;

/**
 * The national roll-up on Spark from Parquet ({@code local[1]} and {@code local[2]}) beside the same
 * per-row work in one JVM without Spark, at 10^6 and 10^7 rows. One operation is the whole job: every
 * row read, checked, valued and accumulated, the partitions merged, and the views by council, priority
 * (both schemes), theme and financial year taken. Before timing, each Spark fork checks that its totals
 * equal the single-JVM totals of the same rows, to the last digit (the run fails otherwise).
 *
 * <p>The data (ILLUSTRATIVE, {@link NationalDataGenerator}, 15 councils, no bad rows) is written once per
 * size to {@code target/national-bench/ROWS} as Parquet with text columns, and reused.
 *
 * <p>Run: {@code mvn -B -Pbenchmarks -DskipTests clean verify -pl socialvalue-spark -am} (see the module README).
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx6g", "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
    "--add-opens=java.base/java.nio=ALL-UNNAMED", "--add-opens=java.base/java.lang=ALL-UNNAMED",
    "--add-opens=java.base/java.util=ALL-UNNAMED", "--add-opens=java.base/java.lang.invoke=ALL-UNNAMED"})
public class NationalRollupBenchmark {

  private static final int COUNCILS = 15;

  /** Rows rolled up, in one JVM, generated on the fly: the single-JVM path. */
  static NationalTotals singleJvm(PortfolioRollup plan, long rows) {
    RowParser parser = new RowParser(plan.framework(), DeliveryColumns.textSchema());
    NationalTotals.Accumulator acc = new NationalTotals.Accumulator(plan);
    for (long i = 0; i < rows; i++) {
      RowParser.Result r = parser.parse(RowFactory.create((Object[]) NationalDataGenerator.values(i, COUNCILS, 0)));
      if (r.ok()) {
        acc.add(r.record());
      } else {
        acc.bad();
      }
    }
    return acc.result();
  }

  static void views(NationalTotals totals, Blackhole bh) {
    NationalTotals verified = totals.only(uk.gov.lancashire.socialvalue.portfolio.ValueStage.VERIFIED);
    bh.consume(verified.byCouncil());
    bh.consume(verified.national().byPriority());
    bh.consume(verified.national().byTheme());
    bh.consume(verified.national().byFinancialYear());
  }

  /** A Spark session on one or two cores, with the data written. */
  @State(Scope.Benchmark)
  public static class OnSpark {
    @Param({"local[1]", "local[2]"})
    public String master;

    @Param({"1000000", "10000000"})
    public long rows;

    SparkSession spark;
    NationalRollup rollup;
    String path;

    @Setup(Level.Trial)
    public void start() {
      spark = SparkSession.builder().master(master).appName("national-bench").config("spark.ui.enabled", "false")
          .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1").getOrCreate();
      spark.sparkContext().setLogLevel("WARN");
      Path dir = Path.of("target", "national-bench", Long.toString(rows));
      path = dir.toAbsolutePath().toString();
      if (!Files.exists(dir.resolve("_SUCCESS"))) {
        NationalDataGenerator.generate(spark, rows, COUNCILS, 0, Math.max(2, (int) (rows / 500_000))).write()
            .mode("overwrite").parquet(path);
      }
      rollup = NationalRollup.of(spark, IllustrativeNational.framework(), IllustrativeNational.edition());
      NationalTotals onSpark = rollup.totals(NationalData.parquet(spark, path));
      NationalTotals single = singleJvm(PortfolioRollup.of(IllustrativeNational.framework(), IllustrativeNational.edition()), rows);
      if (!onSpark.equals(single) || !onSpark.national().toString().equals(single.national().toString())
          || onSpark.rows() != rows || onSpark.badRows() != 0) {
        throw new IllegalStateException("Spark totals differ from the single-JVM totals: " + onSpark + " vs " + single);
      }
      System.out.println("[setup] " + master + ", " + rows + " rows: Spark totals equal the single-JVM totals ("
          + onSpark.national().total() + "); Parquet partitions: " + NationalData.parquet(spark, path).rows().rdd().getNumPartitions());
    }

    @TearDown(Level.Trial)
    public void stop() {
      rollup.close();
      spark.stop();
    }
  }

  /** The single-JVM path's plan. */
  @State(Scope.Benchmark)
  public static class InOneJvm {
    @Param({"1000000", "10000000"})
    public long rows;

    PortfolioRollup plan;

    @Setup(Level.Trial)
    public void plan() {
      plan = PortfolioRollup.of(IllustrativeNational.framework(), IllustrativeNational.edition());
    }
  }

  /** Spark: read Parquet, check, value and accumulate per partition, merge, take the views. */
  @Benchmark
  public void sparkFromParquet(OnSpark s, Blackhole bh) {
    views(s.rollup.totals(NationalData.parquet(s.spark, s.path)), bh);
  }

  /** One JVM, one thread, no Spark: the same rows generated on the fly, checked, valued and accumulated. */
  @Benchmark
  public void singleJvmGenerated(InOneJvm s, Blackhole bh) {
    views(singleJvm(s.plan, s.rows), bh);
  }

  /** The cost of generating the rows alone, to subtract from {@link #singleJvmGenerated}. */
  @Benchmark
  public void singleJvmGenerationOnly(InOneJvm s, Blackhole bh) {
    for (long i = 0; i < s.rows; i++) {
      Row row = RowFactory.create((Object[]) NationalDataGenerator.values(i, COUNCILS, 0));
      bh.consume(row);
    }
  }
}
