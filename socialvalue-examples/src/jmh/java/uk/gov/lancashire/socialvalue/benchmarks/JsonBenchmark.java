package uk.gov.lancashire.socialvalue.benchmarks;

import uk.gov.lancashire.socialvalue.json.Documents;

import java.io.ByteArrayInputStream;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import uk.gov.lancashire.socialvalue.basics.FinancialQuarter;
import uk.gov.lancashire.socialvalue.basics.FinancialYear;
import uk.gov.lancashire.socialvalue.delivery.DeliveryRecord;
import uk.gov.lancashire.socialvalue.delivery.Location;
import uk.gov.lancashire.socialvalue.delivery.RecordStatus;
import uk.gov.lancashire.socialvalue.json.DeliveryReportWriter;
import uk.gov.lancashire.socialvalue.json.SocialValueJson;
import uk.gov.lancashire.socialvalue.json.engine.StreamingFactory;
import uk.gov.lancashire.socialvalue.portfolio.PortfolioRollup;
import uk.gov.lancashire.socialvalue.portfolio.RollupTotals;

/**
 * Reading and writing a 100,000-record delivery report with socialvalue-json's streaming API
 * ({@code readDeliveryRecords}, {@code deliveryReportWriter}), in memory (no disk). Records come from
 * the workload: a mix of claimed and verified records, with evidence, claim keys, postcodes or area
 * codes and the odd shared record. The setup prints the document's size; MB/s = size ÷ score. {@link
 * #tokensOnly()} is the fair baseline in the same run: Jackson's tokenizer alone over the same bytes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class JsonBenchmark {

  static final int RECORDS = 100_000;

  /** The streamed reader's own factory (its settings, its parser: UTF-8 read as bytes, names in a bounded table). */
  private static final JsonFactory TOKENS = StreamingFactory.create(StreamReadConstraints.defaults());
  /** Jackson's factory with the reader's two safeguards and nothing else: the character parser. */
  private static final JsonFactory SAFE_TOKENS = StreamingFactory.safe(StreamReadConstraints.defaults());
  private static final JsonFactory DEFAULT_TOKENS = JsonFactory.builder().build();

  private final SocialValueJson json = SocialValueJson.standard();
  private List<DeliveryRecord> records;
  private byte[] document;
  private PortfolioRollup plan;

  /** Builds the records and writes the document once. */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    records = new ArrayList<>(RECORDS);
    for (int i = 0; i < RECORDS; i++) {
      records.add(record(i));
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 << 20);
    json.write(Documents.DELIVERY_REPORT, records, out);
    document = out.toByteArray();
    long[] read = new long[1];
    if (json.readDeliveryRecords(new ByteArrayInputStream(document), r -> read[0]++) != RECORDS) {
      throw new IllegalStateException("read back " + read[0] + " records");
    }
    plan = PortfolioRollup.of(Workload.framework(), Workload.edition());
    System.out.printf("%n[JsonBenchmark] document: %,d records, %,d bytes (%.3f MB)%n", RECORDS, document.length,
        document.length / 1e6);
  }

  /** @return the document the benchmarks read (after {@link #setUp()}) */
  byte[] document() {
    return document;
  }

  /** @return the workload's record {@code i} ({@link DeliveryFiles#record(long)}), every fiftieth shared half */
  private static DeliveryRecord record(int i) {
    DeliveryRecord r = DeliveryFiles.record(i);
    return i % 50 == 0 ? DeliveryRecord.builder().from(r).share(new BigDecimal("0.5")).build() : r;
  }

  /**
   * @param bh receives each record read
   * @return how many records were read
   */
  @Benchmark
  public long readStreamed(Blackhole bh) {
    return json.readDeliveryRecords(new ByteArrayInputStream(document), bh::consume);
  }

  /**
   * The fair baseline: Jackson's tokenizer alone over the same bytes (every token, strings and numbers
   * decoded to text, nothing checked or built), with the streamed reader's own factory ({@code
   * StreamingFactory}: the byte parser, names in a bounded table, repeated names left to the reader, which
   * this pass does not check).
   *
   * @return a checksum of the tokens read
   */
  @Benchmark
  public long tokensOnly() {
    return tokens(TOKENS);
  }

  /**
   * The same token pass with Jackson's own factory set to the reader's two safeguards (duplicate names
   * detected, names not canonicalized), which reads UTF-8 through its character parser: the streamed
   * reader's factory before {@code StreamingFactory}, and its fallback.
   *
   * @return a checksum of the tokens read
   */
  @Benchmark
  public long tokensOnlySafeFactory() {
    return tokens(SAFE_TOKENS);
  }

  /**
   * The same token pass with Jackson's default factory: no duplicate-name detection and names canonicalized
   * in a table shared by every parser of the factory. The streamed reader cannot use these defaults
   * (interning hostile names would grow that table without bound), so {@link #tokensOnly()} is the baseline
   * for the ratio; this one shows what the reader's factory costs against Jackson's defaults.
   *
   * @return a checksum of the tokens read
   */
  @Benchmark
  public long tokensOnlyJacksonDefaults() {
    return tokens(DEFAULT_TOKENS);
  }

  private long tokens(JsonFactory factory) {
    long sum = 0;
    try (JsonParser p = factory.createParser(ObjectReadContext.empty(), new ByteArrayInputStream(document))) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        sum += t.isScalarValue() ? p.getText().length() : t.id();
      }
    }
    return sum;
  }

  /** @return how many bytes were written, compact */
  @Benchmark
  public long writeWhole() {
    CountingSink sink = new CountingSink();
    json.write(Documents.DELIVERY_REPORT, records, sink);
    return sink.count;
  }

  /** @return the views of the records read, each added to a fast roll-up as it is read */
  @Benchmark
  public List<Object> readStreamedIntoRollup() {
    PortfolioRollup.Accumulator acc = plan.accumulator();
    json.readDeliveryRecords(new ByteArrayInputStream(document), acc::add);
    RollupTotals totals = acc.result();
    return Rollups.views(totals);
  }

  /** @return how many bytes were written */
  @Benchmark
  public long writeStreamed() {
    CountingSink sink = new CountingSink();
    try (DeliveryReportWriter writer = json.deliveryReportWriter(sink)) {
      records.forEach(writer::write);
    }
    return sink.count;
  }

  /** Counts the bytes written and keeps none, so the score is the writer's alone. */
  static final class CountingSink extends OutputStream {
    long count;

    @Override
    public void write(int b) {
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      count += len;
    }
  }
}
