package uk.gov.lancashire.socialvalue.portfolio;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.money.CurrencyUnit;
import uk.gov.lancashire.socialvalue.basics.FinancialYear;
import uk.gov.lancashire.socialvalue.basics.ValidationException;
import uk.gov.lancashire.socialvalue.framework.Framework;
import uk.gov.lancashire.socialvalue.framework.MeasureCode;
import uk.gov.lancashire.socialvalue.framework.ProxyValue;

/**
 * The result of a {@link PortfolioRollup}: exact values and record counts by measure and financial
 * year, and the views by priority, theme, outcome and financial year. Each view equals, to the last
 * digit, the same view of a {@link PortfolioAggregate} holding the same records as facts (the views
 * are made by the same code from the same exact per-measure sums).
 *
 * <p><strong>A commutative monoid.</strong> {@link #combine(RollupTotals)} adds exact sums, so the
 * totals of records divided between threads, batches or machines combine to exactly the totals of all
 * the records at once. Combine first, then view: the views of combined totals are the views of the
 * whole; adding the views of the parts is not (see {@link PriorityBreakdown}).
 *
 * <p><strong>One price base.</strong> Each value is in the price year of the proxy that valued it. Like
 * {@link PortfolioAggregate}, every view refuses, with a {@link ValidationException} at path
 * {@code priceYear} naming the measures of each price year, to add values of different price years: pin
 * an edition whose proxies share one price year (or restate the proxies first), or aggregate facts and
 * use {@link PortfolioAggregate#restatedTo(int, uk.gov.lancashire.socialvalue.pricebase.PriceIndexSeries)}.
 * Records of a measure the edition does not price carry no value and no price year.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RollupTotals {

  private final PortfolioRollup plan;
  private final Map<FinancialYear, Map<MeasureCode, Sums>> cells;
  private final Optional<CurrencyUnit> currency;

  RollupTotals(PortfolioRollup plan, Map<FinancialYear, Map<MeasureCode, Sums>> cells) {
    this.plan = plan;
    this.cells = cells;
    this.currency = cells.isEmpty() ? Optional.empty() : Optional.of(plan.currency());
  }

  /** @return the framework the views use */
  public Framework framework() {
    return plan.framework();
  }

  /** @return the currency of the values; empty when no record was added */
  public Optional<CurrencyUnit> currency() {
    return currency;
  }

  /** @return true when no record was added */
  public boolean isEmpty() {
    return cells.isEmpty();
  }

  /**
   * Adds two roll-ups' totals.
   *
   * @param other totals from a plan with an equal framework and edition
   * @return the totals of both
   * @throws ValidationException when the frameworks or editions differ
   */
  public RollupTotals combine(RollupTotals other) {
    if (plan != other.plan && !(plan.framework().equals(other.plan.framework())
        && plan.edition().equals(other.plan.edition()))) {
      throw ValidationException.of("other", "cannot combine roll-ups of different frameworks or editions: "
          + plan.edition().reference() + " and " + other.plan.edition().reference());
    }
    Map<FinancialYear, Map<MeasureCode, Sums>> sum = new TreeMap<>();
    for (RollupTotals t : new RollupTotals[] {this, other}) {
      t.cells.forEach((year, measures) -> measures.forEach((code, s) ->
          sum.computeIfAbsent(year, y -> new TreeMap<>()).computeIfAbsent(code, c -> new Sums()).add(s)));
    }
    return new RollupTotals(plan, sum);
  }

  /**
   * @param year a financial year
   * @return the totals of that year only
   */
  public RollupTotals forYear(FinancialYear year) {
    Map<MeasureCode, Sums> measures = cells.get(year);
    return new RollupTotals(plan, measures == null ? Map.of() : Map.of(year, measures));
  }

  /** @return the price years of the values held (records of measures the edition prices), in order */
  public SortedSet<Integer> priceYears() {
    SortedSet<Integer> years = new TreeSet<>();
    cells.values().forEach(measures -> measures.keySet().forEach(code -> priceYear(code).ifPresent(years::add)));
    return Collections.unmodifiableSortedSet(years);
  }

  private Optional<Integer> priceYear(MeasureCode code) {
    return plan.edition().proxy(code).map(ProxyValue::priceYear);
  }

  private void checkOnePriceBase() {
    SortedSet<Integer> years = priceYears();
    if (years.size() > 1) {
      throw ValidationException.of("priceYear", "values in " + years.stream()
          .map(y -> y + " prices (measures " + measuresIn(y) + ")").collect(Collectors.joining(" and "))
          + " cannot be added without a price index: pin an edition whose proxies share one price year, or"
          + " aggregate the facts and restate them with PortfolioAggregate.restatedTo(baseYear, series)");
    }
  }

  private String measuresIn(int priceYear) {
    return cells.values().stream().flatMap(m -> m.keySet().stream())
        .filter(code -> priceYear(code).equals(Optional.of(priceYear)))
        .map(MeasureCode::toString).collect(Collectors.toCollection(TreeSet::new)).stream()
        .collect(Collectors.joining(", "));
  }

  /**
   * @return the total of every record
   * @throws ValidationException when the values are in more than one price year
   */
  public Totals total() {
    checkOnePriceBase();
    Sums total = new Sums();
    cells.values().forEach(m -> m.values().forEach(total::add));
    return MeasureViews.totals(total, false, currency);
  }

  /**
   * @return totals by financial year
   * @throws ValidationException when the values are in more than one price year
   */
  public SortedMap<FinancialYear, Totals> byFinancialYear() {
    checkOnePriceBase();
    SortedMap<FinancialYear, Totals> result = new TreeMap<>();
    cells.forEach((year, measures) -> {
      Sums s = new Sums();
      measures.values().forEach(s::add);
      result.put(year, MeasureViews.totals(s, false, currency));
    });
    return Collections.unmodifiableSortedMap(result);
  }

  /**
   * Totals by the priorities of one scheme; a measure aligned to several priorities is split exactly
   * as {@link PortfolioAggregate#byPriority(Framework, String)} splits it.
   *
   * @param schemeId a priority scheme of the framework
   * @return the breakdown; unaligned and unknown measures unclassified
   * @throws ValidationException when the framework has no such scheme, or the values are in more than one
   *     price year
   */
  public PriorityBreakdown byPriority(String schemeId) {
    return MeasureViews.byPriority(byMeasure(), plan.framework(), schemeId, currency);
  }

  /** @return a priority breakdown for each of the framework's schemes, by scheme id */
  public Map<String, PriorityBreakdown> byPriority() {
    Map<String, PriorityBreakdown> all = new LinkedHashMap<>();
    plan.framework().schemes().forEach(s -> all.put(s.id(), byPriority(s.id())));
    return Collections.unmodifiableMap(all);
  }

  /** @return totals by theme id, in framework order; measures of no theme unclassified */
  public Breakdown<String> byTheme() {
    return MeasureViews.byTheme(byMeasure(), plan.framework(), currency);
  }

  /** @return totals by outcome id, in framework order; measures of no outcome unclassified */
  public Breakdown<String> byOutcome() {
    return MeasureViews.byOutcome(byMeasure(), plan.framework(), currency);
  }

  private Map<MeasureCode, Sums> byMeasure() {
    checkOnePriceBase();
    Map<MeasureCode, Sums> byMeasure = new TreeMap<>();
    cells.values().forEach(measures -> measures.forEach((code, s) ->
        byMeasure.computeIfAbsent(code, c -> new Sums()).add(s)));
    return byMeasure;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RollupTotals && ((RollupTotals) other).currency.equals(currency)
        && ((RollupTotals) other).cells.equals(cells);
  }

  @Override
  public int hashCode() {
    return cells.hashCode() * 31 + currency.hashCode();
  }

  /** @return e.g. {@code RollupTotals[5 years, 1000000 records, GBP]} */
  @Override
  public String toString() {
    long records = cells.values().stream().flatMap(m -> m.values().stream()).mapToLong(s -> s.count).sum();
    return "RollupTotals[" + cells.size() + " years, " + records + " records"
        + currency.map(c -> ", " + c).orElse("") + "]";
  }
}
