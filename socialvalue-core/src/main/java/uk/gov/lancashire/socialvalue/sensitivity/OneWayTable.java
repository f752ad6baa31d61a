package uk.gov.lancashire.socialvalue.sensitivity;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import uk.gov.lancashire.socialvalue.basics.Amounts;
import uk.gov.lancashire.socialvalue.basics.Args;
import uk.gov.lancashire.socialvalue.basics.ValidationException;
import uk.gov.lancashire.socialvalue.valuation.Valuation;
import uk.gov.lancashire.socialvalue.valuation.ValuationResult;
import uk.gov.lancashire.socialvalue.valuation.ValuedLine;

/**
 * A one-way ± table: each input of each line moved down and up by a relative step (e.g. 10%), one at a
 * time, with the SROI ratio at each end. Fractions are kept in [0, 1]: a moved fraction is clamped,
 * and the row shows the value actually used.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param step the relative step, in (0, 1]
 * @param baseRatio the SROI ratio with no input moved
 * @param rows the rows, line by line, in {@link Parameter} order (copied)
 */
public record OneWayTable(BigDecimal step, BigDecimal baseRatio, List<Row> rows) {

  /**
   * One row: an input moved down and up. The moved values are in the input's own terms (a proxy in the
   * price base, a fraction, a quantity or a number of years), so they are plain decimals: one column holds
   * every parameter, and only the proxy is money (the stated exception to the money convention of {@link
   * uk.gov.lancashire.socialvalue.basics.Amounts}).
   *
   * <p>This class is immutable and thread-safe.
   *
   * @param lineId the id of the outcome line
   * @param parameter the input moved
   * @param low the input moved down, in the input's own terms
   * @param high the input moved up, in the input's own terms
   * @param ratioLow the SROI ratio with the input moved down
   * @param ratioHigh the SROI ratio with the input moved up
   */
  public record Row(String lineId, Parameter parameter, BigDecimal low, BigDecimal high, BigDecimal ratioLow,
      BigDecimal ratioHigh) {

    /**
     * Checks every component is present.
     *
     * @param lineId the id of the outcome line
     * @param parameter the input moved
     * @param low the input moved down
     * @param high the input moved up
     * @param ratioLow the SROI ratio with the input moved down
     * @param ratioHigh the SROI ratio with the input moved up
     */
    public Row {
      Objects.requireNonNull(lineId, "lineId");
      Objects.requireNonNull(parameter, "parameter");
      Objects.requireNonNull(low, "low");
      Objects.requireNonNull(high, "high");
      Objects.requireNonNull(ratioLow, "ratioLow");
      Objects.requireNonNull(ratioHigh, "ratioHigh");
    }
  }

  private static final MathContext MC = Valuation.MATH_CONTEXT;

  /**
   * Checks every component is present and copies the rows.
   *
   * @param step the relative step
   * @param baseRatio the SROI ratio with no input moved
   * @param rows the rows
   */
  public OneWayTable {
    Objects.requireNonNull(step, "step");
    Objects.requireNonNull(baseRatio, "baseRatio");
    rows = Args.copyOf(rows, "rows");
  }

  /**
   * @param result a valuation result with a positive investment
   * @param step the relative step, in (0, 1], e.g. {@code 0.1} for ±10%
   * @return the table, one row per line and applicable input
   */
  public static OneWayTable of(ValuationResult result, BigDecimal step) {
    if (step.signum() <= 0 || step.compareTo(BigDecimal.ONE) > 0) {
      throw ValidationException.of("step", "must be in (0, 1], was " + step.toPlainString());
    }
    BigDecimal investment = Sensitivity.positiveInvestment(result);
    List<Row> rows = new ArrayList<>();
    for (ValuedLine line : result.lines()) {
      LineModel model = new LineModel(line);
      BigDecimal others = Amounts.decimal(result.presentValue()).subtract(Amounts.decimal(line.presentValue()));
      for (Parameter p : Parameter.values()) {
        if (!model.applies(p)) {
          continue;
        }
        BigDecimal low = moved(model.base(p), BigDecimal.ONE.subtract(step), p);
        BigDecimal high = moved(model.base(p), BigDecimal.ONE.add(step), p);
        rows.add(new Row(line.line().id(), p, low, high,
            others.add(model.presentValueWith(p, low)).divide(investment, MC),
            others.add(model.presentValueWith(p, high)).divide(investment, MC)));
      }
    }
    return new OneWayTable(step, result.sroiRatio().value(), rows);
  }

  private static BigDecimal moved(BigDecimal base, BigDecimal factor, Parameter p) {
    BigDecimal value = base.multiply(factor);
    if (p.isFraction()) {
      value = value.max(BigDecimal.ZERO).min(BigDecimal.ONE);
    }
    return value;
  }
}
