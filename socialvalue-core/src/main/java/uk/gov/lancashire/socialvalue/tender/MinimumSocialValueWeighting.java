package uk.gov.lancashire.socialvalue.tender;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import uk.gov.lancashire.socialvalue.basics.Args;
import uk.gov.lancashire.socialvalue.basics.Problems;
import uk.gov.lancashire.socialvalue.basics.SocialValueStyle;

/**
 * A policy's minimum social value weighting, held as data with its source and the dates it applies
 * between, so that a later policy note replaces it by date without a code change.
 *
 * <p>Example: PPN 002 (Cabinet Office, February 2025; mandatory for in-scope central government bodies
 * from 1 October 2025, which councils may adopt) requires at least 10% of the score on social value; where
 * price per quality point is used, 10% of the quality score (research note §1.7: the second wording is
 * confirmed in secondary sources only). Here both read as {@link #minimumPercent()} of the points the
 * scheme's criteria share out: 100 points of total score under the weighted sum, 100 quality points under
 * price per quality point; {@link WeightingCheck#basis()} records which was used.
 *
 * <p>Choosing the policy in force: {@link #inForceOn} takes, among the policies whose period contains the
 * procurement's commencement date, the one that took effect last, so a successor listed with its own
 * start date supersedes its predecessor from that date on.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SocialValueStyle
public abstract class MinimumSocialValueWeighting implements WithMinimumSocialValueWeighting {

  MinimumSocialValueWeighting() {}

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return a stable id, e.g. {@code ppn-002} */
  public abstract String id();

  /** @return the title, e.g. "PPN 002: Taking account of social value in the award of contracts" */
  public abstract String title();

  /** @return where the rule comes from (a URL or citation) */
  public abstract String source();

  /** @return the first day procurements commenced on are subject to it */
  public abstract LocalDate effectiveFrom();

  /** @return the last day, if it has an end */
  public abstract Optional<LocalDate> effectiveTo();

  /** @return the least social value weighting, in percent of the points shared out, e.g. 10 */
  public abstract BigDecimal minimumPercent();

  /**
   * @param date a procurement's commencement date
   * @return true when the policy applies to procurements commenced on that date
   */
  public boolean isInForceOn(LocalDate date) {
    return !date.isBefore(effectiveFrom()) && effectiveTo().map(to -> !date.isAfter(to)).orElse(true);
  }

  /**
   * @param policies the policies known, in any order
   * @param commenced the procurement's commencement date
   * @return the policy in force on that date that took effect last (ties broken by id), if any
   */
  public static Optional<MinimumSocialValueWeighting> inForceOn(List<MinimumSocialValueWeighting> policies,
      LocalDate commenced) {
    return policies.stream().filter(p -> p.isInForceOn(commenced))
        .max(Comparator.comparing(MinimumSocialValueWeighting::effectiveFrom)
            .thenComparing(MinimumSocialValueWeighting::id, Comparator.reverseOrder()));
  }

  /**
   * Checks a scheme's social value weighting against this policy.
   *
   * @param scheme the evaluation scheme
   * @return the check, with the basis used, the points required and the points the scheme gives
   */
  public WeightingCheck check(EvaluationScheme scheme) {
    String basis = scheme.awardMethod() == AwardMethod.WEIGHTED_SUM
        ? "total score (weighted sum, 100 points)" : "quality score (price per quality point, 100 quality points)";
    BigDecimal shared = scheme.criteria().stream().map(Criterion::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal required = minimumPercent().multiply(shared).divide(BigDecimal.valueOf(100));
    BigDecimal actual = scheme.socialValueWeight();
    return new WeightingCheck(id(), source(), basis, required, actual, actual.compareTo(required) >= 0);
  }

  @Value.Check
  void check() {
    Args.bounded(minimumPercent(), "minimumPercent");
    Problems problems = new Problems();
    problems.check(!id().isBlank(), "id", "must not be blank");
    problems.check(!source().isBlank(), "source", "must not be blank: a policy rule names its source");
    problems.check(minimumPercent().signum() >= 0 && minimumPercent().compareTo(BigDecimal.valueOf(100)) <= 0,
        "minimumPercent", "must be between 0 and 100, was " + minimumPercent().toPlainString());
    effectiveTo().ifPresent(to -> problems.check(!to.isBefore(effectiveFrom()), "effectiveTo",
        "must not be before effectiveFrom (" + effectiveFrom() + "), was " + to));
    problems.throwIfAny();
  }

  /** Builds a {@link MinimumSocialValueWeighting}. */
  public static final class Builder extends ImmutableMinimumSocialValueWeighting.Builder {
    Builder() {}
  }
}
