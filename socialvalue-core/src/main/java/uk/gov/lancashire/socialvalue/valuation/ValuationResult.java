package uk.gov.lancashire.socialvalue.valuation;

import static uk.gov.lancashire.socialvalue.valuation.Valuation.MATH_CONTEXT;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import uk.gov.lancashire.socialvalue.basics.Amounts;
import uk.gov.lancashire.socialvalue.basics.Explanation;
import uk.gov.lancashire.socialvalue.basics.MoneyRounding;
import uk.gov.lancashire.socialvalue.basics.RoundedBreakdown;
import uk.gov.lancashire.socialvalue.basics.ValidationException;
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
 * <p>This class is immutable and thread-safe.
 */
public final class ValuationResult {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final Valuation valuation;
  private final List<ValuedLine> lines;
  private final BigDecimal investment;
  private final int horizon;
  private final BigDecimal totalValue;
  private final BigDecimal presentValue;

  ValuationResult(Valuation valuation, List<ValuedLine> lines, BigDecimal investment, int horizon) {
    this.valuation = valuation;
    this.lines = List.copyOf(lines);
    this.investment = investment;
    this.horizon = horizon;
    this.totalValue = lines.stream().map(ValuedLine::exactTotalValue).reduce(BigDecimal.ZERO, BigDecimal::add);
    this.presentValue = lines.stream().map(ValuedLine::exactPresentValue).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** @return the valuation this is the result of */
  public Valuation valuation() {
    return valuation;
  }

  /** @return the valued lines, in the valuation's order */
  public List<ValuedLine> lines() {
    return lines;
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

  /** @return the number of periods the result spans */
  public int horizon() {
    return horizon;
  }

  /** @return the undiscounted total value; its exact decimal is {@link Amounts#decimal(MonetaryAmount)} */
  public MonetaryAmount totalValue() {
    return Amounts.of(totalValue, currency());
  }

  /** @return the present value of every outcome */
  public MonetaryAmount presentValue() {
    return Amounts.of(presentValue, currency());
  }

  /** @return the present value of the investment */
  public MonetaryAmount investment() {
    return Amounts.of(investment, currency());
  }

  /** @return the net present value: PV − investment */
  public MonetaryAmount netPresentValue() {
    return Amounts.of(presentValue.subtract(investment), currency());
  }

  /** @return the SROI ratio, PV ÷ investment, labelled */
  public Ratio sroiRatio() {
    return Ratio.of("SROI ratio (PV ÷ investment)", presentValue.divide(positiveInvestment(), MATH_CONTEXT));
  }

  /** @return the net SROI ratio, NPV ÷ investment, labelled */
  public Ratio netSroiRatio() {
    return Ratio.of("net SROI ratio (NPV ÷ investment)",
        presentValue.subtract(investment).divide(positiveInvestment(), MATH_CONTEXT));
  }

  /** @return social value as a percentage of the contract value: total value ÷ contract value × 100 */
  public BigDecimal socialValuePercent() {
    return totalValue.multiply(HUNDRED).divide(positiveContractValue(), MATH_CONTEXT);
  }

  /** @return "£ per £1": total social value per unit of contract value */
  public BigDecimal valuePerUnitOfContract() {
    return totalValue.divide(positiveContractValue(), MATH_CONTEXT);
  }

  /** @return the Guide's payback: the whole investment, undiscounted, ÷ (first-year impact ÷ 12) months */
  public Payback paybackGuide() {
    positiveInvestment();
    BigDecimal annual = lines.stream().map(ValuedLine::firstYearImpact).reduce(BigDecimal.ZERO, BigDecimal::add);
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
    return Payback.cumulative(presentValueByPeriod(), investmentByPeriod());
  }

  /** @return the present value of the investment made in each period, 0 to {@link #horizon()} − 1 */
  public List<BigDecimal> investmentByPeriod() {
    List<BigDecimal> factors = valuation.discountSchedule().factors(horizon, TimingConvention.GREEN_BOOK, MATH_CONTEXT);
    List<BigDecimal> byPeriod = new ArrayList<>();
    for (int p = 0; p < horizon; p++) {
      byPeriod.add(BigDecimal.ZERO);
    }
    valuation.investment().forEach((p, amount) ->
        byPeriod.set(p, byPeriod.get(p).add(Amounts.decimal(amount).multiply(factors.get(p)))));
    return List.copyOf(byPeriod);
  }

  /** @return the present value of every outcome in each period, 0 to {@link #horizon()} − 1 */
  public List<BigDecimal> presentValueByPeriod() {
    List<BigDecimal> byPeriod = new ArrayList<>();
    for (int p = 0; p < horizon; p++) {
      byPeriod.add(BigDecimal.ZERO);
    }
    for (ValuedLine line : lines) {
      for (YearValue y : line.years()) {
        byPeriod.set(y.period(), byPeriod.get(y.period()).add(y.presentValue()));
      }
    }
    return List.copyOf(byPeriod);
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
