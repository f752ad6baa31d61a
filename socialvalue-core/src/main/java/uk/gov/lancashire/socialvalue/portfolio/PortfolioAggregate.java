package uk.gov.lancashire.socialvalue.portfolio;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collector;
import java.util.stream.Collectors;
import javax.money.CurrencyUnit;
import org.jspecify.annotations.Nullable;
import uk.gov.lancashire.socialvalue.basics.Args;
import uk.gov.lancashire.socialvalue.basics.FinancialYear;
import uk.gov.lancashire.socialvalue.basics.ProblemPath;
import uk.gov.lancashire.socialvalue.basics.Problems;
import uk.gov.lancashire.socialvalue.basics.ValidationException;
import uk.gov.lancashire.socialvalue.delivery.LocalStatus;
import uk.gov.lancashire.socialvalue.framework.Framework;
import uk.gov.lancashire.socialvalue.framework.MeasureCode;
import uk.gov.lancashire.socialvalue.pricebase.PriceIndexSeries;

/**
 * The portfolio roll-up: exact sums of {@link PortfolioFact facts} held by contract, supplier, measure,
 * locality status, financial year and stage, from which every view is derived.
 *
 * <p><strong>A commutative monoid.</strong> {@link #combine(PortfolioAggregate)} is associative and
 * commutative and {@link #empty()} is its identity, so portfolios aggregated in parallel, in batches
 * or on different machines merge to exactly the same answer as aggregating everything at once. It
 * holds because the sums are exact {@link BigDecimal} additions (no rounding, no Moneta arithmetic) and
 * equality compares numbers by value, not scale. Combining aggregates in different currencies is an
 * error, never a silent mix.
 *
 * <p><strong>One price base.</strong> Facts keep their price year; every view refuses, with a problem
 * naming the contracts of each price year, to add values of different price years (as the valuation
 * engine refuses it). {@link #restatedTo(int, PriceIndexSeries)} restates them to one base year through
 * a price index series first (HM Treasury Green Book: {@code V_target = V × I_target ÷ I_base}).
 *
 * <p><strong>Streaming.</strong> The {@link Accumulator} is mutable and allocates nothing per fact
 * beyond its cell's sums; {@link #collector()} works with parallel streams.
 *
 * <p><strong>Views</strong> sum every fact the aggregate holds, across stages: filter first with
 * {@link #only(ValueStage...)} (committed and verified value must not be added) and
 * {@link #forYear(FinancialYear)}. {@link #byPriority(Framework, String)} splits a measure aligned to
 * several priorities by its declared weights, else equally, so priorities add up to the total; see
 * {@link PriorityBreakdown}. <strong>Combine, then view:</strong> the view of a combined portfolio is
 * the view of the combined aggregate, never the sum of the parts' views (an equal split is a quotient,
 * so the two may differ beyond the 20th decimal place).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PortfolioAggregate {

  private static final PortfolioAggregate EMPTY = new PortfolioAggregate(Map.of(), Optional.empty());

  private final Map<Cell, Sums> cells;
  private final Optional<CurrencyUnit> currency;

  private PortfolioAggregate(Map<Cell, Sums> cells, Optional<CurrencyUnit> currency) {
    this.cells = cells;
    this.currency = currency;
  }

  /** @return the aggregate of nothing: the identity of {@link #combine(PortfolioAggregate)} */
  public static PortfolioAggregate empty() {
    return EMPTY;
  }

  /**
   * @param facts facts, in any order
   * @return their aggregate
   */
  public static PortfolioAggregate of(Iterable<PortfolioFact> facts) {
    Accumulator acc = accumulator();
    facts.forEach(acc::add);
    return acc.result();
  }

  /** @return a new, empty, mutable accumulator */
  public static Accumulator accumulator() {
    return new Accumulator();
  }

  /** @return a collector of facts into an aggregate, safe for parallel streams */
  public static Collector<PortfolioFact, Accumulator, PortfolioAggregate> collector() {
    return Collector.of(Accumulator::new, Accumulator::add, Accumulator::addAll, Accumulator::result,
        Collector.Characteristics.UNORDERED);
  }

  /**
   * Merges two aggregates.
   *
   * @param other another aggregate
   * @return the aggregate of both
   * @throws ValidationException when the currencies differ
   */
  public PortfolioAggregate combine(PortfolioAggregate other) {
    if (Objects.requireNonNull(other, "other").cells.isEmpty()) {
      return this;
    }
    if (cells.isEmpty()) {
      return other;
    }
    Accumulator acc = new Accumulator();
    acc.addAll(this);
    acc.addAll(other);
    return acc.result();
  }

  /** @return the currency of the values; empty for an empty aggregate */
  public Optional<CurrencyUnit> currency() {
    return currency;
  }

  /** @return true when no fact was added */
  public boolean isEmpty() {
    return cells.isEmpty();
  }

  // ---------------------------------------------------------------- filters

  /**
   * @param stages the stages to keep
   * @return the facts at those stages only
   */
  public PortfolioAggregate only(ValueStage... stages) {
    List<ValueStage> given = Args.copyOf(Arrays.asList(Objects.requireNonNull(stages, "stages")), "stages");
    Set<ValueStage> keep = given.isEmpty() ? EnumSet.noneOf(ValueStage.class) : EnumSet.copyOf(given);
    return filter(c -> keep.contains(c.stage));
  }

  /**
   * @param year a financial year
   * @return the facts of that year only
   */
  public PortfolioAggregate forYear(FinancialYear year) {
    return filter(c -> c.year.equals(year));
  }

  /**
   * @param contractIds contract ids
   * @return the facts of those contracts only
   */
  public PortfolioAggregate forContracts(Set<String> contractIds) {
    return filter(c -> contractIds.contains(c.contract));
  }

  private PortfolioAggregate filter(Predicate<Cell> keep) {
    Map<Cell, Sums> kept = new HashMap<>();
    cells.forEach((cell, sums) -> {
      if (keep.test(cell)) {
        kept.put(cell, sums);
      }
    });
    return kept.isEmpty() ? EMPTY : new PortfolioAggregate(Collections.unmodifiableMap(kept), currency);
  }

  // ---------------------------------------------------------------- views

  /** @return the total of every fact held */
  public Totals total() {
    checkOnePriceBase();
    Sums sum = new Sums();
    cells.values().forEach(sum::add);
    return totals(sum, false);
  }

  /** @return totals by stage */
  public SortedMap<ValueStage, Totals> byStage() {
    return group(c -> c.stage, false);
  }

  /** @return totals by measure, each with its quantity */
  public SortedMap<MeasureCode, Totals> byMeasure() {
    return group(c -> c.measure, true);
  }

  /** @return totals by supplier id */
  public SortedMap<String, Totals> bySupplier() {
    return group(c -> c.supplier, false);
  }

  /** @return totals by contract id */
  public SortedMap<String, Totals> byContract() {
    return group(c -> c.contract, false);
  }

  /** @return totals by locality status, each contract's own locality definition deciding */
  public SortedMap<LocalStatus, Totals> byLocality() {
    return group(c -> c.local, false);
  }

  /** @return totals by financial year */
  public SortedMap<FinancialYear, Totals> byFinancialYear() {
    return group(c -> c.year, false);
  }

  /**
   * @param framework the framework the measures belong to
   * @return totals by theme id, in framework order; unknown measures unclassified
   */
  public Breakdown<String> byTheme(Framework framework) {
    return MeasureViews.byTheme(sumsBy(c -> c.measure), framework, currency);
  }

  /**
   * @param framework the framework the measures belong to
   * @return totals by outcome id, in framework order; unknown measures unclassified
   */
  public Breakdown<String> byOutcome(Framework framework) {
    return MeasureViews.byOutcome(sumsBy(c -> c.measure), framework, currency);
  }

  /**
   * Totals by the priorities of one scheme, splitting a measure aligned to several priorities so no
   * total is inflated: by declared weights, else equally (see {@link PriorityBreakdown}).
   *
   * @param framework the framework
   * @param schemeId a priority scheme of the framework
   * @return the breakdown; unaligned and unknown measures unclassified
   * @throws ValidationException when the framework has no such scheme
   */
  public PriorityBreakdown byPriority(Framework framework, String schemeId) {
    return MeasureViews.byPriority(sumsBy(c -> c.measure), framework, schemeId, currency);
  }

  /**
   * @param framework the framework
   * @return a priority breakdown for each of the framework's schemes, by scheme id
   */
  public Map<String, PriorityBreakdown> byPriority(Framework framework) {
    Map<String, PriorityBreakdown> all = new LinkedHashMap<>();
    framework.schemes().forEach(s -> all.put(s.id(), byPriority(framework, s.id())));
    return Collections.unmodifiableMap(all);
  }

  // ---------------------------------------------------------------- price base

  /** @return the price years of the values held (facts that state none are left out), in order */
  public SortedSet<Integer> priceYears() {
    SortedSet<Integer> years = new TreeSet<>();
    cells.keySet().forEach(c -> {
      if (c.priceYear != 0) {
        years.add(c.priceYear);
      }
    });
    return Collections.unmodifiableSortedSet(years);
  }

  /**
   * Restates every value to one price base year: {@code V × I_base ÷ I_year} with the series' index
   * values (HM Treasury Green Book), the quotient of the two index values at {@link MathContext#DECIMAL128}
   * and the product exact. Values that state no price year are left as they are.
   *
   * @param baseYear the price year wanted
   * @param series the price index series, user data, e.g. the GDP deflator
   * @return the aggregate in {@code baseYear} prices
   * @throws ValidationException naming, for each price year the series does not cover, the contracts
   *     whose values need it
   */
  public PortfolioAggregate restatedTo(int baseYear, PriceIndexSeries series) {
    Objects.requireNonNull(series, "series");
    Problems problems = new Problems();
    SortedSet<Integer> needed = new TreeSet<>(priceYears());
    needed.add(baseYear);
    for (int y : needed) {
      problems.check(series.covers(y), ProblemPath.of("priceIndex").property("indexByYear").key(y), "series '" + series.name()
          + "' has no index for " + y + (y == baseYear ? ", the base year" : "; contracts " + contractsIn(y)
          + " have values in " + y + " prices"));
    }
    problems.throwIfAny();
    Accumulator acc = new Accumulator();
    acc.currency = currency.orElse(null);
    cells.forEach((cell, sums) -> {
      if (cell.priceYear == 0 || cell.priceYear == baseYear) {
        acc.cells.computeIfAbsent(cell, c -> new Sums()).add(sums);
      } else {
        BigDecimal factor = series.factor(cell.priceYear, baseYear, MathContext.DECIMAL128);
        Sums restated = new Sums();
        restated.quantity = sums.quantity;
        restated.value = sums.value.multiply(factor);
        restated.count = sums.count;
        acc.cells.computeIfAbsent(cell.inPriceYear(baseYear), c -> new Sums()).add(restated);
      }
    });
    return acc.result();
  }

  private void checkOnePriceBase() {
    SortedSet<Integer> years = priceYears();
    if (years.size() > 1) {
      throw ValidationException.of("priceYear", "values in " + years.stream()
          .map(y -> y + " prices (contracts " + contractsIn(y) + ")").collect(Collectors.joining(" and "))
          + " cannot be added without a price index: restate them to one base year with restatedTo(baseYear, series)");
    }
  }

  private String contractsIn(int priceYear) {
    return cells.keySet().stream().filter(c -> c.priceYear == priceYear).map(c -> c.contract)
        .collect(Collectors.toCollection(TreeSet::new)).stream().collect(Collectors.joining(", "));
  }

  // ---------------------------------------------------------------- helpers

  private <K extends Comparable<? super K>> SortedMap<K, Totals> group(Function<Cell, K> key, boolean withQuantity) {
    SortedMap<K, Totals> result = new TreeMap<>();
    sumsBy(key).forEach((k, s) -> result.put(k, totals(s, withQuantity)));
    return Collections.unmodifiableSortedMap(result);
  }

  private <K> Map<K, Sums> sumsBy(Function<Cell, K> key) {
    checkOnePriceBase();
    Map<K, Sums> sums = new HashMap<>();
    cells.forEach((cell, s) -> sums.computeIfAbsent(key.apply(cell), k -> new Sums()).add(s));
    return sums;
  }

  private Totals totals(Sums s, boolean withQuantity) {
    return MeasureViews.totals(s, withQuantity, currency);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PortfolioAggregate
        && ((PortfolioAggregate) other).currency.equals(currency)
        && ((PortfolioAggregate) other).cells.equals(cells);
  }

  @Override
  public int hashCode() {
    return cells.hashCode() * 31 + currency.hashCode();
  }

  /** @return e.g. {@code PortfolioAggregate[12 cells, GBP]} */
  @Override
  public String toString() {
    return "PortfolioAggregate[" + cells.size() + " cells" + currency.map(c -> ", " + c).orElse("") + "]";
  }

  // ---------------------------------------------------------------- accumulation

  /**
   * A mutable accumulator of facts: add facts or whole aggregates, then take the immutable
   * {@link #result()}. Not thread-safe; use one per thread and merge with {@link #addAll(Accumulator)}.
   */
  public static final class Accumulator {

    private final Map<Cell, Sums> cells = new HashMap<>();
    private @Nullable CurrencyUnit currency;

    private Accumulator() {}

    /**
     * @param fact a fact
     * @throws ValidationException when its currency differs from earlier facts'
     */
    public void add(PortfolioFact fact) {
      useCurrency(fact.currency());
      Cell cell = new Cell(fact.contract(), fact.supplier(), fact.measure(), fact.local(), fact.year(), fact.stage(),
          fact.priceYear().orElse(0));
      cells.computeIfAbsent(cell, c -> new Sums()).add(fact.quantity(), fact.value());
    }

    /**
     * @param aggregate an aggregate to add
     * @return this accumulator
     */
    public Accumulator addAll(PortfolioAggregate aggregate) {
      aggregate.currency.ifPresent(this::useCurrency);
      aggregate.cells.forEach((cell, s) -> cells.computeIfAbsent(cell, c -> new Sums()).add(s));
      return this;
    }

    /**
     * @param other another accumulator, left unchanged
     * @return this accumulator
     */
    public Accumulator addAll(Accumulator other) {
      if (other.currency != null) {
        useCurrency(other.currency);
      }
      other.cells.forEach((cell, s) -> cells.computeIfAbsent(cell, c -> new Sums()).add(s));
      return this;
    }

    /** @return an immutable snapshot of what was added */
    public PortfolioAggregate result() {
      if (cells.isEmpty()) {
        return EMPTY;
      }
      Map<Cell, Sums> copy = new HashMap<>();
      cells.forEach((cell, s) -> copy.put(cell, new Sums().add(s)));
      return new PortfolioAggregate(Collections.unmodifiableMap(copy), Optional.of(currency));
    }

    private void useCurrency(CurrencyUnit other) {
      if (currency == null) {
        currency = other;
      } else if (!currency.equals(other)) {
        throw ValidationException.of("currency", "cannot aggregate " + other + " with " + currency);
      }
    }
  }

  /** The grouping key of the aggregate's finest grain. */
  private static final class Cell {
    final String contract;
    final String supplier;
    final MeasureCode measure;
    final LocalStatus local;
    final FinancialYear year;
    final ValueStage stage;
    /** The price year of the value, 0 when not stated. */
    final int priceYear;
    private final int hash;

    Cell(String contract, String supplier, MeasureCode measure, LocalStatus local, FinancialYear year, ValueStage stage,
        int priceYear) {
      this.contract = contract;
      this.supplier = supplier;
      this.measure = measure;
      this.local = local;
      this.year = year;
      this.stage = stage;
      this.priceYear = priceYear;
      this.hash = Objects.hash(contract, supplier, measure, local, year, stage, priceYear);
    }

    Cell inPriceYear(int base) {
      return new Cell(contract, supplier, measure, local, year, stage, base);
    }

    @Override
    public boolean equals(Object other) {
      if (!(other instanceof Cell)) {
        return false;
      }
      Cell that = (Cell) other;
      return hash == that.hash && contract.equals(that.contract) && supplier.equals(that.supplier)
          && measure.equals(that.measure) && local == that.local && year.equals(that.year) && stage == that.stage
          && priceYear == that.priceYear;
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }
}
