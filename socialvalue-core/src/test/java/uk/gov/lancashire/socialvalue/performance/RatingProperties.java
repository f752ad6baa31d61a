package uk.gov.lancashire.socialvalue.performance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class RatingProperties {

  @Property(tries = 500)
  void ratingsAreMonotoneInAchievement(@ForAll("thresholds") RatingThresholds thresholds,
      @ForAll("amounts") BigDecimal target, @ForAll("amounts") BigDecimal lower, @ForAll("amounts") BigDecimal more,
      @ForAll KpiDirection direction) {
    PerformanceKpi kpi = new PerformanceKpi("K", "KPI", "units", target, direction, thresholds, Optional.empty());
    BigDecimal higher = lower.add(more);

    Rating atLower = KpiAssessment.of(kpi, lower).rating();
    Rating atHigher = KpiAssessment.of(kpi, higher).rating();

    // ratings are ordered best first; more achievement is never worse when more is better, never better when less is
    if (direction == KpiDirection.HIGHER_IS_BETTER) {
      assertThat(atHigher.compareTo(atLower)).isLessThanOrEqualTo(0);
    } else {
      assertThat(atHigher.compareTo(atLower)).isGreaterThanOrEqualTo(0);
    }
    assertThat(atLower).isNotEqualTo(Rating.OTHER);
  }

  @Provide
  Arbitrary<BigDecimal> amounts() {
    return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("1000")).ofScale(2)
        .filter(b -> b.signum() > 0);
  }

  @Provide
  Arbitrary<RatingThresholds> thresholds() {
    Arbitrary<BigDecimal> step = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("60")).ofScale(1);
    return Combinators.combine(step, step, step).as((a, b, c) ->
        new RatingThresholds(a.add(b).add(c), a.add(b), a, "generated"));
  }
}
