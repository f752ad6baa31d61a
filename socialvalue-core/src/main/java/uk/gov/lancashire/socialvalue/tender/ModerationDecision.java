package uk.gov.lancashire.socialvalue.tender;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import uk.gov.lancashire.socialvalue.basics.Args;
import uk.gov.lancashire.socialvalue.basics.Problems;
import uk.gov.lancashire.socialvalue.basics.SocialValueStyle;
import uk.gov.lancashire.socialvalue.framework.MeasureCode;

/**
 * The evaluation panel's recorded decision on one commitment of one bid after clarification: accepted as
 * offered, accepted at a moderated quantity, or rejected, with who decided, when and why. Scores come
 * from the accepted quantities (see {@link TenderEvaluator}).
 *
 * <p>The commitment is named as a panel names it, by bidder, measure and contract year; the evaluator
 * reports a decision that matches no commitment, or more than one, or a second decision on the same
 * commitment. A moderated quantity lies between zero and the quantity offered (same sign, no larger):
 * moderation accepts less than was offered, never more. Recording the reason is what lets the council
 * defend the score in a challenge: evaluators clarify and moderate before scores are final, and keep the
 * record (Cabinet Office, <i>Bid Evaluation Guidance Note</i>, May 2021, §9.2–9.3), and each bidder's
 * assessment summary explains its scores (Procurement Act 2023 s.50; Procurement Regulations 2024
 * reg. 31).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SocialValueStyle
public abstract class ModerationDecision implements WithModerationDecision {

  ModerationDecision() {}

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the bidder whose commitment was decided */
  public abstract String bidder();

  /** @return the measure of the commitment */
  public abstract MeasureCode measure();

  /** @return the contract year of the commitment */
  public abstract int year();

  /** @return what was decided */
  public abstract ModerationOutcome outcome();

  /** @return the quantity accepted, for {@link ModerationOutcome#ACCEPTED_AT_QUANTITY} only */
  public abstract Optional<BigDecimal> moderatedQuantity();

  /** @return who decided (the panel, or its chair) */
  public abstract String decidedBy();

  /** @return when */
  public abstract LocalDate decidedOn();

  /** @return why, in words that can go into the bidder's assessment summary */
  public abstract String reason();

  /**
   * @param offered the quantity the bidder offered
   * @return the quantity this decision accepts: the offer, the moderated quantity, or zero
   */
  public BigDecimal acceptedQuantity(BigDecimal offered) {
    switch (outcome()) {
      case ACCEPTED_AS_OFFERED:
        return offered;
      case ACCEPTED_AT_QUANTITY:
        return moderatedQuantity().orElseThrow();
      default:
        return BigDecimal.ZERO;
    }
  }

  /** @return e.g. {@code NT1 year 2: accepted at 10 by panel on 2025-06-03 (reason)} */
  @Override
  public String toString() {
    String what = outcome() == ModerationOutcome.ACCEPTED_AS_OFFERED ? "accepted as offered"
        : outcome() == ModerationOutcome.REJECTED ? "rejected"
        : "accepted at " + moderatedQuantity().orElseThrow().stripTrailingZeros().toPlainString();
    return measure() + " year " + year() + ": " + what + " by " + decidedBy() + " on " + decidedOn()
        + " (" + reason() + ")";
  }

  @Value.Check
  void check() {
    moderatedQuantity().ifPresent(q -> Args.bounded(q, "moderatedQuantity"));
    Problems problems = new Problems();
    problems.check(!bidder().isBlank(), "bidder", "must not be blank");
    problems.check(year() >= 1, "year", "must be at least 1, was " + year());
    problems.check(!decidedBy().isBlank(), "decidedBy", "must not be blank: a decision records who made it");
    problems.check(!reason().isBlank(), "reason", "must not be blank: a decision records why");
    if (outcome() == ModerationOutcome.ACCEPTED_AT_QUANTITY) {
      problems.check(moderatedQuantity().isPresent(), "moderatedQuantity",
          "an ACCEPTED_AT_QUANTITY decision states the quantity accepted");
    } else {
      problems.check(moderatedQuantity().isEmpty(), "moderatedQuantity",
          "only an ACCEPTED_AT_QUANTITY decision states a quantity");
    }
    problems.throwIfAny();
  }

  /** Builds a {@link ModerationDecision}. */
  public static final class Builder extends ImmutableModerationDecision.Builder {
    Builder() {}
  }
}
