package uk.gov.lancashire.socialvalue.tender;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import uk.gov.lancashire.socialvalue.basics.Args;
import uk.gov.lancashire.socialvalue.basics.Explanation;
import uk.gov.lancashire.socialvalue.basics.ValidationException;

/**
 * A bid's exact score on one criterion, with the explanation of how it was reached: an {@link
 * Explanation} whose title is the working in one line, such as {@code 10 × offer 40000 ÷ best offer 50000 =
 * 8}, and whose entries are the figures it used (the method, the weight, the bid's and the best figure,
 * the band or mark, the exact score), the same structure valuations and delivery figures give.
 *
 * <p>The score is exact and lies in [0, weight]. {@link #displayed()} rounds it for presentation to two
 * decimal places half up, as public award formulas do (10.385 shows as 10.39; Java's default half-even
 * would show 10.38).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param criterion the criterion
 * @param score the exact score, in [0, the criterion's weight]
 * @param explanation how the score was reached: the working as its title, the figures as its entries
 */
public record CriterionScore(Criterion criterion, BigDecimal score, Explanation explanation) {

  /**
   * Checks every component is present and the score lies in [0, the criterion's weight].
   *
   * @param criterion the criterion
   * @param score the exact score
   * @param explanation how the score was reached
   * @throws ValidationException when the score is negative or above the weight
   */
  public CriterionScore {
    Objects.requireNonNull(criterion, "criterion");
    Args.bounded(score, "score");
    Objects.requireNonNull(explanation, "explanation");
    if (score.signum() < 0 || score.compareTo(criterion.weight()) > 0) {
      throw ValidationException.of("score", "must lie between 0 and the weight " + criterion.weight().toPlainString()
          + " of criterion '" + criterion.id() + "', was " + score.toPlainString());
    }
  }

  static CriterionScore of(Criterion criterion, BigDecimal score, Explanation explanation) {
    return new CriterionScore(criterion, score, explanation);
  }

  /** @return the score rounded to 2 decimal places, half up */
  public BigDecimal displayed() {
    return displayed(2, RoundingMode.HALF_UP);
  }

  /**
   * @param scale decimal places, 0 to {@link Args#MAX_DIGITS}
   * @param mode the rounding mode; {@link RoundingMode#UNNECESSARY} only when no rounding is needed
   * @return the score rounded for display
   * @throws ValidationException when the scale or mode is refused
   */
  public BigDecimal displayed(int scale, RoundingMode mode) {
    return Args.displayScale(score, scale, mode);
  }

  /** @return {@code id: score (the explanation's title)} */
  @Override
  public String toString() {
    return criterion.id() + ": " + displayed().toPlainString() + " (" + explanation.title() + ")";
  }
}
