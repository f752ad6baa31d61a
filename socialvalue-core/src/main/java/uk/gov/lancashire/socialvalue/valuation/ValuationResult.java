package uk.gov.lancashire.socialvalue.valuation;

import static uk.gov.lancashire.socialvalue.valuation.Valuation.MATH_CONTEXT;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import uk.gov.lancashire.socialvalue.basics.Amounts;
import uk.gov.lancashire.socialvalue.basics.Args;
import uk.gov.lancashire.socialvalue.basics.Explanation;
import uk.gov.lancashire.socialvalue.basics.MoneyRounding;
import uk.gov.lancashire.socialvalue.basics.ProblemPath;
import uk.gov.lancashire.socialvalue.basics.RoundedBreakdown;
import uk.gov.lancashire.socialvalue.basics.ValidationException;
import uk.gov.lancashire.socialvalue.discounting.DiscountSchedule;
import uk.gov.lancashire.socialvalue.discounting.TimingConvention;
import uk.gov.lancashire.socialvalue.pricebase.PriceIndexSeries;

/**
 * The result of a {@link Valuation}: every line valued, and the totals and returns of SROI practice (<i>A Guide to Social Return on Investment</i>),
 * in the valuation's currency and price base.
 *
 * <pre>
 * total value   = Σ impact_t                 (undiscounted)
 * PV            = Σ impact_t × DF_t
 * NPV           = PV − PV of the investment
 * SROI ratio    = PV ÷ investment            (labelled "SROI ratio")
 * net SROI      = NPV ÷ investment           (labelled "net SROI ratio")
 * SV%           = total value ÷ contract value × 100
 * £ per £1      = total value ÷ contract value
 * </pre>
 *
 * <p>Figures are exact at {@link Valuation#MATH_CONTEXT}; round them for presentation with a
 * {@link MoneyRounding} ({@link #rounded(MoneyRounding)} keeps a breakdown adding up). Dividing by a
 * missing or zero investment or contract value is a {@link ValidationException} saying so.
 *
 * <p>Money figures (totals, present values, the investment, the present value by period) are amounts in
 * the valuation's currency, the one convention of {@link Amounts}; ratios, percentages and the value per
 * unit of contract are decimals.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param valuation the valuation this is the result of
 * @param lines the valued lines, in the valuation's order
 * @param investment the present value of the investment, in the valuation's currency
 * @param horizon the number of periods the result spans
 */
public record ValuationResult(Valuation valuation, List<ValuedLine> lines, MonetaryAmount investment, int horizon) {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /**
   * Checks every component is present and that the result is the valuation's: the lines are the valuation's
   * lines valued, in its order, in its currency and price base; every year and every period of investment falls within the
   * horizon (at most {@link DiscountSchedule#MAX_PERIODS}); the investment is the present value of the
   * valuation's investment. Copies the lines.
   *
   * @param valuation the valuation this is the result of
   * @param lines the valued lines, in the valuation's order
   * @param investment the present value of the investment
   * @param horizon the number of periods the result spans
   * @throws ValidationException when a line is not the valuation's, an amount is in another currency, a year
   *     or an investment lies beyond the horizon, or the investment is not the valuation's
   * @throws NullPointerException naming the component (or the line's index) that is null
   */
  public ValuationResult {
    Objects.requireNonNull(valuation, "valuation");
    lines = Args.copyOf(lines, "lines");
    Objects.requireNonNull(investment, "investment");
    if (horizon < 0 || horizon > DiscountSchedule.MAX_PERIODS) {
      throw ValidationException.of("horizon", "must be 0 to " + DiscountSchedule.MAX_PERIODS + ", was " + horizon);
    }
    if (!investment.getCurrency().equals(valuation.currency())) {
      throw ValidationException.of("investment", "must be in " + valuation.currency() + ", was "
          + investment.getCurrency());
    }
    if (lines.size() != valuation.lines().size()) {
      throw ValidationException.of("lines", "must value each of the valuation's " + valuation.lines().size()
          + " lines, were " + lines.size());
    }
    for (int i = 0; i < lines.size(); i++) {
      ValuedLine line = lines.get(i);
      if (!line.line().equals(valuation.lines().get(i))) {
        throw ValidationException.at(ProblemPath.of("lines").index(i).property("line"), "must be the valuation's line '"
            + valuation.lines().get(i).id() + "', was '" + line.line().id() + "'");
      }
      if (line.priceBaseYear() != valuation.priceBaseYearUsed()) {
        throw ValidationException.at(ProblemPath.of("lines").index(i).property("priceBaseYear"), "must be the"
            + " valuation's price base " + valuation.priceBaseYearUsed() + ", was " + line.priceBaseYear());
      }
      if (!line.currency().equals(valuation.currency())) {
        throw ValidationException.at(ProblemPath.of("lines").index(i), "must be in " + valuation.currency()
            + ", was " + line.currency());
      }
      for (YearValue y : line.years()) {
        if (y.period() < 0 || y.period() >= horizon) {
          throw ValidationException.at(ProblemPath.of("lines").index(i).property("years"), "period " + y.period()
              + " lies outside the horizon of " + horizon + " periods");
        }
      }
    }
    for (int period : valuation.investment().keySet()) {
      if (period >= horizon) {
        throw ValidationException.of("horizon", "the valuation invests in period " + period
            + ", outside the horizon of " + horizon + " periods");
      }
    }
    BigDecimal expected = investmentPresentValue(valuation, horizon);
    if (Amounts.decimal(investment).compareTo(expected) != 0) {
      throw ValidationException.of("investment", "must be the present value of the valuation's investment, "
          + expected.toPlainString() + ", was " + Amounts.decimal(investment).toPlainString());
    }
  }

  /**
   * @param valuation a valuation
   * @param horizon the periods of its result, covering every period of investment
   * @return the present value of its investment: each period's amount × its Green Book discount factor
   */
  static BigDecimal investmentPresentValue(Valuation valuation, int horizon) {
    if (valuation.investment().isEmpty()) {
      return BigDecimal.ZERO;
    }
    List<BigDecimal> factors = valuation.discountSchedule().factors(horizon, TimingConvention.GREEN_BOOK, MATH_CONTEXT);
    return valuation.investment().entrySet().stream()
        .map(e -> Amounts.decimal(e.getValue()).multiply(factors.get(e.getKey())))
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** @return the currency of every amount */
  public CurrencyUnit currency() {
    return valuation.currency();
  }

  /** @return the price year of every figure */
  public int priceBaseYear() {
    return valuation.priceBaseYearUsed();
  }

  /** @return the price index series used to restate proxies, if any proxy needed it */
  public java.util.Optional<PriceIndexSeries> priceIndexUsed() {
    return lines.stream().anyMatch(l -> l.line().proxyUsed().priceYear() != l.priceBaseYear())
        ? valuation.priceIndex()
        : java.util.Optional.empty();
  }

  /** @return the undiscounted total value; its exact decimal is {@link Amounts#decimal(MonetaryAmount)} */
  public MonetaryAmount totalValue() {
    return Amounts.of(exactTotalValue(), currency());
  }

  /** @return the present value of every outcome */
  public MonetaryAmount presentValue() {
    return Amounts.of(exactPresentValue(), currency());
  }

  /** @return the net present value: PV − investment */
  public MonetaryAmount netPresentValue() {
    return Amounts.of(exactPresentValue().subtract(exactInvestment()), currency());
  }

  /** @return the SROI ratio, PV ÷ investment, labelled */
  public Ratio sroiRatio() {
    return Ratio.of("SROI ratio (PV ÷ investment)", exactPresentValue().divide(positiveInvestment(), MATH_CONTEXT));
  }

  /** @return the net SROI ratio, NPV ÷ investment, labelled */
  public Ratio netSroiRatio() {
    return Ratio.of("net SROI ratio (NPV ÷ investment)",
        exactPresentValue().subtract(exactInvestment()).divide(positiveInvestment(), MATH_CONTEXT));
  }

  /** @return social value as a percentage of the contract value: total value ÷ contract value × 100 */
  public BigDecimal socialValuePercent() {
    return exactTotalValue().multiply(HUNDRED).divide(positiveContractValue(), MATH_CONTEXT);
  }

  /** @return "£ per £1": total social value per unit of contract value */
  public BigDecimal valuePerUnitOfContract() {
    return exactTotalValue().divide(positiveContractValue(), MATH_CONTEXT);
  }

  /** @return the Guide's payback: the whole investment, undiscounted, ÷ (first-year impact ÷ 12) months */
  public Payback paybackGuide() {
    positiveInvestment();
    BigDecimal annual = lines.stream().map(l -> Amounts.decimal(l.firstYearImpact()))
        .reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal whole = valuation.investment().values().stream().map(Amounts::decimal)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
    return Payback.guide(whole, annual, MATH_CONTEXT);
  }

  /**
   * @return the cumulative payback: the first period from which cumulative PV stays at or above the
   *     cumulative PV of the investment made to that period
   */
  public Payback paybackCumulative() {
    positiveInvestment();
    return Payback.cumulative(decimals(presentValueByPeriod()), decimals(investmentByPeriod()));
  }

  /** @return the present value of the investment made in each period, 0 to {@link #horizon()} − 1 */
  public List<MonetaryAmount> investmentByPeriod() {
    List<BigDecimal> factors = valuation.discountSchedule().factors(horizon, TimingConvention.GREEN_BOOK, MATH_CONTEXT);
    List<BigDecimal> byPeriod = new ArrayList<>();
    for (int p = 0; p < horizon; p++) {
      byPeriod.add(BigDecimal.ZERO);
    }
    valuation.investment().forEach((p, amount) ->
        byPeriod.set(p, byPeriod.get(p).add(Amounts.decimal(amount).multiply(factors.get(p)))));
    return amounts(byPeriod);
  }

  /** @return the present value of every outcome in each period, 0 to {@link #horizon()} − 1 */
  public List<MonetaryAmount> presentValueByPeriod() {
    List<BigDecimal> byPeriod = new ArrayList<>();
    for (int p = 0; p < horizon; p++) {
      byPeriod.add(BigDecimal.ZERO);
    }
    for (ValuedLine line : lines) {
      for (YearValue y : line.years()) {
        byPeriod.set(y.period(), byPeriod.get(y.period()).add(Amounts.decimal(y.presentValue())));
      }
    }
    return amounts(byPeriod);
  }

  private List<MonetaryAmount> amounts(List<BigDecimal> decimals) {
    return decimals.stream().map(d -> Amounts.of(d, currency())).toList();
  }

  private static List<BigDecimal> decimals(List<MonetaryAmount> amounts) {
    return amounts.stream().map(Amounts::decimal).toList();
  }

  private BigDecimal exactTotalValue() {
    return lines.stream().map(ValuedLine::exactTotalValue).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private BigDecimal exactPresentValue() {
    return lines.stream().map(ValuedLine::exactPresentValue).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private BigDecimal exactInvestment() {
    return Amounts.decimal(investment);
  }

  /**
   * The lines' present values rounded so they add up to the rounded total present value.
   *
   * @param rounding how to round
   * @return the rounded breakdown, by line id
   */
  public RoundedBreakdown rounded(MoneyRounding rounding) {
    return RoundedBreakdown.of(
        lines.stream().map(l -> l.line().id()).collect(Collectors.toList()),
        lines.stream().map(ValuedLine::exactPresentValue).collect(Collectors.toList()),
        rounding);
  }

  /** @return the explanation, rounded to the currency's minor unit half up */
  public Explanation explain() {
    return explain(MoneyRounding.of(currency()));
  }

  /**
   * @param rounding how rounded figures are presented
   * @return how every figure was made: each line, then the totals
   */
  public Explanation explain(MoneyRounding rounding) {
    java.util.Optional<String> series = valuation.priceIndex().map(PriceIndexSeries::name);
    Explanation e = Explanation.of("Valuation in " + currency() + ", " + priceBaseYear() + " prices")
        .with("precision", "sums and products exact; quotients and powers (price, discount and decay factors, ratios) to 34 significant digits (DECIMAL128)")
        .with("discounting", valuation.discountSchedule().name() + "; " + valuation.timing().description())
        .with("price index", series.orElse("none"))
        .with("rounding", "for presentation only: " + rounding + "; breakdowns add up (largest remainder)");
    for (ValuedLine line : lines) {
      e = e.with(line.explain(series, rounding));
    }
    RoundedBreakdown breakdown = rounded(rounding);
    BigDecimal totalValue = exactTotalValue();
    BigDecimal presentValue = exactPresentValue();
    BigDecimal investment = exactInvestment();
    Explanation totals = Explanation.of("Totals")
        .with("total value (undiscounted)", exactAndRounded(totalValue, rounding))
        .with("present value", exactAndRounded(presentValue, rounding))
        .with("present value by line (rounded, adds up)", breakdown.parts().entrySet().stream()
            .map(p -> p.getKey() + " " + p.getValue().toPlainString()).collect(Collectors.joining("; ")));
    if (investment.signum() > 0) {
      totals = totals
          .with("investment (PV)", exactAndRounded(investment, rounding))
          .with("net present value", exactAndRounded(presentValue.subtract(investment), rounding))
          .with(sroiRatio().label(), sroiRatio().value().toPlainString() + " (" + sroiRatio().toText(2, rounding.mode()) + ")")
          .with(netSroiRatio().label(), netSroiRatio().value().toPlainString()
              + " (" + netSroiRatio().toText(2, rounding.mode()) + ")")
          .with("payback (Guide)", paybackGuide())
          .with("payback (cumulative)", paybackCumulative());
    }
    if (valuation.contractValue().isPresent() && Amounts.decimal(valuation.contractValue().get()).signum() > 0) {
      totals = totals
          .with("contract value", Amounts.decimal(valuation.contractValue().get()).toPlainString())
          .with("SV%", socialValuePercent().toPlainString())
          .with("value per 1 " + currency() + " of contract", valuePerUnitOfContract().toPlainString());
    }
    return e.with(totals);
  }

  private static String exactAndRounded(BigDecimal value, MoneyRounding rounding) {
    return value.toPlainString() + " (rounded " + rounding.round(value).toPlainString() + ")";
  }

  private BigDecimal positiveInvestment() {
    BigDecimal investment = exactInvestment();
    if (investment.signum() <= 0) {
      throw ValidationException.of("investment",
          "is " + (valuation.investment().isEmpty() ? "not given" : "zero")
              + ": a return per unit of investment is undefined");
    }
    return investment;
  }

  private BigDecimal positiveContractValue() {
    BigDecimal value = valuation.contractValue().map(Amounts::decimal).orElseThrow(
        () -> ValidationException.of("contractValue", "is not given: SV% and value per £1 need it"));
    if (value.signum() <= 0) {
      throw ValidationException.of("contractValue",
          "is " + value.toPlainString() + ": SV% and value per £1 need a positive contract value");
    }
    return value;
  }
}
