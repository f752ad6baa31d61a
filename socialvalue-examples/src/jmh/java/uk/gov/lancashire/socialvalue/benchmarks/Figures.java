package uk.gov.lancashire.socialvalue.benchmarks;

import uk.gov.lancashire.socialvalue.basics.Amounts;
import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;
import uk.gov.lancashire.socialvalue.basics.FinancialYear;
import uk.gov.lancashire.socialvalue.portfolio.Breakdown;
import uk.gov.lancashire.socialvalue.portfolio.RollupTotals;
import uk.gov.lancashire.socialvalue.portfolio.Totals;

/**
 * The figures every peer must agree on, to the last digit, before any timing: the value and record
 * count of the whole portfolio, of each financial year, each theme and each priority (and the
 * unclassified part). Values are compared as numbers written without trailing zeros, so {@code 12.50}
 * and {@code 12.5000} (DuckDB's fixed scale) agree and {@code 12.51} does not.
 */
final class Figures {

  private final Map<String, BigDecimal> values = new TreeMap<>();
  private final Map<String, Long> counts = new TreeMap<>();

  void add(String key, BigDecimal value, long count) {
    values.merge(key, value, BigDecimal::add);
    counts.merge(key, count, Long::sum);
  }

  /** @return the SDK's figures from its own views */
  static Figures of(RollupTotals totals) {
    Figures f = new Figures();
    Totals total = totals.total();
    f.add("total", Amounts.decimal(total.value()), total.facts());
    for (Map.Entry<FinancialYear, Totals> e : totals.byFinancialYear().entrySet()) {
      f.add("year " + e.getKey().startYear(), Amounts.decimal(e.getValue().value()), e.getValue().facts());
    }
    Breakdown<String> themes = totals.byTheme();
    themes.parts().forEach((k, v) -> {
      if (v.facts() > 0) {
        f.add("theme " + k, Amounts.decimal(v.value()), v.facts());
      }
    });
    Breakdown<String> priorities = totals.byPriority(Workload.SCHEME).breakdown();
    priorities.parts().forEach((k, v) -> {
      if (v.facts() > 0) {
        f.add("priority " + k, Amounts.decimal(v.value()), v.facts());
      }
    });
    if (priorities.unclassified().facts() > 0) {
      f.add("priority (unclassified)", Amounts.decimal(priorities.unclassified().value()), priorities.unclassified().facts());
    }
    return f;
  }

  /**
   * @param peer what a peer computed
   * @param expected what the SDK computed
   * @throws IllegalStateException naming the first figure that differs
   */
  static void check(String peer, Figures actual, Figures expected) {
    if (!actual.text().equals(expected.text())) {
      throw new IllegalStateException(peer + " disagrees with the SDK:\n" + actual.text() + "\nexpected:\n" + expected.text());
    }
  }

  String text() {
    StringBuilder s = new StringBuilder();
    values.forEach((k, v) -> s.append(k).append(": ").append(v.signum() == 0 ? "0" : v.stripTrailingZeros().toPlainString())
        .append(" (").append(counts.get(k)).append(" records)\n"));
    return s.toString();
  }

  @Override
  public String toString() {
    return text();
  }
}
