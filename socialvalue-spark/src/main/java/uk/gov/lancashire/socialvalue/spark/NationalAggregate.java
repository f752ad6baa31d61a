package uk.gov.lancashire.socialvalue.spark;

import com.esotericsoftware.kryo.DefaultSerializer;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import uk.gov.lancashire.socialvalue.basics.FinancialYear;
import uk.gov.lancashire.socialvalue.framework.Framework;
import uk.gov.lancashire.socialvalue.portfolio.AnnualStatement;
import uk.gov.lancashire.socialvalue.portfolio.PortfolioAggregate;
import uk.gov.lancashire.socialvalue.portfolio.Totals;
import uk.gov.lancashire.socialvalue.portfolio.ValueStage;
import uk.gov.lancashire.socialvalue.framework.CommitmentValuer;

/**
 * The complete national roll-up: for each council, the core's {@link PortfolioAggregate} of its rows
 * (exact sums by contract, supplier, measure, locality status, financial year and stage). The
 * {@link #national() national} aggregate combines them, so every view the core has (by priority in each
 * scheme, theme, outcome, measure, financial year, locality, stage, supplier, contract) and the
 * {@linkplain #annualStatement annual statement} are the core's own, over the national data.
 *
 * <p>Contracts are named {@code council/contract} (see {@link NationalRecord}): two councils' contract
 * {@code C1} stay two contracts in the national views and in the statement's shortfalls.
 *
 * <p><strong>A commutative monoid.</strong> {@link #combine(NationalAggregate)} combines each council's
 * aggregates with {@link PortfolioAggregate#combine(PortfolioAggregate)} and adds the row counts.
 *
 * <p><strong>Size.</strong> An aggregate holds one cell per contract, supplier, measure, locality status,
 * year and stage, so its size grows with the number of contracts, not of records. For the views that
 * need no contract (by council, priority, theme, outcome, year, locality, stage) at any scale, use the
 * fast {@link NationalTotals}.
 *
 * <p>This class is immutable and thread-safe.
 */
@DefaultSerializer(KryoResultSerializer.class)
public final class NationalAggregate {

  private final TreeMap<String, PortfolioAggregate> councils;
  private final long rows;
  private final long badRows;

  NationalAggregate(TreeMap<String, PortfolioAggregate> councils, long rows, long badRows) {
    this.councils = councils;
    this.rows = rows;
    this.badRows = badRows;
  }

  /** @return the aggregate of no rows: the identity of {@link #combine(NationalAggregate)} */
  public static NationalAggregate empty() {
    return new NationalAggregate(new TreeMap<>(), 0, 0);
  }

  /**
   * @param other the aggregate of other rows
   * @return the aggregate of both
   * @throws uk.gov.lancashire.socialvalue.basics.ValidationException when the currencies differ
   */
  public NationalAggregate combine(NationalAggregate other) {
    TreeMap<String, PortfolioAggregate> sum = new TreeMap<>(councils);
    other.councils.forEach((council, aggregate) -> sum.merge(council, aggregate, PortfolioAggregate::combine));
    return new NationalAggregate(sum, rows + other.rows, badRows + other.badRows);
  }

  /** @return how many rows were read */
  public long rows() {
    return rows;
  }

  /** @return how many rows had problems and were left out (each is in {@link NationalRollup#problems}) */
  public long badRows() {
    return badRows;
  }

  /**
   * @param stages the stages to keep
   * @return the figures at those stages only, in every council (the row counts are kept)
   */
  public NationalAggregate only(ValueStage... stages) {
    return map(a -> a.only(stages));
  }

  /**
   * @param year a financial year
   * @return the figures of that year only (the row counts are kept)
   */
  public NationalAggregate forYear(FinancialYear year) {
    return map(a -> a.forYear(year));
  }

  /**
   * @param ids council ids
   * @return the figures of those councils only (the row counts are kept)
   */
  public NationalAggregate forCouncils(Set<String> ids) {
    TreeMap<String, PortfolioAggregate> kept = new TreeMap<>(councils);
    kept.keySet().retainAll(ids);
    return new NationalAggregate(kept, rows, badRows);
  }

  /** @return the councils with figures */
  public SortedSet<String> councils() {
    return Collections.unmodifiableSortedSet(new TreeSet<>(councils.keySet()));
  }

  /**
   * @param council a council id
   * @return its aggregate; empty for a council with no figures
   */
  public PortfolioAggregate council(String council) {
    return councils.getOrDefault(council, PortfolioAggregate.empty());
  }

  /** @return the aggregate of every council: the core's views over the national data */
  public PortfolioAggregate national() {
    PortfolioAggregate sum = PortfolioAggregate.empty();
    for (PortfolioAggregate a : councils.values()) {
      sum = sum.combine(a);
    }
    return sum;
  }

  /** @return the total of each council */
  public SortedMap<String, Totals> byCouncil() {
    SortedMap<String, Totals> result = new TreeMap<>();
    councils.forEach((council, a) -> result.put(council, a.total()));
    return Collections.unmodifiableSortedMap(result);
  }

  /**
   * The core's annual statement over the national data: committed against delivered, delivered value by
   * priority in each scheme, the top measures and the contracts (named {@code council/contract}) that
   * delivered less than they committed.
   *
   * @param framework the framework
   * @param year the financial year
   * @param topMeasures how many measures to list
   * @return the statement
   */
  public AnnualStatement annualStatement(Framework framework, FinancialYear year, int topMeasures) {
    return AnnualStatement.of(national(), framework, year, topMeasures);
  }

  private NationalAggregate map(UnaryOperator<PortfolioAggregate> f) {
    TreeMap<String, PortfolioAggregate> mapped = new TreeMap<>();
    councils.forEach((council, a) -> {
      PortfolioAggregate m = f.apply(a);
      if (!m.isEmpty()) {
        mapped.put(council, m);
      }
    });
    return new NationalAggregate(mapped, rows, badRows);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof NationalAggregate && ((NationalAggregate) other).councils.equals(councils)
        && ((NationalAggregate) other).rows == rows && ((NationalAggregate) other).badRows == badRows;
  }

  @Override
  public int hashCode() {
    return Objects.hash(councils, rows, badRows);
  }

  /** @return e.g. {@code NationalAggregate[15 councils, 1000000 rows, 3 bad]} */
  @Override
  public String toString() {
    return "NationalAggregate[" + councils.size() + " councils, " + rows + " rows, " + badRows + " bad]";
  }

  // ---------------------------------------------------------------- accumulation

  /** Accumulates one partition's rows: a core accumulator per council. Not thread-safe. */
  static final class Accumulator {
    private final CommitmentValuer valuer;
    private final Map<String, PortfolioAggregate.Accumulator> councils = new TreeMap<>();
    private long rows;
    private long badRows;

    Accumulator(CommitmentValuer valuer) {
      this.valuer = valuer;
    }

    void add(NationalRecord r) {
      rows++;
      councils.computeIfAbsent(r.council(), c -> PortfolioAggregate.accumulator()).add(r.fact(valuer));
    }

    void bad() {
      rows++;
      badRows++;
    }

    NationalAggregate result() {
      TreeMap<String, PortfolioAggregate> result = new TreeMap<>();
      councils.forEach((council, acc) -> result.put(council, acc.result()));
      return new NationalAggregate(result, rows, badRows);
    }
  }
}
