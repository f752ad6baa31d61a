package uk.gov.lancashire.socialvalue.benchmarks;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import uk.gov.lancashire.socialvalue.basics.Amounts;
import uk.gov.lancashire.socialvalue.framework.Alignment;
import uk.gov.lancashire.socialvalue.framework.Framework;
import uk.gov.lancashire.socialvalue.framework.Measure;
import uk.gov.lancashire.socialvalue.framework.ProxyEdition;

/**
 * The fair hand-written baseline: the roll-up a competent developer writes without the SDK. Plain
 * {@link BigDecimal} (exact multiply and add, no {@code MathContext}), a {@link HashMap} of cells keyed by
 * measure and financial year, and each measure's value split between priorities once, on its exact
 * total, with the SDK's published rule (weights when the framework gives them, otherwise equal parts
 * cut at {@value #EQUAL_SPLIT_SCALE} decimal places, rounding down, the last part taking the remainder). It uses nothing of the SDK's roll-up: only the framework and edition are read,
 * once, to learn each measure's proxy, theme and priorities.
 *
 * <p>{@link #views(Map)} turns any peer's cells (this baseline's, DuckDB's) into the same {@link
 * Figures}, so every peer is compared with the SDK by the same client code.
 */
final class FairBaseline {

  /** The SDK's equal-split rule: the decimal places an equal part keeps (see the SDK's PriorityBreakdown). */
  static final int EQUAL_SPLIT_SCALE = 20;

  /** One cell: the exact value and the number of records of one measure in one financial year. */
  static final class Cell {
    BigDecimal value = BigDecimal.ZERO;
    long count;
  }

  private final BigDecimal[] proxy = new BigDecimal[Workload.MEASURES];
  private final String[] theme = new String[Workload.MEASURES];
  private final List<List<String>> priorities = new ArrayList<>();
  private final List<List<BigDecimal>> weights = new ArrayList<>();
  private final int[] scale = new int[Workload.MEASURES];

  FairBaseline(Framework framework, ProxyEdition edition) {
    for (int m = 0; m < Workload.MEASURES; m++) {
      Measure measure = framework.measure(Workload.code(m)).orElseThrow();
      proxy[m] = edition.proxy(measure.code()).map(p -> Amounts.decimal(p.amount())).orElse(null);
      theme[m] = framework.themeOf(measure.code()).orElseThrow().id();
      List<String> ps = new ArrayList<>();
      List<BigDecimal> ws = new ArrayList<>();
      for (Alignment a : measure.alignments()) {
        if (a.schemeId().equals(Workload.SCHEME)) {
          ps.add(a.priorityId());
          ws.add(a.weight().orElse(null));
        }
      }
      priorities.add(ps);
      weights.add(ws);
      scale[m] = Workload.quantityScale(m);
    }
  }

  /** @return the key of a measure's cell in a financial year */
  static int key(int measure, int financialYear) {
    return financialYear * 1000 + measure;
  }

  /** Values and sums records {@code from .. to-1} of the columns into a HashMap of cells. */
  Map<Integer, Cell> cells(Workload.Columns c, int from, int to) {
    Map<Integer, Cell> cells = new HashMap<>();
    for (int i = from; i < to; i++) {
      int m = c.measure[i];
      Cell cell = cells.computeIfAbsent(key(m, Workload.FIRST_YEAR + c.year[i]), k -> new Cell());
      cell.count++;
      if (proxy[m] != null) {
        cell.value = cell.value.add(BigDecimal.valueOf(c.quantity[i], scale[m]).multiply(proxy[m]));
      }
    }
    return cells;
  }

  /** @return the figures of the whole columns, one thread */
  Figures rollUp(Workload.Columns c) {
    return views(cells(c, 0, c.size));
  }

  /**
   * The views by financial year, theme and priority of exact cells.
   *
   * @param cells exact value and count by {@link #key(int, int)}
   * @return the figures
   */
  Figures views(Map<Integer, Cell> cells) {
    Figures f = new Figures();
    Map<Integer, Cell> byMeasure = new TreeMap<>();
    for (Map.Entry<Integer, Cell> e : cells.entrySet()) {
      int m = e.getKey() % 1000;
      int year = e.getKey() / 1000;
      Cell c = e.getValue();
      f.add("year " + year, c.value, c.count);
      f.add("theme " + theme[m], c.value, c.count);
      Cell total = byMeasure.computeIfAbsent(m, k -> new Cell());
      total.value = total.value.add(c.value);
      total.count += c.count;
    }
    for (Map.Entry<Integer, Cell> e : byMeasure.entrySet()) {
      int m = e.getKey();
      BigDecimal value = e.getValue().value;
      long count = e.getValue().count;
      f.add("total", value, count);
      List<String> ps = priorities.get(m);
      if (ps.isEmpty()) {
        f.add("priority (unclassified)", value, count);
        continue;
      }
      List<BigDecimal> ws = weights.get(m);
      boolean weighted = ws.stream().allMatch(w -> w != null);
      BigDecimal equal = value.divide(BigDecimal.valueOf(ps.size()), EQUAL_SPLIT_SCALE, RoundingMode.DOWN);
      BigDecimal allocated = BigDecimal.ZERO;
      for (int p = 0; p < ps.size(); p++) {
        BigDecimal part = weighted ? value.multiply(ws.get(p)) : p < ps.size() - 1 ? equal : value.subtract(allocated);
        allocated = allocated.add(part);
        f.add("priority " + ps.get(p), part, count);
      }
    }
    return f;
  }

  /** @return the scale of measure m's exact values: its quantities' scale plus its proxy's */
  int valueScale(int m) {
    return proxy[m] == null ? 0 : scale[m] + proxy[m].scale();
  }
}
