package uk.gov.lancashire.socialvalue.sensitivity;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import uk.gov.lancashire.socialvalue.basics.Amounts;
import uk.gov.lancashire.socialvalue.valuation.Valuation;
import uk.gov.lancashire.socialvalue.valuation.ValuationResult;
import uk.gov.lancashire.socialvalue.valuation.ValuedLine;

/**
 * Switching values: for each outcome line and each of its inputs, the value that brings the SROI ratio
 * (PV ÷ investment) to exactly 1:1, everything else unchanged.
 *
 * <p><b>Closed forms.</b> The line's PV is linear in its quantity, its proxy and each of {@code 1 −
 * deadweight}, {@code 1 − displacement}, {@code 1 − attribution}: {@code PV_line = A × g}. With
 * {@code T = investment − PV of the other lines}, the switching value is {@code g* = T ÷ A}; a
 * fraction's switching value {@code 1 − g*} must lie in [0, 1], otherwise the result is {@link
 * SwitchingValue.Status#NO_VALUE_REACHES_ONE_TO_ONE} with the out-of-range value in its note.
 *
 * <p><b>Drop-off.</b> The PV is a polynomial in the drop-off, monotone on [0, 1], so the value is
 * found by bisection on {@link BigDecimal}s at {@link Valuation#MATH_CONTEXT}, until the ratio is
 * within {@link #RATIO_TOLERANCE} of 1 (or {@value #MAX_HALVINGS} halvings). When neither end of [0, 1]
 * brackets the target, no drop-off reaches 1:1.
 *
 * <p>The investment must be positive.
 */
public final class SwitchingValues {

  /** How close to 1 the ratio is at a searched switching value: {@code |ratio − 1| ≤ 1e-12}. */
  public static final BigDecimal RATIO_TOLERANCE = new BigDecimal("1e-12");

  /** The most halvings of the drop-off search. */
  public static final int MAX_HALVINGS = 200;

  private static final MathContext MC = Valuation.MATH_CONTEXT;
  private static final BigDecimal TWO = BigDecimal.valueOf(2);

  private SwitchingValues() {}

  /**
   * @param result a valuation result with a positive investment
   * @return every line's switching value for each {@link Parameter}, line by line
   */
  public static List<SwitchingValue> of(ValuationResult result) {
    BigDecimal investment = Sensitivity.positiveInvestment(result);
    List<SwitchingValue> values = new ArrayList<>();
    for (ValuedLine line : result.lines()) {
      LineModel model = new LineModel(line);
      BigDecimal target = investment.subtract(Amounts.decimal(result.presentValue()).subtract(Amounts.decimal(line.presentValue())));
      for (Parameter parameter : Parameter.values()) {
        values.add(switching(model, parameter, target, investment));
      }
    }
    return List.copyOf(values);
  }

  private static SwitchingValue switching(LineModel model, Parameter p, BigDecimal target, BigDecimal investment) {
    BigDecimal current = model.stated(p);
    if (!model.applies(p)) {
      return SwitchingValue.none(model.id(), p, current, SwitchingValue.Status.NOT_APPLICABLE,
          "the rising-deadweight model has no " + (p == Parameter.DROP_OFF ? "drop-off" : "constant deadweight"));
    }
    if (p == Parameter.DROP_OFF) {
      return dropOff(model, target, investment);
    }
    BigDecimal neutral = p.isFraction() ? BigDecimal.ZERO : BigDecimal.ONE;
    BigDecimal slope = model.presentValueWith(p, neutral);
    if (slope.signum() == 0) {
      return SwitchingValue.none(model.id(), p, current, SwitchingValue.Status.NO_VALUE_REACHES_ONE_TO_ONE,
          "the line's value does not depend on " + name(p) + " (its other factors make it zero)");
    }
    BigDecimal g = target.divide(slope, MC);
    if (!p.isFraction()) {
      BigDecimal value = p == Parameter.PROXY ? g.divide(model.priceFactor(), MC) : g;
      return SwitchingValue.found(model.id(), p, current, value,
          "closed form: (investment − PV of other lines) ÷ PV per unit of " + name(p));
    }
    BigDecimal value = BigDecimal.ONE.subtract(g);
    if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
      return SwitchingValue.none(model.id(), p, current, SwitchingValue.Status.NO_VALUE_REACHES_ONE_TO_ONE,
          "would need " + name(p) + " " + value.toPlainString() + ", outside [0, 1]");
    }
    return SwitchingValue.found(model.id(), p, current, value, "closed form: 1 − (investment − PV of other lines) ÷ PV at "
        + name(p) + " 0");
  }

  private static SwitchingValue dropOff(LineModel model, BigDecimal target, BigDecimal investment) {
    BigDecimal current = model.stated(Parameter.DROP_OFF);
    BigDecimal atZero = model.presentValueWith(Parameter.DROP_OFF, BigDecimal.ZERO).subtract(target);
    BigDecimal atOne = model.presentValueWith(Parameter.DROP_OFF, BigDecimal.ONE).subtract(target);
    if (atZero.signum() == 0) {
      return SwitchingValue.found(model.id(), Parameter.DROP_OFF, current, BigDecimal.ZERO, "exact at drop-off 0");
    }
    if (atZero.signum() == atOne.signum()) {
      return SwitchingValue.none(model.id(), Parameter.DROP_OFF, current,
          SwitchingValue.Status.NO_VALUE_REACHES_ONE_TO_ONE,
          "no drop-off in [0, 1] reaches 1:1: the ratio stays on one side of 1 between drop-off 0 and 1");
    }
    BigDecimal lo = BigDecimal.ZERO;
    BigDecimal hi = BigDecimal.ONE;
    BigDecimal mid = lo;
    BigDecimal tolerance = RATIO_TOLERANCE.multiply(investment, MC);
    int halvings = 0;
    while (halvings < MAX_HALVINGS) {
      halvings++;
      mid = lo.add(hi).divide(TWO, MC);
      BigDecimal gap = model.presentValueWith(Parameter.DROP_OFF, mid).subtract(target);
      if (gap.abs().compareTo(tolerance) <= 0) {
        break;
      }
      if (gap.signum() == atZero.signum()) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return SwitchingValue.found(model.id(), Parameter.DROP_OFF, current, mid,
        "bisection, " + halvings + " halvings, |ratio − 1| ≤ " + RATIO_TOLERANCE.toPlainString());
  }

  private static String name(Parameter p) {
    return p.name().toLowerCase().replace('_', '-');
  }
}
