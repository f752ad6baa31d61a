package uk.gov.lancashire.socialvalue.spark;

import com.esotericsoftware.kryo.DefaultSerializer;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import uk.gov.lancashire.socialvalue.delivery.LocalStatus;
import uk.gov.lancashire.socialvalue.portfolio.PortfolioRollup;
import uk.gov.lancashire.socialvalue.portfolio.RollupTotals;
import uk.gov.lancashire.socialvalue.portfolio.Totals;
import uk.gov.lancashire.socialvalue.portfolio.ValueStage;

/**
 * The fast national roll-up: for each council, stage and locality status, the core's {@link RollupTotals}
 * (exact values and record counts by measure and financial year, from {@link PortfolioRollup}
 * accumulators). Its views by council, stage and locality add those totals; its views by priority,
 * theme, outcome and financial year are the core's own views of the {@link #national() national}
 * totals, so they equal, to the last digit, the single-JVM {@code PortfolioRollup} of the same records.
 *
 * <p><strong>A commutative monoid.</strong> {@link #combine(NationalTotals)} combines the totals of each
 * key with {@link RollupTotals#combine(RollupTotals)} (exact sums) and adds the row counts, so partitions
 * of national data combine to the same totals however the rows were divided; {@link #empty(PortfolioRollup)}
 * is the identity.
 *
 * <p>Like the core's views, every view sums all the stages held: filter first with
 * {@link #only(ValueStage...)} (committed and verified value must not be added).
 *
 * <p>This class is immutable and thread-safe.
 */
@DefaultSerializer(KryoResultSerializer.class)
public final class NationalTotals {

  private final PortfolioRollup plan;
  private final TreeMap<Key, RollupTotals> cells;
  private final long rows;
  private final long badRows;

  NationalTotals(PortfolioRollup plan, TreeMap<Key, RollupTotals> cells, long rows, long badRows) {
    this.plan = Objects.requireNonNull(plan, "plan");
    this.cells = cells;
    this.rows = rows;
    this.badRows = badRows;
  }

  /**
   * @param plan the roll-up plan
   * @return the totals of no rows: the identity of {@link #combine(NationalTotals)}
   */
  public static NationalTotals empty(PortfolioRollup plan) {
    return new NationalTotals(plan, new TreeMap<>(), 0, 0);
  }

  /**
   * @param other the totals of other rows, of a plan with an equal framework and edition
   * @return the totals of both
   * @throws uk.gov.lancashire.socialvalue.basics.ValidationException when the frameworks or editions differ
   */
  public NationalTotals combine(NationalTotals other) {
    TreeMap<Key, RollupTotals> sum = new TreeMap<>(cells);
    other.cells.forEach((key, totals) -> sum.merge(key, totals, RollupTotals::combine));
    return new NationalTotals(plan, sum, rows + other.rows, badRows + other.badRows);
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
   * @return the totals of those stages only (the row counts are kept)
   */
  public NationalTotals only(ValueStage... stages) {
    Set<ValueStage> keep = stages.length == 0 ? EnumSet.noneOf(ValueStage.class) : EnumSet.copyOf(List.of(stages));
    return filter(k -> keep.contains(k.stage));
  }

  /**
   * @param councils council ids
   * @return the totals of those councils only (the row counts are kept)
   */
  public NationalTotals forCouncils(Set<String> councils) {
    return filter(k -> councils.contains(k.council));
  }

  /** @return the councils with figures */
  public SortedSet<String> councils() {
    SortedSet<String> ids = new TreeSet<>();
    cells.keySet().forEach(k -> ids.add(k.council));
    return Collections.unmodifiableSortedSet(ids);
  }

  /**
   * @param council a council id
   * @return its totals (all stages and locality statuses held); empty for a council with no figures
   */
  public RollupTotals council(String council) {
    return sum(k -> k.council.equals(council));
  }

  /** @return the totals of every council: the views by priority, theme, outcome and financial year */
  public RollupTotals national() {
    return sum(k -> true);
  }

  /** @return the total of each council */
  public SortedMap<String, Totals> byCouncil() {
    return group(k -> k.council);
  }

  /** @return the total at each stage */
  public SortedMap<ValueStage, Totals> byStage() {
    return group(k -> k.stage);
  }

  /** @return the total by locality status, each contract's own locality deciding */
  public SortedMap<LocalStatus, Totals> byLocality() {
    return group(k -> k.local);
  }

  private NationalTotals filter(Predicate<Key> keep) {
    TreeMap<Key, RollupTotals> kept = new TreeMap<>();
    cells.forEach((k, t) -> {
      if (keep.test(k)) {
        kept.put(k, t);
      }
    });
    return new NationalTotals(plan, kept, rows, badRows);
  }

  private RollupTotals sum(Predicate<Key> include) {
    RollupTotals sum = plan.accumulator().result();
    for (Map.Entry<Key, RollupTotals> e : cells.entrySet()) {
      if (include.test(e.getKey())) {
        sum = sum.combine(e.getValue());
      }
    }
    return sum;
  }

  private <K extends Comparable<? super K>> SortedMap<K, Totals> group(Function<Key, K> by) {
    SortedMap<K, RollupTotals> sums = new TreeMap<>();
    cells.forEach((k, t) -> sums.merge(by.apply(k), t, RollupTotals::combine));
    SortedMap<K, Totals> result = new TreeMap<>();
    sums.forEach((k, t) -> result.put(k, t.total()));
    return Collections.unmodifiableSortedMap(result);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof NationalTotals && ((NationalTotals) other).cells.equals(cells)
        && ((NationalTotals) other).rows == rows && ((NationalTotals) other).badRows == badRows;
  }

  @Override
  public int hashCode() {
    return Objects.hash(cells, rows, badRows);
  }

  /** @return e.g. {@code NationalTotals[15 councils, 1000000 rows, 3 bad]} */
  @Override
  public String toString() {
    return "NationalTotals[" + councils().size() + " councils, " + rows + " rows, " + badRows + " bad]";
  }

  // ---------------------------------------------------------------- accumulation

  /** Accumulates one partition's rows: a core accumulator per council, stage and locality status. Not thread-safe. */
  static final class Accumulator {
    private final PortfolioRollup plan;
    private final Map<Key, PortfolioRollup.Accumulator> cells = new TreeMap<>();
    private long rows;
    private long badRows;

    Accumulator(PortfolioRollup plan) {
      this.plan = plan;
    }

    void add(NationalRecord r) {
      rows++;
      cells.computeIfAbsent(new Key(r.council(), r.stage(), r.local()), k -> plan.accumulator()).add(r.record());
    }

    void bad() {
      rows++;
      badRows++;
    }

    NationalTotals result() {
      TreeMap<Key, RollupTotals> totals = new TreeMap<>();
      cells.forEach((k, acc) -> totals.put(k, acc.result()));
      return new NationalTotals(plan, totals, rows, badRows);
    }
  }

  /** A council, stage and locality status. (A plain class, not a record: Kryo writes its fields.) */
  static final class Key implements Comparable<Key> {
    final String council;
    final ValueStage stage;
    final LocalStatus local;

    Key(String council, ValueStage stage, LocalStatus local) {
      this.council = council;
      this.stage = stage;
      this.local = local;
    }

    @Override
    public int compareTo(Key o) {
      int c = council.compareTo(o.council);
      if (c == 0) {
        c = stage.compareTo(o.stage);
      }
      return c != 0 ? c : local.compareTo(o.local);
    }

    @Override
    public boolean equals(@Nullable Object o) {
      return o instanceof Key && compareTo((Key) o) == 0;
    }

    @Override
    public int hashCode() {
      return Objects.hash(council, stage, local);
    }
  }
}
