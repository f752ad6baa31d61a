package uk.gov.lancashire.socialvalue.valuation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import uk.gov.lancashire.socialvalue.basics.Amounts;
import uk.gov.lancashire.socialvalue.basics.Explanation;
import uk.gov.lancashire.socialvalue.basics.MoneyRounding;
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
 * <p>Figures are exact at the valuation's {@link Valuation#MATH_CONTEXT precision}: each product is
 * rounded to 34 significant digits, and sums are exact.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ValuedLine {

  private final OutcomeLine line;
  private final CurrencyUnit currency;
  private final int priceBaseYear;
  private final BigDecimal priceFactor;
  private final BigDecimal proxyInPriceBase;
  private final List<YearValue> years;
  private final BigDecimal totalValue;
  private final BigDecimal presentValue;

  private ValuedLine(OutcomeLine line, CurrencyUnit currency, int priceBaseYear, BigDecimal priceFactor,
      BigDecimal proxyInPriceBase, List<YearValue> years) {
    this.line = line;
    this.currency = currency;
    this.priceBaseYear = priceBaseYear;
    this.priceFactor = priceFactor;
    this.proxyInPriceBase = proxyInPriceBase;
    this.years = List.copyOf(years);
    this.totalValue = years.stream().map(YearValue::impact).reduce(BigDecimal.ZERO, BigDecimal::add);
    this.presentValue = years.stream().map(YearValue::presentValue).reduce(BigDecimal.ZERO, BigDecimal::add);
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
      years.add(new YearValue(t, period, deadweight, decay, impact, df, impact.multiply(df)));
    }
    return new ValuedLine(line, currency, priceBaseYear, priceFactor, proxy, years);
  }

  /** @return the line valued */
  public OutcomeLine line() {
    return line;
  }

  /** @return the price year of every figure */
  public int priceBaseYear() {
    return priceBaseYear;
  }

  /** @return {@code I_target ÷ I_base} applied to the proxy; one when no restatement was needed */
  public BigDecimal priceFactor() {
    return priceFactor;
  }

  /** @return the proxy per unit, restated to the price base */
  public BigDecimal proxyInPriceBase() {
    return proxyInPriceBase;
  }

  /** @return each outcome year's impact, discount factor and present value */
  public List<YearValue> years() {
    return years;
  }

  /** @return the impact of the first outcome year, undiscounted */
  public BigDecimal firstYearImpact() {
    return years.get(0).impact();
  }

  /** @return the undiscounted total value, exact, for the sums of this package */
  BigDecimal exactTotalValue() {
    return totalValue;
  }

  /** @return the present value, exact, for the sums of this package */
  BigDecimal exactPresentValue() {
    return presentValue;
  }

  /** @return the undiscounted total value */
  public MonetaryAmount totalValue() {
    return Amounts.of(totalValue, currency);
  }

  /** @return the present value */
  public MonetaryAmount presentValue() {
    return Amounts.of(presentValue, currency);
  }

  /**
   * @param seriesName the price index series used, if any
   * @param rounding how the rounded figures are presented
   * @return how this line was valued
   */
  Explanation explain(Optional<String> seriesName, MoneyRounding rounding) {
    ProxyValue proxy = line.proxyUsed();
    Explanation e = Explanation.of("Line " + line.id())
        .with("measure", line.measure().code() + " " + line.measure().title())
        .with("quantity", line.quantity())
        .with("proxy", Amounts.decimal(proxy.amount()).toPlainString() + " " + currency + " per " + proxy.unit().symbol()
            + ", price year " + proxy.priceYear() + ", source: " + proxy.source() + ", licence: " + proxy.licence())
        .with("edition", line.editionReference().orElse("none (explicit proxy)"))
        .with("price base", priceBaseYear == proxy.priceYear()
            ? priceBaseYear + " (proxy already in this price year)"
            : priceBaseYear + " via '" + seriesName.orElseThrow() + "': × " + priceFactor.toPlainString()
                + " = " + proxyInPriceBase.toPlainString() + " per unit")
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
          .with("impact", y.impact().toPlainString()
              + (y.outcomeYear() > 1 && line.deadweightModel() == DeadweightModel.DROP_OFF
                  ? " (drop-off factor " + y.dropOffFactor().toPlainString() + ")"
                  : line.deadweightModel() == DeadweightModel.RISING_DEADWEIGHT
                      ? " (deadweight " + y.deadweight().toPlainString() + ")" : ""))
          .with("discount factor", y.discountFactor().toPlainString())
          .with("present value", y.presentValue().toPlainString()));
    }
    return e.with("total value", totalValue.toPlainString() + " (rounded " + rounding.round(totalValue).toPlainString() + ")")
        .with("present value", presentValue.toPlainString() + " (rounded " + rounding.round(presentValue).toPlainString() + ")");
  }
}
