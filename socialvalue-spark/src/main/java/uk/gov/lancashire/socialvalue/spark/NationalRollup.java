package uk.gov.lancashire.socialvalue.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.api.java.function.ReduceFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;
import scala.reflect.ClassTag$;
import uk.gov.lancashire.socialvalue.basics.Problem;
import uk.gov.lancashire.socialvalue.framework.Framework;
import uk.gov.lancashire.socialvalue.portfolio.PortfolioRollup;
import uk.gov.lancashire.socialvalue.framework.ProxyEdition;
import uk.gov.lancashire.socialvalue.framework.CommitmentValuer;

/**
 * Rolls up national delivery data on Apache Spark with the core's own rules: every row is checked and
 * valued by the SDK, each partition accumulates into the core's accumulators, and the partitions' results
 * are merged with the core's monoid (in groups on the executors when there are many, then on the
 * driver). Nothing is re-implemented: the figures equal, to the
 * last digit, the single-JVM {@link PortfolioRollup} and {@link uk.gov.lancashire.socialvalue.portfolio.PortfolioAggregate}
 * of the same rows, however Spark partitions them.
 *
 * <ul>
 *   <li>{@link #totals(NationalData)}: the fast path, {@link NationalTotals} (by council, stage, locality,
 *       priority, theme, outcome, financial year), a few numbers per measure and year whatever the size;
 *   <li>{@link #aggregate(NationalData)}: the complete path, {@link NationalAggregate} (also by measure,
 *       supplier, contract, and the annual statement), one cell per contract, measure, year and stage;
 *   <li>{@link #problems(NationalData)}: every problem of every bad row, with its source and row. A bad row
 *       is counted ({@code badRows()}) and left out; it never changes the good rows' totals.
 * </ul>
 *
 * <p><strong>Broadcast once.</strong> The framework and the pinned edition (inside the core's roll-up plan)
 * are broadcast once per roll-up object and read once per executor. The core's values are not
 * {@code Serializable}; they travel as Spark's Kryo writes them (see {@code KryoBox}), and partition
 * results come back through {@link Encoders#kryo(Class)}, so a session configured with
 * {@code spark.kryo.registrationRequired=true} must register the core's classes.
 *
 * <p>This class is thread-safe; {@link #close()} releases the broadcast.
 */
public final class NationalRollup implements AutoCloseable {

  /** The columns of {@link #problems(NationalData)}. */
  public static final StructType PROBLEM_SCHEMA = new StructType()
      .add("source", DataTypes.StringType, false)
      .add("row", DataTypes.StringType, false)
      .add("field", DataTypes.StringType, false)
      .add("reason", DataTypes.StringType, false);

  /** How many partition results one executor task merges before the driver merges the rest. */
  static final int MERGE_FAN_IN = 32;

  private final PortfolioRollup plan;
  private final Broadcast<KryoBox<PortfolioRollup>> broadcast;
  private final int mergeFanIn;

  private NationalRollup(PortfolioRollup plan, Broadcast<KryoBox<PortfolioRollup>> broadcast, int mergeFanIn) {
    this.plan = plan;
    this.broadcast = broadcast;
    this.mergeFanIn = mergeFanIn;
  }

  /**
   * Plans national roll-ups and broadcasts the framework and edition.
   *
   * @param spark the session
   * @param framework the framework: its measures are the valid ones, its priorities and themes the views'
   * @param edition the pinned edition that values every quantity; its currency is the roll-up's
   * @return the roll-up
   */
  public static NationalRollup of(SparkSession spark, Framework framework, ProxyEdition edition) {
    PortfolioRollup plan = PortfolioRollup.of(framework, edition);
    return new NationalRollup(plan, Objects.requireNonNull(spark, "spark").sparkContext()
        .broadcast(KryoBox.of(plan), ClassTag$.MODULE$.apply(KryoBox.class)), MERGE_FAN_IN);
  }

  /**
   * @param fanIn how many partition results an executor merges in the second stage (at least 2)
   * @return this roll-up merging with that fan-in, sharing its broadcast; for tests of the two-stage merge
   */
  NationalRollup withMergeFanIn(int fanIn) {
    return new NationalRollup(plan, broadcast, Math.max(2, fanIn));
  }

  /** @return the framework */
  public Framework framework() {
    return plan.framework();
  }

  /** @return the pinned edition */
  public ProxyEdition edition() {
    return plan.edition();
  }

  /**
   * The fast roll-up: {@link PortfolioRollup} accumulators per council, stage and locality status in each
   * partition, merged with {@link NationalTotals#combine(NationalTotals)}.
   *
   * @param data the rows
   * @return the totals
   */
  public NationalTotals totals(NationalData data) {
    NationalTotals sum = NationalTotals.empty(plan);
    for (NationalTotals part : merged(data.rows().mapPartitions(new TotalsOfPartition(broadcast, data.rows().schema()),
        Encoders.kryo(NationalTotals.class)), NationalTotals::combine, Encoders.kryo(NationalTotals.class))) {
      sum = sum.combine(part);
    }
    return sum;
  }

  /**
   * The complete roll-up: a {@link uk.gov.lancashire.socialvalue.portfolio.PortfolioAggregate} accumulator
   * per council in each partition, merged with {@link NationalAggregate#combine(NationalAggregate)}.
   *
   * @param data the rows
   * @return the aggregate
   */
  public NationalAggregate aggregate(NationalData data) {
    NationalAggregate sum = NationalAggregate.empty();
    for (NationalAggregate part : merged(data.rows().mapPartitions(new AggregateOfPartition(broadcast,
        data.rows().schema()), Encoders.kryo(NationalAggregate.class)), NationalAggregate::combine,
        Encoders.kryo(NationalAggregate.class))) {
      sum = sum.combine(part);
    }
    return sum;
  }

  /**
   * Every problem of every bad row, lazily: write it out, count it or show it. A row with several
   * problems has a line for each; {@code badRows()} of a roll-up counts rows.
   *
   * @param data the rows
   * @return the problems, columns {@link #PROBLEM_SCHEMA}: {@code source} (file or label), {@code row} (its
   *     values as {@code column=value}), {@code field} (the column, or empty for the whole row) and
   *     {@code reason}
   */
  public Dataset<Row> problems(NationalData data) {
    return data.rows().flatMap(new ProblemsOfRow(broadcast, data.rows().schema()), Encoders.row(PROBLEM_SCHEMA));
  }

  /**
   * The partition results, brought to the driver. With more partitions than the fan-in, a second stage
   * first merges them in groups on the executors (with the same monoid), so the driver receives and
   * merges at most about {@code partitions / fanIn} results, not one per partition.
   */
  private <T> List<T> merged(Dataset<T> parts, ReduceFunction<T> combine, Encoder<T> encoder) {
    int partitions = parts.rdd().getNumPartitions();
    if (partitions <= mergeFanIn) {
      return parts.collectAsList();
    }
    return parts.repartition((partitions + mergeFanIn - 1) / mergeFanIn)
        .mapPartitions(new MergePartition<>(combine), encoder).collectAsList();
  }

  /** Releases the broadcast framework and edition on the executors. */
  @Override
  public void close() {
    broadcast.destroy();
  }

  // ---------------------------------------------------------------- the functions Spark ships to executors

  /** What every function holds: the broadcast plan and the rows' schema. */
  private abstract static class OnExecutor implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private final Broadcast<KryoBox<PortfolioRollup>> plan;
    private final StructType schema;

    OnExecutor(Broadcast<KryoBox<PortfolioRollup>> plan, StructType schema) {
      this.plan = plan;
      this.schema = schema;
    }

    PortfolioRollup plan() {
      return plan.value().get();
    }

    RowParser parser() {
      return new RowParser(plan().framework(), schema);
    }

    /** Parses every row of the partition, handing each good record to {@code good} and counting each bad row. */
    void parseEach(Iterator<Row> rows, Consumer<NationalRecord> good, Runnable bad) {
      RowParser parser = parser();
      while (rows.hasNext()) {
        RowParser.Result r = parser.parse(rows.next());
        if (r.ok()) {
          good.accept(r.record());
        } else {
          bad.run();
        }
      }
    }
  }

  private static final class TotalsOfPartition extends OnExecutor implements MapPartitionsFunction<Row, NationalTotals> {
    private static final long serialVersionUID = 1L;

    TotalsOfPartition(Broadcast<KryoBox<PortfolioRollup>> plan, StructType schema) {
      super(plan, schema);
    }

    @Override
    public Iterator<NationalTotals> call(Iterator<Row> rows) {
      NationalTotals.Accumulator acc = new NationalTotals.Accumulator(plan());
      parseEach(rows, acc::add, acc::bad);
      return List.of(acc.result()).iterator();
    }
  }

  private static final class AggregateOfPartition extends OnExecutor
      implements MapPartitionsFunction<Row, NationalAggregate> {
    private static final long serialVersionUID = 1L;

    AggregateOfPartition(Broadcast<KryoBox<PortfolioRollup>> plan, StructType schema) {
      super(plan, schema);
    }

    @Override
    public Iterator<NationalAggregate> call(Iterator<Row> rows) {
      NationalAggregate.Accumulator acc = new NationalAggregate.Accumulator(CommitmentValuer.pinned(plan().edition()));
      parseEach(rows, acc::add, acc::bad);
      return List.of(acc.result()).iterator();
    }
  }

  /** Merges one partition's results into one with the monoid; an empty partition gives none. */
  private static final class MergePartition<T> implements MapPartitionsFunction<T, T> {
    private static final long serialVersionUID = 1L;
    private final ReduceFunction<T> combine;

    MergePartition(ReduceFunction<T> combine) {
      this.combine = combine;
    }

    @Override
    public Iterator<T> call(Iterator<T> parts) throws Exception {
      if (!parts.hasNext()) {
        return List.<T>of().iterator();
      }
      T sum = parts.next();
      while (parts.hasNext()) {
        sum = combine.call(sum, parts.next());
      }
      return List.of(sum).iterator();
    }
  }

  private static final class ProblemsOfRow extends OnExecutor implements FlatMapFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private transient @Nullable RowParser parser;

    ProblemsOfRow(Broadcast<KryoBox<PortfolioRollup>> plan, StructType schema) {
      super(plan, schema);
    }

    @Override
    public Iterator<Row> call(Row row) {
      if (parser == null) {
        parser = parser();
      }
      RowParser.Result r = parser.parse(row);
      if (r.ok()) {
        return List.<Row>of().iterator();
      }
      int source = row.fieldIndex(NationalData.SOURCE);
      String from = row.isNullAt(source) ? "" : row.getString(source);
      String text = parser.describe(row);
      List<Row> problems = new ArrayList<>();
      for (Problem p : r.problems()) {
        problems.add(RowFactory.create(from, text, p.path(), p.message()));
      }
      return problems.iterator();
    }
  }
}
