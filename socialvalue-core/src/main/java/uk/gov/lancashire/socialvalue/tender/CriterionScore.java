package uk.gov.lancashire.socialvalue.tender;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A bid's exact score on one criterion, with the explanation of how it was reached, such as
 * {@code 10 × 40000 ÷ 50000 = 8}.
 *
 * <p>The score is exact and lies in [0, weight]. {@link #displayed()} rounds it for presentation to two
 * decimal places half up, as public award formulas do (10.385 shows as 10.39; Java's default half-even
 * would show 10.38).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CriterionScore {

  private final Criterion criterion;
  private final BigDecimal score;
  private final String explanation;

  private CriterionScore(Criterion criterion, BigDecimal score, String explanation) {
    this.criterion = Objects.requireNonNull(criterion, "criterion");
    this.score = Objects.requireNonNull(score, "score");
    this.explanation = Objects.requireNonNull(explanation, "explanation");
  }

  static CriterionScore of(Criterion criterion, BigDecimal score, String explanation) {
    return new CriterionScore(criterion, score, explanation);
  }

  /** @return the criterion */
  public Criterion criterion() {
    return criterion;
  }

  /** @return the exact score, in [0, the criterion's weight] */
  public BigDecimal score() {
    return score;
  }

  /** @return how the score was reached */
  public String explanation() {
    return explanation;
  }

  /** @return the score rounded to 2 decimal places, half up */
  public BigDecimal displayed() {
    return displayed(2, RoundingMode.HALF_UP);
  }

  /**
   * @param scale decimal places
   * @param mode the rounding mode
   * @return the score rounded for display
   */
  public BigDecimal displayed(int scale, RoundingMode mode) {
    return score.setScale(scale, mode);
  }

  /** @return {@code id: score (explanation)} */
  @Override
  public String toString() {
    return criterion.id() + ": " + displayed().toPlainString() + " (" + explanation + ")";
  }
}
