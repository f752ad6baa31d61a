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
  void aRateAndItsComplementScoreTheSameOnADeclaredScale() {
    // The failing case: employment 71 against 78 and non-employment 29 against 22 are one fact.
    // Divided by the desired value they scored 7 ÷ 78 = 0.0897 and 7 ÷ 22 = 0.318; on the 0–100 scale both
    // are 7 ÷ 100 = 0.07.
    IndicatorScale percent = IndicatorScale.of("0", "100");
    Indicator employment = NeedsFixture.indicator("employment", "%", Direction.HIGHER_IS_BETTER, percent);
    Indicator nonEmployment = NeedsFixture.indicator("non-employment", "%", Direction.LOWER_IS_BETTER, percent);

    Gap framedUp = Gap.of(employment, Observation.of("employment", "burnley", "71", "78"));
    Gap framedDown = Gap.of(nonEmployment, Observation.of("non-employment", "burnley", "29", "22"));

    assertThat(framedUp.relativeGap()).isEqualByComparingTo("0.07");
    assertThat(framedDown.relativeGap()).isEqualByComparingTo("0.07");
    assertThat(Gap.of(EMPLOYMENT, Observation.of("employment", "burnley", "71", "78")).relativeGap().toPlainString())
        .startsWith("0.0897");
  }

  @Test
  void anObservationOutsideTheScaleIsRejected() {
    Indicator employment = NeedsFixture.indicator("employment", "%", Direction.HIGHER_IS_BETTER,
        IndicatorScale.of("0", "100"));
    assertThatThrownBy(() -> Gap.of(employment, Observation.of("employment", "burnley", "101", "78")))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("current: must lie in the indicator's scale [0, 100], was 101");
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
