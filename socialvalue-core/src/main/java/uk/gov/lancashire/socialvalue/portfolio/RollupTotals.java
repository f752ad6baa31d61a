package uk.gov.lancashire.socialvalue.portfolio;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import javax.money.CurrencyUnit;
import uk.gov.lancashire.socialvalue.basics.FinancialYear;
import uk.gov.lancashire.socialvalue.basics.ValidationException;
import uk.gov.lancashire.socialvalue.framework.Framework;
import uk.gov.lancashire.socialvalue.framework.MeasureCode;

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

  /** @return the total of every record */
  public Totals total() {
    Sums total = new Sums();
    cells.values().forEach(m -> m.values().forEach(total::add));
    return MeasureViews.totals(total, false, currency);
  }

  /** @return totals by financial year */
  public SortedMap<FinancialYear, Totals> byFinancialYear() {
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
   * @throws ValidationException when the framework has no such scheme
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
    return "RollupTotals[" + cells.size() + " years, " + total().facts() + " records"
        + currency.map(c -> ", " + c).orElse("") + "]";
  }
}
