package uk.gov.lancashire.socialvalue.sensitivity;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import uk.gov.lancashire.socialvalue.basics.Amounts;
import uk.gov.lancashire.socialvalue.valuation.DeadweightModel;
import uk.gov.lancashire.socialvalue.valuation.OutcomeLine;
import uk.gov.lancashire.socialvalue.valuation.Valuation;
import uk.gov.lancashire.socialvalue.valuation.ValuedLine;
import uk.gov.lancashire.socialvalue.valuation.YearValue;

/**
 * The present value of one valued line as a function of its six varied inputs, with every other input
 * (price factor, deadweight schedule, discount factors) fixed as the valuation found them. It repeats
 * the engine's arithmetic in the engine's order, so at the base inputs it returns the engine's figure.
 */
final class LineModel {

  private static final MathContext MC = Valuation.MATH_CONTEXT;

  private final ValuedLine valued;
  private final Map<Parameter, BigDecimal> base = new EnumMap<>(Parameter.class);
  private final List<BigDecimal> risingDeadweights;
  private final List<BigDecimal> discountFactors;

  LineModel(ValuedLine valued) {
    this.valued = valued;
    OutcomeLine line = valued.line();
    base.put(Parameter.QUANTITY, line.quantity().amount());
    base.put(Parameter.PROXY, Amounts.decimal(valued.proxyInPriceBase()));
    base.put(Parameter.DEADWEIGHT, line.deadweightUsed(1));
    base.put(Parameter.DISPLACEMENT, line.displacementUsed());
    base.put(Parameter.ATTRIBUTION, line.attributionUsed());
    base.put(Parameter.DROP_OFF, line.dropOffUsed());
    this.risingDeadweights = isRising() ? line.risingDeadweights() : List.of();
    this.discountFactors = valued.years().stream().map(YearValue::discountFactor).collect(Collectors.toList());
  }

  ValuedLine valued() {
    return valued;
  }

  String id() {
    return valued.line().id();
  }

  boolean isRising() {
    return valued.line().deadweightModel() == DeadweightModel.RISING_DEADWEIGHT;
  }

  /** @return true when the parameter is an input of this line's model */
  boolean applies(Parameter parameter) {
    return !isRising() || (parameter != Parameter.DEADWEIGHT && parameter != Parameter.DROP_OFF);
  }

  /** @return the base value; the proxy restated to the price base */
  BigDecimal base(Parameter parameter) {
    return base.get(parameter);
  }

  /** @return the base value as the user states it: the proxy in its own price year */
  BigDecimal stated(Parameter parameter) {
    return parameter == Parameter.PROXY ? Amounts.decimal(valued.line().proxyUsed().amount()) : base(parameter);
  }

  /** @return the price factor that restates a stated proxy to the price base */
  BigDecimal priceFactor() {
    return valued.priceFactor();
  }

  /**
   * @param parameter the varied input
   * @param value its value (a proxy restated to the price base)
   * @return the line's present value with that one input changed
   */
  BigDecimal presentValueWith(Parameter parameter, BigDecimal value) {
    return presentValueWith(Map.of(parameter, value));
  }

  /**
   * @param overrides the varied inputs and their values (a proxy restated to the price base); inputs not
   *     named keep their base values
   * @return the line's present value with those inputs changed at once
   */
  BigDecimal presentValueWith(Map<Parameter, BigDecimal> overrides) {
    Map<Parameter, BigDecimal> in = new EnumMap<>(base);
    in.putAll(overrides);
    BigDecimal start = in.get(Parameter.QUANTITY).multiply(in.get(Parameter.PROXY))
        .multiply(BigDecimal.ONE.subtract(in.get(Parameter.DISPLACEMENT)))
        .multiply(BigDecimal.ONE.subtract(in.get(Parameter.ATTRIBUTION)));
    BigDecimal keep = BigDecimal.ONE.subtract(in.get(Parameter.DROP_OFF));
    BigDecimal decay = BigDecimal.ONE;
    BigDecimal pv = BigDecimal.ZERO;
    for (int t = 0; t < discountFactors.size(); t++) {
      if (t > 0) {
        decay = decay.multiply(keep, MC);
      }
      BigDecimal deadweight = isRising() ? risingDeadweights.get(t) : in.get(Parameter.DEADWEIGHT);
      BigDecimal impact = start.multiply(BigDecimal.ONE.subtract(deadweight)).multiply(decay);
      pv = pv.add(impact.multiply(discountFactors.get(t)));
    }
    return pv;
  }

  /** @return the discount factors of the outcome years, as doubles, for sampling */
  double[] discountFactorsAsDoubles() {
    return discountFactors.stream().mapToDouble(BigDecimal::doubleValue).toArray();
  }

  /** @return the deadweight of each outcome year, as doubles, for sampling */
  double[] deadweightsAsDoubles() {
    double[] d = new double[discountFactors.size()];
    for (int t = 0; t < d.length; t++) {
      d[t] = (isRising() ? risingDeadweights.get(t) : base(Parameter.DEADWEIGHT)).doubleValue();
    }
    return d;
  }
}
