package uk.gov.lancashire.socialvalue.tender;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;
import uk.gov.lancashire.socialvalue.basics.Args;
import uk.gov.lancashire.socialvalue.basics.Problems;
import uk.gov.lancashire.socialvalue.basics.SocialValueStyle;

/**
 * The configurable thresholds of the credibility checks that {@link TenderEvaluator} reports as
 * {@link CredibilityFlag}s. Flags ask for clarification; they never exclude a bid.
 *
 * <p>The thresholds are scheme data: declare them with the scheme before bids are opened. Their defaults
 * and where they come from:
 *
 * <ul>
 *   <li>{@link #svPercentCeiling()}: 25%. No published council rule caps a social value offer as a share
 *       of the contract value (none was found in council guidance or the Social Value Portal's
 *       material; research note §3, open question 9), so the default is this library's screening
 *       judgement, not a rule: an offer above a quarter of the price is worth a clarification question.
 *       The previous default, 100%, let offers worth the whole contract through without a question.
 *       A flag only asks; it never lowers a score by itself.
 *   <li>{@link #minimumAnnualCostPerFte()}: none, so the employment check is off until set, because a
 *       plausible cost of a job depends on the contract, the region and the currency. A floor that cannot
 *       be argued with is the statutory minimum: at the National Living Wage from 1 April 2025 (£12.21 an
 *       hour, gov.uk "National Minimum Wage and National Living Wage rates"), 37.5 hours a week for 52
 *       weeks is £23,809.50 a year before employer costs.
 * </ul>
 *
 * <p><b>Counting people for the employment check.</b> Only commitments that are scored count (not
 * those beyond the term or off the shortlist), and no person is counted twice:
 * the same person may be claimed under local employment and under one disadvantaged-group measure
 * (council guidance, e.g. Torbay's TOMs do's and don'ts), so the FTE a year implies is the largest of
 * (a) each employment measure on its own and (b) the sum over each {@link
 * uk.gov.lancashire.socialvalue.framework.CountingRules#exclusiveGroup() exclusive group}, whose members
 * are different people by definition. That is the fewest people who could deliver the commitments.
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

  /** @return the SV% above which a bid is flagged; 25 by default (a screening judgement, see above) */
  @Value.Default
  public BigDecimal svPercentCeiling() {
    return BigDecimal.valueOf(25);
  }

  /**
   * @return the least a full-time equivalent can cost a year, in the tender's currency: a bid
   *     committing more FTE in a contract year than its annual price could pay for is flagged
   */
  public abstract Optional<BigDecimal> minimumAnnualCostPerFte();

  @Value.Check
  void check() {
    Args.bounded(svPercentCeiling(), "svPercentCeiling");
    minimumAnnualCostPerFte().ifPresent(c -> Args.bounded(c, "minimumAnnualCostPerFte"));
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
