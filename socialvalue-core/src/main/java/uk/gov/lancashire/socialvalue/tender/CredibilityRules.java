package uk.gov.lancashire.socialvalue.tender;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;
import uk.gov.lancashire.socialvalue.basics.Problems;
import uk.gov.lancashire.socialvalue.basics.SocialValueStyle;

/**
 * The configurable thresholds of the credibility checks that {@link TenderEvaluator} reports as
 * {@link CredibilityFlag}s. Flags ask for clarification; they never exclude a bid.
 *
 * <p>Defaults: an SV% ceiling of 100 (social value above the contract value), and no employment check
 * until {@link #minimumAnnualCostPerFte()} is set, because a plausible cost of a job depends on the
 * contract and the currency.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SocialValueStyle
public abstract class CredibilityRules implements WithCredibilityRules {

  private static final CredibilityRules DEFAULTS = new Builder().build();

  CredibilityRules() {}

  /** @return the default rules */
  public static CredibilityRules defaults() {
    return DEFAULTS;
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the SV% above which a bid is flagged; 100 by default */
  @Value.Default
  public BigDecimal svPercentCeiling() {
    return BigDecimal.valueOf(100);
  }

  /**
   * @return the least a full-time equivalent can cost a year, in the tender's currency: a bid
   *     committing more FTE in a contract year than its annual price could pay for is flagged
   */
  public abstract Optional<BigDecimal> minimumAnnualCostPerFte();

  @Value.Check
  void check() {
    Problems problems = new Problems();
    problems.check(svPercentCeiling().signum() > 0, "svPercentCeiling",
        "must be positive, was " + svPercentCeiling().toPlainString());
    minimumAnnualCostPerFte().ifPresent(c -> problems.check(c.signum() > 0, "minimumAnnualCostPerFte",
        "must be positive, was " + c.toPlainString()));
    problems.throwIfAny();
  }

  /** Builds {@link CredibilityRules}. */
  public static final class Builder extends ImmutableCredibilityRules.Builder {
    Builder() {}
  }
}
