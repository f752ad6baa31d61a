package uk.gov.lancashire.socialvalue.tender;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.immutables.value.Value;
import uk.gov.lancashire.socialvalue.basics.Args;
import uk.gov.lancashire.socialvalue.basics.ProblemPath;
import uk.gov.lancashire.socialvalue.basics.Problems;
import uk.gov.lancashire.socialvalue.basics.SocialValueStyle;

/**
 * One bidder's tender: the price, the social value commitments per measure and contract year, the
 * marks its qualitative answers received (levels 1–5 or marks, keyed by criterion id) and an optional
 * reference to its social value delivery plan.
 *
 * <p>A bid is not checked against a scheme when built; {@link TenderEvaluator} does that and reports
 * every problem at once. A zero or negative price is accepted here and flagged at evaluation.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SocialValueStyle
public abstract class Bid implements WithBid {

  Bid() {}

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the bidder's id, unique within a tender */
  public abstract String bidder();

  /** @return the price for the whole contract term */
  public abstract MonetaryAmount price();

  /** @return the social value commitments */
  public abstract List<Commitment> commitments();

  /** @return the marks awarded to qualitative answers, by criterion id */
  public abstract Map<String, BigDecimal> answers();

  /** @return a reference to the bidder's social value delivery plan, if given */
  public abstract Optional<String> deliveryPlan();

  @Value.Check
  void check() {
    answers().forEach((id, mark) -> Args.bounded(mark, ProblemPath.of("answers").key(id)));
    Problems problems = new Problems();
    problems.check(!bidder().isBlank(), "bidder", "must not be blank");
    problems.throwIfAny();
  }

  /** Builds a {@link Bid}. */
  public static final class Builder extends ImmutableBid.Builder {
    Builder() {}
  }
}
