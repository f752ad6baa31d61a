package uk.gov.lancashire.socialvalue.valuation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import uk.gov.lancashire.socialvalue.basics.Amounts;
import uk.gov.lancashire.socialvalue.basics.Args;
import uk.gov.lancashire.socialvalue.basics.Explanation;
import uk.gov.lancashire.socialvalue.basics.MoneyRounding;
import uk.gov.lancashire.socialvalue.basics.ProblemPath;
import uk.gov.lancashire.socialvalue.basics.ValidationException;
import uk.gov.lancashire.socialvalue.framework.ProxyValue;

/**
 * An {@link OutcomeLine} valued: its proxy restated to the price base, its impact year by year, each
 * year's discount factor and present value, and its totals.
 *
 * <pre>
 * impact_1 = quantity × proxy × (1 − deadweight) × (1 − displacement) × (1 − attribution)
 * impact_t = impact_1 × (1 − dropOff)^(t − 1)                  (drop-off model)
 * impact_t = quantity × proxy × (1 − deadweight_t) × (1 − displacement) × (1 − attribution)
 *                                                              (rising-deadweight model)
 * PV       = Σ_t impact_t × DF(period of year t)
 * </pre>
 *
 * <p>Figures are exact: products and sums are never rounded; only the price factor (a quotient) and the
 * drop-off and discount factors (powers) are at the valuation's {@link Valuation#MATH_CONTEXT precision}.
 * Money figures (the proxy in the price base, each year's impact and present value, the totals) are
 * amounts in the valuation's currency; the price factor is a factor, a decimal.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param line the line valued
 * @param priceBaseYear the price year of every figure
 * @param priceFactor {@code I_target ÷ I_base} applied to the proxy; one when no restatement was needed
 * @param proxyInPriceBase the proxy per unit, restated to the price base; its currency is every figure's
 * @param years each outcome year's impact, discount factor and present value, in order
 */
public record ValuedLine(OutcomeLine line, int priceBaseYear, BigDecimal priceFactor, MonetaryAmount proxyInPriceBase,
    List<YearValue> years) {

  /**
   * Checks every component is present; the proxy in the price base is the line's proxy × the price factor,
   * which is 1 when the proxy is already in the price base; the years are the line's outcome years in order (year 1 in the line's
   * first period, one year per period, as many as its duration) and every year is in the proxy's currency;
   * copies the years.
   *
   * @param line the line valued
   * @param priceBaseYear the price year of every figure
   * @param priceFactor the factor applied to the proxy
   * @param proxyInPriceBase the proxy per unit, restated to the price base
   * @param years each outcome year's figures, in order
   * @throws ValidationException when the restated proxy or the years are not the line's, or a year is in
   *     another currency
   * @throws NullPointerException naming the component (or the year's index) that is null
   */
  public ValuedLine {
    Objects.requireNonNull(line, "line");
    Args.bounded(priceFactor, "priceFactor");
    Objects.requireNonNull(proxyInPriceBase, "proxyInPriceBase");
    ProxyValue proxy = line.proxyUsed();
    if (priceBaseYear == proxy.priceYear() && priceFactor.compareTo(BigDecimal.ONE) != 0) {
      throw ValidationException.of("priceFactor", "must be 1 when the proxy is already in the price base "
          + priceBaseYear + ", was " + priceFactor.toPlainString());
    }
    if (!proxyInPriceBase.getCurrency().equals(proxy.amount().getCurrency())
        || Amounts.decimal(proxyInPriceBase).compareTo(Amounts.decimal(proxy.amount()).multiply(priceFactor)) != 0) {
      throw ValidationException.of("proxyInPriceBase", "must be the proxy " + Amounts.decimal(proxy.amount())
          .toPlainString() + " " + proxy.amount().getCurrency() + " × the price factor " + priceFactor.toPlainString()
          + ", was " + Amounts.decimal(proxyInPriceBase).toPlainString() + " " + proxyInPriceBase.getCurrency());
    }
    years = Args.copyOf(years, "years");
    if (years.isEmpty() || years.size() != line.durationUsed()) {
      throw ValidationException.of("years", "must hold the line's " + line.durationUsed() + " outcome years, held "
          + years.size());
    }
    for (int i = 0; i < years.size(); i++) {
      if (years.get(i).outcomeYear() != i + 1 || years.get(i).period() != line.firstPeriod() + i) {
        throw ValidationException.at(ProblemPath.of("years").index(i), "must be outcome year " + (i + 1)
            + " in period " + (line.firstPeriod() + i) + ", was year " + years.get(i).outcomeYear() + " in period "
            + years.get(i).period());
      }
      if (!years.get(i).impact().getCurrency().equals(proxyInPriceBase.getCurrency())) {
        throw ValidationException.at(ProblemPath.of("years").index(i).property("impact"),
            "must be in " + proxyInPriceBase.getCurrency() + ", was " + years.get(i).impact().getCurrency());
      }
    }
  }

  static ValuedLine compute(OutcomeLine line, CurrencyUnit currency, int priceBaseYear, BigDecimal priceFactor,
      List<BigDecimal> discountFactorByPeriod, MathContext mc) {
    // products are exact; only powers (decay, discount factors) and quotients (price factors) are
    // computed at mc, which the valuation states
    BigDecimal proxy = Amounts.decimal(line.proxyUsed().amount()).multiply(priceFactor);
    BigDecimal base = line.quantity().amount().multiply(proxy)
        .multiply(BigDecimal.ONE.subtract(line.displacementUsed()))
        .multiply(BigDecimal.ONE.subtract(line.attributionUsed()));
    BigDecimal keep = BigDecimal.ONE.subtract(line.dropOffUsed());
    BigDecimal decay = BigDecimal.ONE;
    List<YearValue> years = new ArrayList<>();
    for (int t = 1; t <= line.durationUsed(); t++) {
      if (t > 1) {
        decay = decay.multiply(keep, mc);
      }
      int period = line.firstPeriod() + t - 1;
      BigDecimal deadweight = line.deadweightUsed(t);
      BigDecimal impact = base.multiply(BigDecimal.ONE.subtract(deadweight)).multiply(decay);
      BigDecimal df = discountFactorByPeriod.get(period);
      years.add(new YearValue(t, period, deadweight, decay, Amounts.of(impact, currency), df,
          Amounts.of(impact.multiply(df), currency)));
    }
    return new ValuedLine(line, priceBaseYear, priceFactor, Amounts.of(proxy, currency), years);
  }

  /** @return the currency of every figure: the proxy's, which is the valuation's */
  public CurrencyUnit currency() {
    return proxyInPriceBase.getCurrency();
  }

  /** @return the impact of the first outcome year, undiscounted */
  public MonetaryAmount firstYearImpact() {
    return years.get(0).impact();
  }

  /** @return the undiscounted total value, exact, for the sums of this package */
  BigDecimal exactTotalValue() {
    return years.stream().map(y -> Amounts.decimal(y.impact())).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** @return the present value, exact, for the sums of this package */
  BigDecimal exactPresentValue() {
    return years.stream().map(y -> Amounts.decimal(y.presentValue())).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** @return the undiscounted total value: the sum of the years' impacts */
  public MonetaryAmount totalValue() {
    return Amounts.of(exactTotalValue(), currency());
  }

  /** @return the present value: the sum of the years' present values */
  public MonetaryAmount presentValue() {
    return Amounts.of(exactPresentValue(), currency());
  }

  /**
   * @param seriesName the price index series used, if any
   * @param rounding how the rounded figures are presented
   * @return how this line was valued
   */
  Explanation explain(Optional<String> seriesName, MoneyRounding rounding) {
    ProxyValue proxy = line.proxyUsed();
    CurrencyUnit currency = currency();
    BigDecimal totalValue = exactTotalValue();
    BigDecimal presentValue = exactPresentValue();
    Explanation e = Explanation.of("Line " + line.id())
        .with("measure", line.measure().code() + " " + line.measure().title())
        .with("quantity", line.quantity())
        .with("proxy", Amounts.decimal(proxy.amount()).toPlainString() + " " + currency + " per " + proxy.unit().symbol()
            + ", price year " + proxy.priceYear() + ", source: " + proxy.source() + ", licence: " + proxy.licence())
        .with("edition", line.editionReference().orElse("none (explicit proxy)"))
        .with("price base", priceBaseYear == proxy.priceYear()
            ? priceBaseYear + " (proxy already in this price year)"
            : priceBaseYear + " via '" + seriesName.orElseThrow() + "': × " + priceFactor.toPlainString()
                + " = " + Amounts.decimal(proxyInPriceBase).toPlainString() + " per unit")
        .with("model", line.deadweightModel());
    if (line.deadweightModel() == DeadweightModel.DROP_OFF) {
      e = e.with("deadweight", line.deadweightUsed(1).toPlainString() + " (" + line.sourceOf("deadweight") + ")");
    } else {
      e = e.with("deadweight", "rising " + line.risingDeadweights().stream().map(BigDecimal::toPlainString)
          .collect(java.util.stream.Collectors.joining(", ")) + " (line)");
    }
    e = e.with("displacement", line.displacementUsed().toPlainString() + " (" + line.sourceOf("displacement") + ")")
        .with("attribution", line.attributionUsed().toPlainString() + " (" + line.sourceOf("attribution") + ")")
        .with("drop-off", line.dropOffUsed().toPlainString() + " (" + line.sourceOf("dropOff") + ")")
        .with("duration", line.durationUsed() + " years (" + line.sourceOf("durationYears") + "), starting in period "
            + line.firstPeriod() + " (activity in period " + line.activityPeriod() + ", " + line.start() + ")");
    for (YearValue y : years) {
      e = e.with(Explanation.of("Year " + y.outcomeYear() + " (period " + y.period() + ")")
          .with("impact", Amounts.decimal(y.impact()).toPlainString()
              + (y.outcomeYear() > 1 && line.deadweightModel() == DeadweightModel.DROP_OFF
                  ? " (drop-off factor " + y.dropOffFactor().toPlainString() + ")"
                  : line.deadweightModel() == DeadweightModel.RISING_DEADWEIGHT
                      ? " (deadweight " + y.deadweight().toPlainString() + ")" : ""))
          .with("discount factor", y.discountFactor().toPlainString())
          .with("present value", Amounts.decimal(y.presentValue()).toPlainString()));
    }
    return e.with("total value", totalValue.toPlainString() + " (rounded " + rounding.round(totalValue).toPlainString() + ")")
        .with("present value", presentValue.toPlainString() + " (rounded " + rounding.round(presentValue).toPlainString() + ")");
  }
}
