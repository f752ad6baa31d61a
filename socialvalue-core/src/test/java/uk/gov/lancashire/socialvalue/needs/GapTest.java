package uk.gov.lancashire.socialvalue.needs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import uk.gov.lancashire.socialvalue.basics.ValidationException;

class GapTest {

  private static final Indicator EMPLOYMENT = NeedsFixture.indicator("employment", "%", Direction.HIGHER_IS_BETTER);
  private static final Indicator NEET = NeedsFixture.indicator("neet", "%", Direction.LOWER_IS_BETTER);

  @Test
  void higherIsBetterShortfall() {
    Gap gap = Gap.of(EMPLOYMENT, Observation.of("employment", "burnley", "68", "80"));
    assertThat(gap.absoluteGap()).isEqualByComparingTo("12"); // 80 − 68
    assertThat(gap.relativeGap()).isEqualByComparingTo("0.15"); // 12 ÷ 80
    assertThat(gap.isMet()).isFalse();
  }

  @Test
  void lowerIsBetterShortfall() {
    Gap gap = Gap.of(NEET, Observation.of("neet", "burnley", "6", "4"));
    assertThat(gap.absoluteGap()).isEqualByComparingTo("2"); // 6 − 4
    assertThat(gap.relativeGap()).isEqualByComparingTo("0.5"); // 2 ÷ 4
  }

  @Test
  void surplusIsNoNeed() {
    assertThat(Gap.of(EMPLOYMENT, Observation.of("employment", "ribble-valley", "82", "80")).relativeGap()).isZero();
    assertThat(Gap.of(NEET, Observation.of("neet", "fylde", "3", "4")).isMet()).isTrue();
  }

  @Test
  void negativeDesiredValueUsesItsMagnitude() {
    // net migration goal −50, current −80, higher is better: shortfall 30, relative 30 ÷ 50 = 0.6
    Gap gap = Gap.of(EMPLOYMENT, Observation.of("employment", "wyre", "-80", "-50"));
    assertThat(gap.relativeGap()).isEqualByComparingTo("0.6");
  }

  @Test
  void nonTerminatingRatioIsRoundedTo34Digits() {
    // 1 ÷ 3 to 34 significant digits, half up
    Gap gap = Gap.of(EMPLOYMENT, Observation.of("employment", "chorley", "2", "3"));
    assertThat(gap.relativeGap()).isEqualTo("0.3333333333333333333333333333333333");
  }

  @Test
  void refusesZeroDesiredAndMismatchedIndicator() {
    assertThatThrownBy(() -> Observation.of("neet", "burnley", "1", "0"))
        .isInstanceOf(ValidationException.class).hasMessageContaining("desired: must not be zero");
    assertThatThrownBy(() -> Gap.of(NEET, Observation.of("employment", "burnley", "1", "2")))
        .isInstanceOf(ValidationException.class).hasMessageContaining("observation.indicatorId");
  }
}
