package uk.gov.lancashire.socialvalue.performance;

import java.math.BigDecimal;
import java.util.Objects;
import uk.gov.lancashire.socialvalue.basics.Args;
import uk.gov.lancashire.socialvalue.basics.Problems;

/**
 * The thresholds a council declares for rating a KPI, as percent of target achieved: {@link Rating#GOOD}
 * at or above {@link #good()} (meeting or exceeding the target is 100), {@link Rating#APPROACHING_TARGET}
 * at or above {@link #approaching()}, {@link Rating#REQUIRES_IMPROVEMENT} at or above
 * {@link #requiresImprovement()}, {@link Rating#INADEQUATE} below. The Procurement Regulations 2024
 * (reg 39(5)) name the ratings but no numbers: the numbers are the council's, declared with the KPI and
 * recorded with every assessment; {@link #illustrative()} is this SDK's example, not a standard.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param good percent of target from which the rating is Good
 * @param approaching percent from which it is Approaching target, not above {@code good}
 * @param requiresImprovement percent from which it is Requires improvement, not above {@code approaching}
 * @param source where the thresholds come from (a council policy, a contract schedule)
 */
public record RatingThresholds(BigDecimal good, BigDecimal approaching, BigDecimal requiresImprovement, String source) {

  /**
   * Checks the thresholds are ordered and not negative.
   *
   * @param good see the record description
   * @param approaching see the record description
   * @param requiresImprovement see the record description
   * @param source see the record description
   */
  public RatingThresholds {
    Objects.requireNonNull(good, "good");
    Objects.requireNonNull(approaching, "approaching");
    Objects.requireNonNull(requiresImprovement, "requiresImprovement");
    Objects.requireNonNull(source, "source");
    Problems bounds = new Problems();
    bounds.attempt("", () -> Args.bounded(good, "good"));
    bounds.attempt("", () -> Args.bounded(approaching, "approaching"));
    bounds.attempt("", () -> Args.bounded(requiresImprovement, "requiresImprovement"));
    bounds.throwIfAny();
    Problems problems = new Problems();
    problems.check(requiresImprovement.signum() >= 0, "requiresImprovement", "must not be negative, was "
        + requiresImprovement.toPlainString());
    problems.check(approaching.compareTo(requiresImprovement) >= 0, "approaching",
        "must not be below requiresImprovement (" + requiresImprovement.toPlainString() + "), was " + approaching.toPlainString());
    problems.check(good.compareTo(approaching) >= 0, "good",
        "must not be below approaching (" + approaching.toPlainString() + "), was " + good.toPlainString());
    problems.check(!source.isBlank(), "source", "must not be blank");
    problems.throwIfAny();
  }

  /** @return Good from 100%, Approaching target from 90%, Requires improvement from 70% (illustrative) */
  public static RatingThresholds illustrative() {
    return new RatingThresholds(BigDecimal.valueOf(100), BigDecimal.valueOf(90), BigDecimal.valueOf(70),
        "ILLUSTRATIVE: socialvalue SDK example thresholds, not a published standard");
  }

  /**
   * @param percentOfTarget percent of target achieved
   * @return its rating; never {@link Rating#OTHER}, which only an officer's judgement gives
   */
  public Rating rate(BigDecimal percentOfTarget) {
    Args.bounded(percentOfTarget, "percentOfTarget");
    if (percentOfTarget.compareTo(good) >= 0) {
      return Rating.GOOD;
    }
    if (percentOfTarget.compareTo(approaching) >= 0) {
      return Rating.APPROACHING_TARGET;
    }
    return percentOfTarget.compareTo(requiresImprovement) >= 0 ? Rating.REQUIRES_IMPROVEMENT : Rating.INADEQUATE;
  }
}
