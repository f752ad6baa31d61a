package uk.gov.lancashire.socialvalue.spark;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntFunction;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import uk.gov.lancashire.socialvalue.basics.FinancialQuarter;
import uk.gov.lancashire.socialvalue.basics.FinancialYear;
import uk.gov.lancashire.socialvalue.delivery.DeliveryRecord;
import uk.gov.lancashire.socialvalue.delivery.LocalStatus;
import uk.gov.lancashire.socialvalue.delivery.RecordStatus;
import uk.gov.lancashire.socialvalue.framework.Framework;
import uk.gov.lancashire.socialvalue.framework.PriorityScheme;
import uk.gov.lancashire.socialvalue.portfolio.AnnualStatement;
import uk.gov.lancashire.socialvalue.portfolio.PortfolioAggregate;
import uk.gov.lancashire.socialvalue.portfolio.PortfolioFact;
import uk.gov.lancashire.socialvalue.portfolio.PortfolioRollup;
import uk.gov.lancashire.socialvalue.portfolio.RollupTotals;
import uk.gov.lancashire.socialvalue.portfolio.ValueStage;
import uk.gov.lancashire.socialvalue.framework.ProxyEdition;
import uk.gov.lancashire.socialvalue.framework.CommitmentValuer;

/**
 * Random national data, randomly partitioned by Spark (1 to 16 partitions, repartitioned by different
 * keys, partition results merged on the driver or first in groups on the executors), rolls up to exactly
 * what the single-JVM core computes from the same records, view by view:
 * compared with {@code equals} and as text, so to the last digit and scale.
 */
class NationalRollupProperties {

  private static final Framework FRAMEWORK = IllustrativeNational.framework();
  private static final ProxyEdition EDITION = IllustrativeNational.edition();
  private static final String[] KEYS = {"round-robin", DeliveryColumns.COUNCIL, DeliveryColumns.CONTRACT,
      DeliveryColumns.MEASURE, DeliveryColumns.PERIOD, DeliveryColumns.ID, "range:" + DeliveryColumns.QUANTITY};

  private static NationalRollup rollup;

  @BeforeContainer
  static void start() {
    rollup = NationalRollup.of(SharedSpark.session(), FRAMEWORK, EDITION);
  }

  @AfterContainer
  static void stop() {
    rollup.close();
  }

  @Property(tries = 12)
  void anyPartitioningGivesTheSingleJvmFigures(@ForAll("national") List<NationalRecord> records,
      @ForAll("partitions") int partitions, @ForAll("keys") String key, @ForAll("fanIns") int fanIn) {
    NationalData data = NationalData.of(frame(records), "random").transform(d -> partition(d, partitions, key));
    NationalRollup merging = rollup.withMergeFanIn(fanIn); // below the partitions, results merge on executors first

    NationalTotals totals = merging.totals(data);
    NationalAggregate aggregate = merging.aggregate(data);

    // the single-JVM reference, straight from the core
    PortfolioRollup plan = PortfolioRollup.of(FRAMEWORK, EDITION);
    CommitmentValuer valuer = CommitmentValuer.pinned(EDITION);
    PortfolioRollup.Accumulator all = plan.accumulator();
    PortfolioRollup.Accumulator verified = plan.accumulator();
    Map<String, PortfolioRollup.Accumulator> byCouncil = new TreeMap<>();
    Map<ValueStage, PortfolioRollup.Accumulator> byStage = new EnumMap<>(ValueStage.class);
    Map<LocalStatus, PortfolioRollup.Accumulator> byLocal = new EnumMap<>(LocalStatus.class);
    Map<String, List<PortfolioFact>> facts = new TreeMap<>();
    List<PortfolioFact> allFacts = new ArrayList<>();
    for (NationalRecord r : records) {
      all.add(r.record());
      if (r.stage() == ValueStage.VERIFIED) {
        verified.add(r.record());
      }
      byCouncil.computeIfAbsent(r.council(), c -> plan.accumulator()).add(r.record());
      byStage.computeIfAbsent(r.stage(), c -> plan.accumulator()).add(r.record());
      byLocal.computeIfAbsent(r.local(), c -> plan.accumulator()).add(r.record());
      BigDecimal q = r.record().quantity().multiply(r.record().share());
      PortfolioFact fact = PortfolioFact.of(r.council() + "/" + r.contract(), r.record().supplier(), r.record().measure(),
          r.local(), r.record().period().year(), r.stage(), q, valuer.value(r.record().measure(), q), EDITION.currency(),
          valuer.priceYear(r.record().measure()));
      facts.computeIfAbsent(r.council(), c -> new ArrayList<>()).add(fact);
      allFacts.add(fact);
    }
    PortfolioAggregate national = PortfolioAggregate.of(allFacts);

    assertThat(totals.rows()).isEqualTo(records.size());
    assertThat(totals.badRows()).isZero();
    sameViews(totals.national(), all.result());
    sameViews(totals.only(ValueStage.VERIFIED).national(), verified.result());
    same(totals.byCouncil(), totalsOf(byCouncil));
    same(totals.byStage(), totalsOf(byStage));
    same(totals.byLocality(), totalsOf(byLocal));
    byCouncil.forEach((council, acc) -> sameViews(totals.council(council), acc.result()));

    assertThat(aggregate.rows()).isEqualTo(records.size());
    assertThat(aggregate.councils()).isEqualTo(facts.keySet());
    facts.forEach((council, f) -> assertThat(aggregate.council(council)).isEqualTo(PortfolioAggregate.of(f)));
    assertThat(aggregate.national()).isEqualTo(national);
    same(aggregate.national().byMeasure(), national.byMeasure());
    same(aggregate.national().byLocality(), national.byLocality());
    same(aggregate.national().byStage(), national.byStage());
    same(aggregate.national().byFinancialYear(), national.byFinancialYear());
    same(aggregate.national().byContract(), national.byContract());
    same(aggregate.national().bySupplier(), national.bySupplier());
    same(aggregate.national().byTheme(FRAMEWORK), national.byTheme(FRAMEWORK));
    same(aggregate.national().byOutcome(FRAMEWORK), national.byOutcome(FRAMEWORK));
    same(aggregate.national().byPriority(FRAMEWORK), national.byPriority(FRAMEWORK));
    for (int year = 2024; year <= 2028; year++) {
      AnnualStatement expected = AnnualStatement.of(national, FRAMEWORK, FinancialYear.of(year), 5);
      assertThat(aggregate.annualStatement(FRAMEWORK, FinancialYear.of(year), 5).render()).isEqualTo(expected.render());
    }
    // the fast path and the complete path agree where their views meet
    same(totals.only(ValueStage.VERIFIED).national().byPriority(), aggregate.only(ValueStage.VERIFIED).national()
        .byPriority(FRAMEWORK));
  }

  private static void sameViews(RollupTotals actual, RollupTotals expected) {
    assertThat(actual).isEqualTo(expected);
    same(actual.total(), expected.total());
    same(actual.byFinancialYear(), expected.byFinancialYear());
    same(actual.byTheme(), expected.byTheme());
    same(actual.byOutcome(), expected.byOutcome());
    for (PriorityScheme scheme : FRAMEWORK.schemes()) {
      same(actual.byPriority(scheme.id()), expected.byPriority(scheme.id()));
    }
  }

  /**
   * Equal as text: the same groups, in the same order, with the same digits at the same scale and the same
   * counts (every view prints its exact figures with {@code toPlainString}; breakdowns have no {@code equals}).
   */
  private static void same(Object actual, Object expected) {
    assertThat(String.valueOf(actual)).isEqualTo(String.valueOf(expected));
  }

  private static <K> Map<K, Object> totalsOf(Map<K, PortfolioRollup.Accumulator> accumulators) {
    Map<K, Object> totals = new TreeMap<>();
    accumulators.forEach((k, acc) -> totals.put(k, acc.result().total()));
    return totals;
  }

  private static Dataset<Row> partition(Dataset<Row> d, int partitions, String key) {
    if (key.equals("round-robin")) {
      return d.repartition(partitions);
    }
    if (key.startsWith("range:")) {
      return d.repartitionByRange(partitions, col(key.substring("range:".length())));
    }
    return d.repartition(partitions, col(key));
  }

  /** The records as the text rows a council would export. */
  static Dataset<Row> frame(List<NationalRecord> records) {
    List<Row> rows = new ArrayList<>();
    for (NationalRecord r : records) {
      DeliveryRecord d = r.record();
      rows.add(RowFactory.create(r.council(), r.contract(), d.id(), d.period().toString(), d.measure().toString(),
          d.quantity().toPlainString(), d.supplier(), r.stage().name().toLowerCase(java.util.Locale.ROOT),
          d.evidence().isEmpty() ? null : String.join(";", d.evidence()), d.claimKey().orElse(null),
          d.share().compareTo(BigDecimal.ONE) == 0 ? null : d.share().toPlainString(), r.local().name()));
    }
    return SharedSpark.session().createDataFrame(rows, DeliveryColumns.textSchema());
  }

  @Provide
  Arbitrary<Integer> partitions() {
    return Arbitraries.integers().between(1, 16);
  }

  @Provide
  Arbitrary<Integer> fanIns() {
    return Arbitraries.integers().between(2, 40);
  }

  @Provide
  Arbitrary<String> keys() {
    return Arbitraries.of(KEYS);
  }

  @Provide
  Arbitrary<List<NationalRecord>> national() {
    return record().list().ofMinSize(0).ofMaxSize(300).map(makers -> {
      List<NationalRecord> records = new ArrayList<>();
      for (int i = 0; i < makers.size(); i++) {
        records.add(makers.get(i).apply(i));
      }
      return records;
    });
  }

  /** A record given its number, so ids are unique. */
  private static Arbitrary<IntFunction<NationalRecord>> record() {
    Arbitrary<String> council = Arbitraries.of("lancashire", "blackpool", "preston", "wyre");
    Arbitrary<String> contract = Arbitraries.of("C1", "C2", "C3");
    Arbitrary<Integer> measure = Arbitraries.integers().between(0, IllustrativeNational.MEASURES - 1);
    Arbitrary<FinancialQuarter> period = Combinators.combine(Arbitraries.integers().between(2024, 2028),
        Arbitraries.integers().between(1, 4)).as((y, q) -> FinancialQuarter.of(FinancialYear.of(y), q));
    Arbitrary<BigDecimal> quantity = Combinators.combine(Arbitraries.longs().between(-1_000_000_000L, 1_000_000_000_000L),
        Arbitraries.integers().between(0, 4)).as(BigDecimal::valueOf);
    Arbitrary<BigDecimal> share = Arbitraries.of("1", "0.5", "0.25", "0.3333", "0.125").map(BigDecimal::new);
    Arbitrary<ValueStage> stage = Arbitraries.of(ValueStage.class);
    Arbitrary<LocalStatus> local = Arbitraries.of(LocalStatus.class);
    Arbitrary<String> supplier = Arbitraries.of("S1", "S2", "S3");
    return Combinators.combine(council, contract, measure, period, quantity, share, stage, local)
        .flatAs((c, k, m, p, q, s, st, l) -> supplier.map(sup -> (IntFunction<NationalRecord>) i -> {
          DeliveryRecord.Builder b = DeliveryRecord.builder().id("R" + i).period(p).measure(IllustrativeNational.code(m))
              .quantity(q).supplier(sup)
              .status(st == ValueStage.COMMITTED ? RecordStatus.CLAIMED : RecordStatus.valueOf(st.name()));
          if (st == ValueStage.EVIDENCED || st == ValueStage.VERIFIED) {
            b.addEvidence("payroll-" + sup);
          }
          if (st != ValueStage.COMMITTED) {
            b.share(s);
          }
          return new NationalRecord(c, k, b.build(), st, l);
        }));
  }
}
