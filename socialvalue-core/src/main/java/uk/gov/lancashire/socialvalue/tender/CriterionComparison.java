package uk.gov.lancashire.socialvalue.tender;

import java.math.BigDecimal;
import java.util.Objects;
import uk.gov.lancashire.socialvalue.basics.Explanation;

/**
 * One line of an {@link AssessmentSummary}: a bid's exact score on one award criterion beside the
 * winning bid's, each with the reason (how the score was reached, as the {@link CriterionScore#explanation()
 * score's explanation}).
 *
 * @param criterion the criterion: its title, weight and how it is scored
 * @param score the bid's exact score, in [0, weight]
 * @param reason how the bid's score was reached
 * @param winnerScore the winning bid's exact score
 * @param winnerReason how the winning bid's score was reached
 */
public record CriterionComparison(Criterion criterion, BigDecimal score, Explanation reason, BigDecimal winnerScore,
    Explanation winnerReason) {

  /**
   * Checks the components are present.
   *
   * @param criterion the criterion: its title, weight and how it is scored
   * @param score the bid's exact score, in [0, weight]
   * @param reason how the bid's score was reached
   * @param winnerScore the winning bid's exact score
   * @param winnerReason how the winning bid's score was reached
   */
  public CriterionComparison {
    Objects.requireNonNull(criterion, "criterion");
    Objects.requireNonNull(score, "score");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(winnerScore, "winnerScore");
    Objects.requireNonNull(winnerReason, "winnerReason");
  }

  /** @return the winner's score minus this bid's, exact (zero for the winner itself) */
  public BigDecimal difference() {
    return winnerScore.subtract(score);
  }
}
