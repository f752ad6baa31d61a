package uk.gov.lancashire.socialvalue.needs;

import java.math.BigDecimal;
import org.immutables.value.Value;
import uk.gov.lancashire.socialvalue.basics.Args;
import uk.gov.lancashire.socialvalue.basics.Problems;
import uk.gov.lancashire.socialvalue.basics.SocialValueStyle;

/**
 * The range an {@link Indicator}'s values can take, such as 0 to 100 for a percentage of people: the
 * yardstick a {@link Gap} is measured against, so that the gap does not depend on how the indicator is
 * framed.
 *
 * <p><b>Why the range and not the desired value.</b> A rate and its complement state one fact:
 * "employment 71% against a desired 78%" is "non-employment 29% against a desired 22%". Divided by the
 * desired value the two framings give different gaps ({@code 7 ÷ 78 = 0.0897} against {@code 7 ÷ 22 =
 * 0.318}), so the ranking of needs would depend on a drafting choice. Divided by the width of the
 * range both give {@code 7 ÷ 100 = 0.07}: stating the complement maps the range [0, 100] onto itself,
 * and re-scaling (percent to fraction) scales shortfall and width alike. The same choice is the
 * "distance to target over the range of the scale" normalisation used for composite indicators (OECD/JRC,
 * <i>Handbook on Constructing Composite Indicators</i>, 2008, §5 normalisation, re-scaling).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SocialValueStyle
public abstract class IndicatorScale implements WithIndicatorScale {

  IndicatorScale() {}

  /**
   * @param lowest the lowest value the indicator can take, e.g. 0
   * @param highest the highest value, above {@code lowest}, e.g. 100
   * @return the scale
   */
  public static IndicatorScale of(BigDecimal lowest, BigDecimal highest) {
    return new Builder().lowest(lowest).highest(highest).build();
  }

  /**
   * @param lowest the lowest value as decimal text
   * @param highest the highest value as decimal text
   * @return the scale
   */
  public static IndicatorScale of(String lowest, String highest) {
    return of(Args.decimal(lowest, "lowest"), Args.decimal(highest, "highest"));
  }

  /** @return the lowest value the indicator can take */
  public abstract BigDecimal lowest();

  /** @return the highest value the indicator can take */
  public abstract BigDecimal highest();

  /** @return {@code highest − lowest}, positive and exact */
  public BigDecimal width() {
    return highest().subtract(lowest());
  }

  /**
   * @param value a value in the indicator's unit
   * @return true when the value lies in [lowest, highest]
   */
  public boolean contains(BigDecimal value) {
    return value.compareTo(lowest()) >= 0 && value.compareTo(highest()) <= 0;
  }

  @Value.Check
  void check() {
    Args.bounded(lowest(), "lowest");
    Args.bounded(highest(), "highest");
    Problems problems = new Problems();
    problems.check(highest().compareTo(lowest()) > 0, "highest", "must be above lowest ("
        + lowest().toPlainString() + "), was " + highest().toPlainString());
    problems.throwIfAny();
  }

  /** Builds an {@link IndicatorScale}. */
  public static final class Builder extends ImmutableIndicatorScale.Builder {
    Builder() {}
  }
}
