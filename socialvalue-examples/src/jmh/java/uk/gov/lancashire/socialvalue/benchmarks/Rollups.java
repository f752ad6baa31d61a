package uk.gov.lancashire.socialvalue.benchmarks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.javamoney.moneta.Money;
import uk.gov.lancashire.socialvalue.basics.Amounts;
import uk.gov.lancashire.socialvalue.basics.FinancialYear;
import uk.gov.lancashire.socialvalue.delivery.LocalStatus;
import uk.gov.lancashire.socialvalue.framework.Alignment;
import uk.gov.lancashire.socialvalue.framework.Framework;
import uk.gov.lancashire.socialvalue.framework.Measure;
import uk.gov.lancashire.socialvalue.framework.MeasureCode;
import uk.gov.lancashire.socialvalue.portfolio.PortfolioAggregate;
import uk.gov.lancashire.socialvalue.portfolio.PortfolioFact;
import uk.gov.lancashire.socialvalue.portfolio.PortfolioRollup;
import uk.gov.lancashire.socialvalue.portfolio.RollupTotals;
import uk.gov.lancashire.socialvalue.portfolio.ValueStage;
import uk.gov.lancashire.socialvalue.framework.ProxyEdition;
import uk.gov.lancashire.socialvalue.framework.CommitmentValuer;

/**
 * The three ways of rolling the workload up by priority, theme and financial year that the benchmarks
 * compare: the fast {@link PortfolioRollup} (one or two threads), the straightforward engine
 * ({@link PortfolioFact}s into a {@link PortfolioAggregate}) and the naive baseline a developer would
 * write by hand with Moneta {@link Money} arithmetic per record.
 */
final class Rollups {

  final Framework framework = Workload.framework();
  final ProxyEdition edition = Workload.edition();
  final PortfolioRollup plan = PortfolioRollup.of(framework, edition);
  /** The plan's index of each workload measure. */
  final int[] index = new int[Workload.MEASURES];
  /** The scale of each workload measure's quantities. */
  final int[] scale = new int[Workload.MEASURES];

  Rollups() {
    for (int m = 0; m < Workload.MEASURES; m++) {
      index[m] = plan.measureIndex(Workload.code(m));
      scale[m] = Workload.quantityScale(m);
    }
  }

  /** The views every variant produces. */
  static List<Object> views(RollupTotals totals) {
    return List.of(totals.byPriority(Workload.SCHEME), totals.byTheme(), totals.byFinancialYear());
  }

  // ------------------------------------------------------------------ fast path

  PortfolioRollup.Accumulator accumulate(Workload.Columns c, int from, int to) {
    return accumulate(c, from, to, plan.accumulator());
  }

  PortfolioRollup.Accumulator accumulate(Workload.Columns c, int from, int to, PortfolioRollup.Accumulator acc) {
    for (int i = from; i < to; i++) {
      int m = c.measure[i];
      acc.add(index[m], Workload.FIRST_YEAR + c.year[i], c.quantity[i], scale[m]);
    }
    return acc;
  }

  RollupTotals fast(Workload.Columns c) {
    return accumulate(c, 0, c.size).result();
  }

  RollupTotals fastParallel(Workload.Columns c, ExecutorService pool, int threads)
      throws InterruptedException, ExecutionException {
    List<Future<PortfolioRollup.Accumulator>> parts = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int from = (int) ((long) c.size * t / threads);
      int to = (int) ((long) c.size * (t + 1) / threads);
      parts.add(pool.submit(() -> accumulate(c, from, to)));
    }
    PortfolioRollup.Accumulator acc = parts.get(0).get();
    for (int t = 1; t < threads; t++) {
      acc.addAll(parts.get(t).get());
    }
    return acc.result();
  }

  /** Records generated on the fly and never held: what streaming a national roll-up costs. */
  RollupTotals streamed(long from, long to) {
    PortfolioRollup.Accumulator acc = plan.accumulator();
    for (long i = from; i < to; i++) {
      int m = Workload.measure(i);
      acc.add(index[m], Workload.year(i), Workload.quantity(i), scale[m]);
    }
    return acc.result();
  }

  // ------------------------------------------------------------------ straightforward engine

  /** The workload as BigDecimal records, as an application would hold them. */
  static final class Rec {
    final String contract;
    final MeasureCode measure;
    final FinancialYear year;
    final BigDecimal quantity;

    Rec(String contract, MeasureCode measure, FinancialYear year, BigDecimal quantity) {
      this.contract = contract;
      this.measure = measure;
      this.year = year;
      this.quantity = quantity;
    }
  }

  static List<Rec> records(Workload.Columns c) {
    String[] contracts = new String[Workload.CONTRACTS];
    for (int k = 0; k < contracts.length; k++) {
      contracts[k] = "C" + k;
    }
    FinancialYear[] years = new FinancialYear[Workload.YEARS];
    for (int y = 0; y < years.length; y++) {
      years[y] = FinancialYear.of(Workload.FIRST_YEAR + y);
    }
    MeasureCode[] codes = new MeasureCode[Workload.MEASURES];
    for (int m = 0; m < codes.length; m++) {
      codes[m] = Workload.code(m);
    }
    List<Rec> records = new ArrayList<>(c.size);
    for (int i = 0; i < c.size; i++) {
      int m = c.measure[i];
      records.add(new Rec(contracts[c.contract[i]], codes[m], years[c.year[i]],
          BigDecimal.valueOf(c.quantity[i], Workload.quantityScale(m))));
    }
    return records;
  }

  List<Object> engine(List<Rec> records) {
    CommitmentValuer valuer = CommitmentValuer.pinned(edition);
    PortfolioAggregate.Accumulator acc = PortfolioAggregate.accumulator();
    for (Rec r : records) {
      acc.add(PortfolioFact.of(r.contract, r.contract, r.measure, LocalStatus.UNKNOWN, r.year, ValueStage.VERIFIED,
          r.quantity, valuer.value(r.measure, r.quantity), Workload.GBP));
    }
    PortfolioAggregate aggregate = acc.result();
    return List.of(aggregate.byPriority(framework, Workload.SCHEME), aggregate.byTheme(framework),
        aggregate.byFinancialYear());
  }

  // ------------------------------------------------------------------ naive baseline

  /** What the naive roll-up needs per measure, looked up by code as a hand-written report would. */
  static final class NaiveMeasure {
    final Money proxy;
    final String theme;
    final List<String> priorities = new ArrayList<>();
    final List<BigDecimal> weights = new ArrayList<>();

    NaiveMeasure(Money proxy, String theme) {
      this.proxy = proxy;
      this.theme = theme;
    }
  }

  Map<String, NaiveMeasure> naiveMeasures() {
    Map<String, NaiveMeasure> measures = new HashMap<>();
    for (Measure m : framework.measures()) {
      Money proxy = edition.proxy(m.code()).map(p -> Money.of(Amounts.decimal(p.amount()), Workload.GBP))
          .orElse(Money.zero(Workload.GBP));
      NaiveMeasure n = new NaiveMeasure(proxy, framework.themeOf(m.code()).orElseThrow().id());
      for (Alignment a : m.alignments()) {
        n.priorities.add(a.priorityId());
        n.weights.add(a.weight().orElse(null));
      }
      measures.put(m.code().toString(), n);
    }
    return measures;
  }

  /** The naive result: money by priority, theme and year, in maps. */
  static final class NaiveTotals {
    final Map<String, Money> byPriority = new HashMap<>();
    final Map<String, Money> byTheme = new HashMap<>();
    final Map<Integer, Money> byYear = new HashMap<>();
  }

  /**
   * The roll-up as a developer would write it by hand: a Moneta {@code Money} per record, multiplied,
   * divided between priorities and added into maps.
   */
  static NaiveTotals naive(List<Rec> records, Map<String, NaiveMeasure> measures) {
    NaiveTotals t = new NaiveTotals();
    for (Rec r : records) {
      NaiveMeasure m = measures.get(r.measure.toString());
      Money value = m.proxy.multiply(r.quantity);
      t.byYear.merge(r.year.startYear(), value, Money::add);
      t.byTheme.merge(m.theme, value, Money::add);
      if (m.priorities.isEmpty()) {
        t.byPriority.merge("unclassified", value, Money::add);
      }
      for (int p = 0; p < m.priorities.size(); p++) {
        BigDecimal w = m.weights.get(p);
        Money part = w != null ? value.multiply(w) : value.divide(m.priorities.size());
        t.byPriority.merge(m.priorities.get(p), part, Money::add);
      }
    }
    return t;
  }
}
