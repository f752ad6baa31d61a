package uk.gov.lancashire.socialvalue.examples.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.gov.lancashire.socialvalue.basics.Amounts;
import uk.gov.lancashire.socialvalue.sensitivity.OneWayTable;
import uk.gov.lancashire.socialvalue.sensitivity.Parameter;
import uk.gov.lancashire.socialvalue.sensitivity.SwitchingValue;
import uk.gov.lancashire.socialvalue.basics.MoneyRounding;
import uk.gov.lancashire.socialvalue.basics.RoundedBreakdown;
import uk.gov.lancashire.socialvalue.valuation.ValuationResult;

/**
 * The SROI tables and tornado chart of a valuation, worded for a committee: returns in pounds, inputs as
 * pounds or percentages, switching values only for the inputs that can bring the ratio to 1:1 (as the change
 * needed), the rest summed up in one sentence. Shared by every report that shows a valuation.
 */
public final class SroiTables {

  private final ValuationResult v;
  private final Function<String, String> lineName;

  private SroiTables(ValuationResult v, Function<String, String> lineName) {
    this.v = v;
    this.lineName = lineName;
  }

  /**
   * @param result the valuation's result
   * @param lineName names an outcome line for people, e.g. its measure's title
   * @return the tables
   */
  public static SroiTables of(ValuationResult result, Function<String, String> lineName) {
    return new SroiTables(result, lineName);
  }

  /**
   * @param title the caption
   * @param investmentLabel what the investment is, e.g. the supplier's social value budget
   * @return the returns table ({@code sroi-returns})
   */
  public ReportTable returns(String title, String investmentLabel) {
    ReportTable t = ReportTable.of("sroi-returns", title, "figure", "value").right(1);
    t.row("total value (undiscounted)", Pounds.format(Amounts.decimal(v.totalValue())));
    t.row("present value", Pounds.format(Amounts.decimal(v.presentValue())));
    t.row(investmentLabel, Pounds.format(Amounts.decimal(v.investment())));
    t.row("net present value", Pounds.format(Amounts.decimal(v.netPresentValue())));
    t.row(v.sroiRatio().label(), v.sroiRatio().toText(2, RoundingMode.HALF_UP));
    t.row(v.netSroiRatio().label(), v.netSroiRatio().toText(2, RoundingMode.HALF_UP));
    if (v.valuation().contractValue().isPresent()) {
      t.row("SV% of contract value", Pounds.number(v.socialValuePercent(), 2) + "%");
      t.row("social value per £1 of contract", "£" + Pounds.number(v.valuePerUnitOfContract(), 2));
    }
    t.row("payback (Guide)", v.paybackGuide().months().map(m -> Pounds.number(m, 1) + " months").orElse("never"));
    t.row("payback (cumulative)", v.paybackCumulative().period().isPresent()
        ? "period " + v.paybackCumulative().period().getAsInt() : "never");
    return t;
  }

  /**
   * @param rounding how to round pence
   * @return present value by outcome, rounded by largest remainder so it adds up ({@code sroi-lines})
   */
  public ReportTable lines(MoneyRounding rounding) {
    RoundedBreakdown byLine = v.rounded(rounding);
    ReportTable t = ReportTable.of("sroi-lines", "Present value by outcome (rounded; adds up)", "outcome",
        "present value").right(1);
    byLine.parts().forEach((line, pv) -> t.row(lineName.apply(line), Pounds.format(pv)));
    t.row("total", Pounds.format(byLine.total()));
    return t;
  }

  /**
   * @param values the switching values
   * @return the inputs that can bring the ratio to 1:1 on their own, with the change needed ({@code
   *     sroi-switching})
   */
  public ReportTable switching(List<SwitchingValue> values) {
    ReportTable t = ReportTable.of("sroi-switching", "Switching values: the inputs that alone can bring the SROI"
        + " ratio to 1:1", "outcome", "input", "now", "value at 1:1", "change needed").right(2, 3, 4);
    reaching(values).forEach(s -> {
      BigDecimal value = s.value().orElseThrow();
      t.row(lineName.apply(s.lineId()), Words.words(s.parameter()), input(s.parameter(), s.current()),
          input(s.parameter(), value), change(s.current(), value));
    });
    return t;
  }

  /**
   * @param values the switching values
   * @return one sentence on the inputs that cannot bring the ratio to 1:1 on their own
   */
  public String switchingSummary(List<SwitchingValue> values) {
    long applicable = values.stream().filter(s -> s.status() != SwitchingValue.Status.NOT_APPLICABLE).count();
    long other = applicable - reaching(values).size();
    boolean above = v.sroiRatio().value().compareTo(BigDecimal.ONE) > 0;
    if (other == 0) {
      return "Every input can bring the ratio to 1:1 on its own.";
    }
    return "The other " + other + " of " + applicable + " inputs cannot bring the ratio to 1:1 on their own: "
        + "however far each moves within its possible range, the ratio stays " + (above ? "above" : "below")
        + " 1:1.";
  }

  private static List<SwitchingValue> reaching(List<SwitchingValue> values) {
    return values.stream().filter(s -> s.status() == SwitchingValue.Status.FOUND)
        .filter(s -> s.parameter().isFraction() || s.value().orElseThrow().signum() >= 0)
        .collect(Collectors.toList());
  }

  /**
   * @param table the one-way table
   * @return each moving input at its low and high value, with the ratio at each ({@code sroi-oneway})
   */
  public ReportTable oneWay(OneWayTable table) {
    ReportTable t = ReportTable.of("sroi-oneway", "One-way table: each input " + Words.percent(table.step(), 0)
        + " lower and higher, SROI ratio at each end", "outcome", "input", "low", "high", "ratio at low",
        "ratio at high").right(2, 3, 4, 5);
    for (OneWayTable.Row row : moving(table)) {
      t.row(lineName.apply(row.lineId()), Words.words(row.parameter()), input(row.parameter(), row.low()),
          input(row.parameter(), row.high()), ratio(row.ratioLow()), ratio(row.ratioHigh()));
    }
    return t;
  }

  /**
   * @param table the one-way table
   * @param rows at most this many inputs, widest swing first
   * @return the tornado chart, with an axis and the ratio at each end of each bar
   */
  public String tornado(OneWayTable table, int rows) {
    return Charts.tornado("SROI ratio when each input moves " + Words.percent(table.step(), 0),
        table.baseRatio(), "base " + v.sroiRatio().toText(2, RoundingMode.HALF_UP),
        moving(table).stream()
            .sorted(Comparator.comparing((OneWayTable.Row row) -> row.ratioHigh().subtract(row.ratioLow()).abs())
                .reversed())
            .limit(rows)
            .map(row -> Charts.Swing.of(Words.words(row.parameter()) + ": " + lineName.apply(row.lineId()),
                row.ratioLow(), row.ratioHigh()))
            .collect(Collectors.toList()));
  }

  /** The rows whose input actually moves (±10% of zero is zero, and says nothing). */
  private static List<OneWayTable.Row> moving(OneWayTable table) {
    return table.rows().stream().filter(row -> row.low().compareTo(row.high()) != 0).collect(Collectors.toList());
  }

  /** An input as people read it: fractions as percentages, proxies in pounds, quantities as numbers. */
  static String input(Parameter parameter, BigDecimal value) {
    if (parameter.isFraction()) {
      return Words.percent(value, 1);
    }
    if (parameter == Parameter.PROXY) {
      return Pounds.format(value);
    }
    return Pounds.number(value, value.scale() > 0 ? Math.min(value.stripTrailingZeros().scale(), 2) : 0);
  }

  private static String change(BigDecimal now, BigDecimal at) {
    if (now.signum() == 0) {
      return "from zero";
    }
    BigDecimal change = at.subtract(now).divide(now.abs(), MathContext.DECIMAL64);
    return (change.signum() > 0 ? "+" : "") + Words.percent(change, 1);
  }

  private static String ratio(BigDecimal ratio) {
    return Pounds.number(ratio, 2) + " : 1";
  }
}
