package uk.gov.lancashire.socialvalue.sensitivity;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import uk.gov.lancashire.socialvalue.basics.Amounts;
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
 */
public final class OneWayTable {

  /**
   * One row: an input moved down and up.
   *
   * <p>This class is immutable and thread-safe.
   */
  public static final class Row {
    private final String lineId;
    private final Parameter parameter;
    private final BigDecimal low;
    private final BigDecimal high;
    private final BigDecimal ratioLow;
    private final BigDecimal ratioHigh;

    Row(String lineId, Parameter parameter, BigDecimal low, BigDecimal high, BigDecimal ratioLow, BigDecimal ratioHigh) {
      this.lineId = lineId;
      this.parameter = parameter;
      this.low = low;
      this.high = high;
      this.ratioLow = ratioLow;
      this.ratioHigh = ratioHigh;
    }

    /** @return the id of the outcome line */
    public String lineId() {
      return lineId;
    }

    /** @return the input moved */
    public Parameter parameter() {
      return parameter;
    }

    /** @return the input moved down (a proxy in the price base) */
    public BigDecimal low() {
      return low;
    }

    /** @return the input moved up (a proxy in the price base) */
    public BigDecimal high() {
      return high;
    }

    /** @return the SROI ratio with the input moved down */
    public BigDecimal ratioLow() {
      return ratioLow;
    }

    /** @return the SROI ratio with the input moved up */
    public BigDecimal ratioHigh() {
      return ratioHigh;
    }
  }

  private static final MathContext MC = Valuation.MATH_CONTEXT;

  private final BigDecimal step;
  private final BigDecimal baseRatio;
  private final List<Row> rows;

  private OneWayTable(BigDecimal step, BigDecimal baseRatio, List<Row> rows) {
    this.step = step;
    this.baseRatio = baseRatio;
    this.rows = List.copyOf(rows);
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

  /** @return the relative step */
  public BigDecimal step() {
    return step;
  }

  /** @return the SROI ratio with no input moved */
  public BigDecimal baseRatio() {
    return baseRatio;
  }

  /** @return the rows, line by line, in {@link Parameter} order */
  public List<Row> rows() {
    return rows;
  }
}
