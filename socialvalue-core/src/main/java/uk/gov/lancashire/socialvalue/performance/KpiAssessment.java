package uk.gov.lancashire.socialvalue.performance;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;
import java.util.Optional;
import uk.gov.lancashire.socialvalue.basics.Args;
import uk.gov.lancashire.socialvalue.basics.Explanation;
import uk.gov.lancashire.socialvalue.basics.Problems;

/**
 * One KPI assessed for one period (Procurement Act 2023, s.71(2)): what was achieved, its percent of the
 * target, the rating the KPI's declared thresholds give, and an officer's override with its reason.
 *
 * <p>Percent of target is {@code achieved ÷ target × 100} when more is better and {@code target ÷
 * achieved × 100} when less is better (at {@link MathContext#DECIMAL128}); a less-is-better KPI achieved
 * at zero or below is Good. Without an achievement the calculated rating is {@link Rating#OTHER}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param kpi the KPI
 * @param achieved what was achieved in the period, in the KPI's unit; empty when it could not be measured
 * @param override an officer's rating in place of the calculated one
 */
public record KpiAssessment(PerformanceKpi kpi, Optional<BigDecimal> achieved, Optional<RatingOverride> override) {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /**
   * Checks every component is present.
   *
   * @param kpi see the record description
   * @param achieved see the record description
   * @param override see the record description
   */
  public KpiAssessment {
    Objects.requireNonNull(kpi, "kpi");
    Objects.requireNonNull(achieved, "achieved");
    Objects.requireNonNull(override, "override");
    achieved.ifPresent(a -> Args.bounded(a, "achieved"));
    Problems problems = new Problems();
    override.ifPresent(o -> problems.check(achieved.isPresent() || o.rating() == Rating.OTHER, "override",
        "without an achievement the rating can only be Other"));
    problems.throwIfAny();
  }

  /**
   * @param kpi the KPI
   * @param achieved what was achieved
   * @return the assessment, rated by the KPI's thresholds
   */
  public static KpiAssessment of(PerformanceKpi kpi, BigDecimal achieved) {
    return new KpiAssessment(kpi, Optional.of(achieved), Optional.empty());
  }

  /**
   * @param override an officer's rating with its reason
   * @return this assessment with the override
   */
  public KpiAssessment overriddenBy(RatingOverride override) {
    return new KpiAssessment(kpi, achieved, Optional.of(override));
  }

  /** @return percent of target achieved; empty without an achievement, or for less-is-better at zero */
  public Optional<BigDecimal> percentOfTarget() {
    return achieved.flatMap(a -> {
      if (kpi.direction() == KpiDirection.HIGHER_IS_BETTER) {
        return Optional.of(a.multiply(HUNDRED).divide(kpi.target(), MathContext.DECIMAL128));
      }
      return a.signum() <= 0 ? Optional.empty() : Optional.of(kpi.target().multiply(HUNDRED).divide(a, MathContext.DECIMAL128));
    });
  }

  /** @return the rating the declared thresholds give */
  public Rating calculatedRating() {
    if (achieved.isEmpty()) {
      return Rating.OTHER;
    }
    return percentOfTarget().map(kpi.thresholds()::rate).orElse(Rating.GOOD);
  }

  /** @return the rating published: the override's when there is one, else the calculated one */
  public Rating rating() {
    return override.map(RatingOverride::rating).orElseGet(this::calculatedRating);
  }

  /** @return how the rating was reached */
  public Explanation explanation() {
    Explanation e = Explanation.of("KPI " + kpi.id() + ": " + kpi.title())
        .with("target", kpi.target().toPlainString() + " " + kpi.unit() + " ("
            + (kpi.direction() == KpiDirection.HIGHER_IS_BETTER ? "more is better" : "less is better") + ")")
        .with("achieved", achieved.map(a -> a.toPlainString() + " " + kpi.unit()).orElse("not measured"))
        .with("percent of target", percentOfTarget().map(p -> p.stripTrailingZeros().toPlainString() + "%").orElse("—"))
        .with("thresholds", "Good ≥ " + kpi.thresholds().good().toPlainString() + "%, Approaching target ≥ "
            + kpi.thresholds().approaching().toPlainString() + "%, Requires improvement ≥ "
            + kpi.thresholds().requiresImprovement().toPlainString() + "% (" + kpi.thresholds().source() + ")")
        .with("calculated rating", calculatedRating().label());
    if (override.isPresent()) {
      e = e.with("overridden to", override.get().rating().label() + " by " + override.get().officer()
          + ": " + override.get().reason());
    }
    return e.with("rating", rating().label());
  }
}
