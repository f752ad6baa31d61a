package uk.gov.lancashire.socialvalue.valuation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import uk.gov.lancashire.socialvalue.basics.Args;
import uk.gov.lancashire.socialvalue.basics.ValidationException;

/**
 * A labelled return ratio such as "SROI ratio (PV ÷ investment)" or "net SROI ratio (NPV ÷
 * investment)". The two are routinely confused, so each ratio carries its label and is printed with
 * it: {@code 4.52 : 1}.
 *
 * <p>The value is exact at the valuation's precision; {@link #toText(int, RoundingMode)} rounds it for
 * presentation only, with the mode the caller names.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param label what the ratio is, e.g. {@code SROI ratio (PV ÷ investment)}
 * @param value its exact value: £ of value per £1
 */
public record Ratio(String label, BigDecimal value) {

  /**
   * Checks the label is present and the value bounded ({@link Args#bounded}).
   *
   * @param label what the ratio is, e.g. {@code SROI ratio (PV ÷ investment)}
   * @param value its exact value: £ of value per £1
   */
  public Ratio {
    Objects.requireNonNull(label, "label");
    Args.bounded(value, "value");
  }

  /**
   * @param label what the ratio is, e.g. {@code SROI ratio (PV ÷ investment)}
   * @param value its exact value
   * @return the ratio
   */
  public static Ratio of(String label, BigDecimal value) {
    return new Ratio(label, value);
  }

  /**
   * @param scale decimal places to show
   * @param mode how to round
   * @return e.g. {@code 4.52 : 1}
   * @throws ValidationException when the scale is outside 0 to {@link Args#MAX_DIGITS}, or the mode is
   *     {@link RoundingMode#UNNECESSARY} and the value has more decimal places than the scale
   */
  public String toText(int scale, RoundingMode mode) {
    return Args.displayScale(value, scale, mode).toPlainString() + " : 1";
  }

  /** @return the label and the exact value */
  @Override
  public String toString() {
    return label + " = " + value.toPlainString();
  }
}
