package uk.gov.lancashire.socialvalue.tender;

import javax.money.CurrencyUnit;
import org.immutables.value.Value;
import uk.gov.lancashire.socialvalue.basics.Problems;
import uk.gov.lancashire.socialvalue.basics.SocialValueStyle;
import uk.gov.lancashire.socialvalue.framework.Adjustments;

/**
 * A procurement being evaluated: its term in years, currency, evaluation scheme and the proxy edition
 * pinned at tender time ({@code id@version}, see
 * {@link uk.gov.lancashire.socialvalue.framework.ProxyEdition#reference()}). Every commitment in the tender
 * and in the contract that follows is valued with that edition; it is never silently re-valued.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SocialValueStyle
public abstract class Tender implements WithTender {

  Tender() {}

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the tender's id */
  public abstract String id();

  /** @return the title */
  public abstract String title();

  /** @return the contract term in years, at least 1 */
  public abstract int termYears();

  /** @return the currency of prices and values */
  public abstract CurrencyUnit currency();

  /** @return the evaluation scheme */
  public abstract EvaluationScheme scheme();

  /** @return the reference of the proxy edition pinned at tender time, {@code id@version} */
  public abstract String editionReference();

  @Value.Check
  void check() {
    Problems problems = new Problems();
    problems.check(!id().isBlank(), "id", "must not be blank");
    problems.check(termYears() >= 1 && termYears() <= Adjustments.MAX_DURATION_YEARS, "termYears",
        "must be from 1 to " + Adjustments.MAX_DURATION_YEARS + " years, was " + termYears());
    problems.check(!editionReference().isBlank(), "editionReference", "must not be blank");
    problems.throwIfAny();
  }

  /** Builds a {@link Tender}. */
  public static final class Builder extends ImmutableTender.Builder {
    Builder() {}
  }
}
