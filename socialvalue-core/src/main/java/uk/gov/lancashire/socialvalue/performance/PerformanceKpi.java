package uk.gov.lancashire.socialvalue.performance;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import uk.gov.lancashire.socialvalue.basics.Args;
import uk.gov.lancashire.socialvalue.basics.Problems;
import uk.gov.lancashire.socialvalue.framework.MeasureCode;

/**
 * A key performance indicator set under the Procurement Act 2023, s.52 ("a factor or measure against
 * which the supplier's performance of the contract can be assessed during the life-cycle of the
 * contract", s.52(4), https://www.legislation.gov.uk/ukpga/2023/54/section/52): its target per assessment
 * period, whether more or less is better, and the thresholds that rate it. A social value commitment can
 * be a KPI: {@link #measure()} links it to a framework measure.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the KPI's id, unique within the contract
 * @param title what is measured, as published
 * @param unit the unit of target and achievement, e.g. {@code hires}, {@code weeks}, {@code %}
 * @param target the target for one assessment period, positive
 * @param direction whether more or less is better
 * @param thresholds how achievement against the target is rated
 * @param measure the social value measure it tracks, if any
 */
public record PerformanceKpi(String id, String title, String unit, BigDecimal target, KpiDirection direction,
    RatingThresholds thresholds, Optional<MeasureCode> measure) {

  /**
   * Checks the KPI.
   *
   * @param id see the record description
   * @param title see the record description
   * @param unit see the record description
   * @param target see the record description
   * @param direction see the record description
   * @param thresholds see the record description
   * @param measure see the record description
   */
  public PerformanceKpi {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(thresholds, "thresholds");
    Objects.requireNonNull(measure, "measure");
    Args.bounded(target, "target");
    Problems problems = new Problems();
    problems.check(!id.isBlank(), "id", "must not be blank");
    problems.check(!title.isBlank(), "title", "must not be blank");
    problems.check(target.signum() > 0, "target", "must be positive, was " + target.toPlainString());
    problems.throwIfAny();
  }

  /**
   * @param id the id
   * @param title the title
   * @param unit the unit
   * @param target the target per period
   * @param thresholds the rating thresholds
   * @return a KPI where more is better, linked to no measure
   */
  public static PerformanceKpi of(String id, String title, String unit, BigDecimal target, RatingThresholds thresholds) {
    return new PerformanceKpi(id, title, unit, target, KpiDirection.HIGHER_IS_BETTER, thresholds, Optional.empty());
  }

  /**
   * @param code the social value measure this KPI tracks
   * @return this KPI linked to it
   */
  public PerformanceKpi tracking(MeasureCode code) {
    return new PerformanceKpi(id, title, unit, target, direction, thresholds, Optional.of(code));
  }
}
