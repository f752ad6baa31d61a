package uk.gov.lancashire.socialvalue.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.EnumSet;
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
import uk.gov.lancashire.socialvalue.delivery.RecordStatus;
import uk.gov.lancashire.socialvalue.json.DeliveryReportRollup;
import uk.gov.lancashire.socialvalue.json.SocialValueJson;
import uk.gov.lancashire.socialvalue.sheets.DeliveryCsvRollup;

/**
 * From a file to the figures, by the SDK and DuckDB, in one run: the SDK's {@link DeliveryCsvRollup} on one
 * and two threads over the delivery-records CSV ({@link DeliveryFiles}), its {@link DeliveryReportRollup} over
 * the same records as a JSON delivery report, and DuckDB over the same CSV with
 * every column type declared and over a Parquet file of the same records that DuckDB wrote itself, each on
 * one and two threads. One operation reads the whole file and makes the views by financial year, theme and
 * priority. The files sit in the page cache after the first read, so this measures parsing and adding, not
 * the disk. Before any timing, each trial setup checks that its peer's figures equal the figures of the
 * records generated in memory, to the last digit; the run fails otherwise.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class FilePeerBenchmark {

  /** How many records. */
  @Param("10000000")
  public long records;

  Rollups rollups;
  Path csv;
  Figures expected;

  /** Writes (or reuses) the CSV and works out the expected figures from the records themselves. */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    rollups = new Rollups();
    csv = DeliveryFiles.csv(records);
    expected = DeliveryFiles.expected(rollups, records);
    System.out.printf("%n[FilePeerBenchmark] %s: %,d records, %,d bytes%n", csv, records, Files.size(csv));
  }

  /** The SDK's CSV roll-up, checked on one and two threads. */
  @State(Scope.Benchmark)
  public static class Sdk {
    DeliveryCsvRollup oneThread;
    DeliveryCsvRollup twoThreads;

    /** Makes the readers and checks their figures. */
    @Setup(Level.Trial)
    public void setUp(FilePeerBenchmark data) {
      oneThread = DeliveryCsvRollup.of(data.rollups.plan, EnumSet.allOf(RecordStatus.class));
      twoThreads = oneThread.withThreads(2);
      for (DeliveryCsvRollup reader : List.of(oneThread, twoThreads)) {
        DeliveryCsvRollup.Result result = reader.read(data.csv);
        Figures.check("SDK CSV on " + reader.threads() + " thread(s)", Figures.of(result.totals()), data.expected);
        if (!result.sheet().isComplete() || result.sheet().records() != data.records) {
          throw new IllegalStateException("the CSV did not read cleanly: " + result.sheet());
        }
      }
    }
  }

  /**
   * The SDK's JSON roll-up, checked on one and two threads, with its plain-record scanner (the default) and
   * with the streamed reader alone. The setup also checks that the scanner reads every chunk of the file, so
   * that the scanner's figures cannot silently be the streamed reader's.
   */
  @State(Scope.Benchmark)
  public static class SdkJson {
    Path file;
    DeliveryReportRollup oneThread;
    DeliveryReportRollup twoThreads;
    DeliveryReportRollup streamedOneThread;

    /** Writes (or reuses) the JSON report, makes the readers and checks their figures. */
    @Setup(Level.Trial)
    public void setUp(FilePeerBenchmark data) throws IOException {
      file = DeliveryFiles.json(data.records);
      System.out.printf("%n[FilePeerBenchmark] %s: %,d bytes%n", file, Files.size(file));
      oneThread = DeliveryReportRollup.of(SocialValueJson.standard(), data.rollups.plan,
          EnumSet.allOf(RecordStatus.class));
      twoThreads = oneThread.withThreads(2);
      streamedOneThread = oneThread.withRecordScanner(false);
      for (DeliveryReportRollup reader : List.of(oneThread, twoThreads, streamedOneThread)) {
        DeliveryReportRollup.Result result = reader.read(file);
        Figures.check("SDK JSON on " + reader.threads() + " thread(s), scanner " + reader.recordScanner(),
            Figures.of(result.totals()), data.expected);
        if (!result.problems().isEmpty() || result.records() != data.records) {
          throw new IllegalStateException("the JSON did not read cleanly: " + result.problems());
        }
      }
      for (DeliveryReportRollup reader : List.of(oneThread, twoThreads)) {
        int[] counts = scannedChunks(reader, file);
        System.out.printf("[FilePeerBenchmark] JSON on %d thread(s): %d chunks, %d read by the scanner%n",
            reader.threads(), counts[0], counts[1]);
        if (counts[0] == 0 || counts[1] != counts[0]) {
          throw new IllegalStateException("the plain-record scanner did not read every chunk: " + counts[1]
              + " of " + counts[0]);
        }
      }
    }

    /**
     * @return how many chunks the reader read and how many of them its scanner took, through the roll-up's
     *     package-private test hook ({@code readCounted}, not API), read reflectively
     */
    static int[] scannedChunks(DeliveryReportRollup reader, Path file) {
      try {
        java.lang.reflect.Method read = DeliveryReportRollup.class.getDeclaredMethod("readCounted", Path.class);
        read.setAccessible(true);
        Object counted = read.invoke(reader, file);
        java.lang.reflect.Method chunks = counted.getClass().getDeclaredMethod("chunks");
        java.lang.reflect.Method scanned = counted.getClass().getDeclaredMethod("scanned");
        chunks.setAccessible(true);
        scanned.setAccessible(true);
        return new int[] {(Integer) chunks.invoke(counted), (Integer) scanned.invoke(counted)};
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot count the scanned chunks", e);
      }
    }
  }

  /** @return the SDK's views from the JSON report, one thread */
  @Benchmark
  public List<Object> sdkJsonOneThread(SdkJson sdk) {
    return Rollups.views(sdk.oneThread.read(sdk.file).totals());
  }

  /** @return the SDK's views from the JSON report, one thread, with the streamed reader alone (no scanner) */
  @Benchmark
  public List<Object> sdkJsonOneThreadStreamedReader(SdkJson sdk) {
    return Rollups.views(sdk.streamedOneThread.read(sdk.file).totals());
  }

  /** @return the SDK's views from the JSON report, two threads */
  @Benchmark
  public List<Object> sdkJsonTwoThreads(SdkJson sdk) {
    return Rollups.views(sdk.twoThreads.read(sdk.file).totals());
  }

  /** DuckDB over the typed CSV and its own Parquet file. */
  @State(Scope.Benchmark)
  public static class DuckDb {
    DuckDbPeer peer;
    String csv;
    String parquet;

    /** Writes (or reuses) the Parquet file and checks DuckDB's figures from both files. */
    @Setup(Level.Trial)
    public void setUp(FilePeerBenchmark data) throws IOException, SQLException {
      peer = new DuckDbPeer(new FairBaseline(data.rollups.framework, data.rollups.edition));
      csv = DuckDbPeer.typedCsv(data.csv);
      parquet = "read_parquet(" + DuckDbPeer.quote(DeliveryFiles.parquet(data.records, peer)) + ")";
      Figures.check("DuckDB from the typed CSV", peer.deliveryRecords(csv), data.expected);
      Figures.check("DuckDB from Parquet", peer.deliveryRecords(parquet), data.expected);
    }

    /** Closes the database. */
    @TearDown(Level.Trial)
    public void tearDown() throws SQLException {
      peer.close();
    }
  }

  /** @return the SDK's views from the CSV, one thread */
  @Benchmark
  public List<Object> sdkCsvOneThread(Sdk sdk) {
    return Rollups.views(sdk.oneThread.read(csv).totals());
  }

  /** @return the SDK's views from the CSV, two threads */
  @Benchmark
  public List<Object> sdkCsvTwoThreads(Sdk sdk) {
    return Rollups.views(sdk.twoThreads.read(csv).totals());
  }

  /** @return DuckDB's figures from the typed CSV, one thread */
  @Benchmark
  public Figures duckDbCsvOneThread(DuckDb duckDb) throws SQLException {
    duckDb.peer.threads(1);
    return duckDb.peer.deliveryRecords(duckDb.csv);
  }

  /** @return DuckDB's figures from the typed CSV, two threads */
  @Benchmark
  public Figures duckDbCsvTwoThreads(DuckDb duckDb) throws SQLException {
    duckDb.peer.threads(2);
    return duckDb.peer.deliveryRecords(duckDb.csv);
  }

  /** @return DuckDB's figures from Parquet, one thread */
  @Benchmark
  public Figures duckDbParquetOneThread(DuckDb duckDb) throws SQLException {
    duckDb.peer.threads(1);
    return duckDb.peer.deliveryRecords(duckDb.parquet);
  }

  /** @return DuckDB's figures from Parquet, two threads */
  @Benchmark
  public Figures duckDbParquetTwoThreads(DuckDb duckDb) throws SQLException {
    duckDb.peer.threads(2);
    return duckDb.peer.deliveryRecords(duckDb.parquet);
  }
}
