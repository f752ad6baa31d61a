package uk.gov.lancashire.socialvalue.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.gov.lancashire.socialvalue.basics.FinancialYear;
import uk.gov.lancashire.socialvalue.basics.ValidationException;
import uk.gov.lancashire.socialvalue.framework.MeasureCode;

class TargetProgressTest {

  private static final TargetSubject GROWTH = TargetSubject.priority("lcc", "economic-growth");
  // illustrative: £365,000 of social value for economic growth in 2024/25 (365 days)
  private static final Target TARGET = Target.of(GROWTH, FinancialYear.parse("2024/25"), new BigDecimal("365000"), "GBP");

  @Test
  void behindTheStraightLine() {
    // 30 June 2024: 30 + 31 + 30 = 91 days of 365 have passed; expected 365,000 × 91 ÷ 365 = 91,000
    TargetProgress p = TargetProgress.of(TARGET, new BigDecimal("90000"), LocalDate.of(2024, 6, 30));

    assertThat(p.daysElapsed()).isEqualTo(91);
    assertThat(p.daysInYear()).isEqualTo(365);
    assertThat(p.expectedToDate()).isEqualByComparingTo("91000");
    assertThat(p.isOnTrack()).isFalse();
    assertThat(p.behindTrajectory()).isEqualByComparingTo("1000");
    assertThat(p.remaining()).isEqualByComparingTo("275000");
    // 90,000 × 100 ÷ 365,000 = 24.657534…, 34 significant digits, half up
    assertThat(p.percentOfTarget()).hasValue(new BigDecimal("24.65753424657534246575342465753425"));
  }

  @Test
  void exactlyOnTheLineIsOnTrack() {
    TargetProgress p = TargetProgress.of(TARGET, new BigDecimal("91000"), LocalDate.of(2024, 6, 30));
    assertThat(p.isOnTrack()).isTrue();
    assertThat(p.behindTrajectory()).isZero();
  }

  @Test
  void onTrackIsDecidedExactlyNotOnTheRoundedExpectation() {
    // target 1,000 on 1 April: expected 1,000 ÷ 365 = 2.7397260…; 2.73972602739726027397260273972603
    // (rounded up at 34 digits) would look on track against the rounded figure, but 2.7397… × 365 < 1,000
    Target target = Target.of(TargetSubject.measure(MeasureCode.parse("NT1")), FinancialYear.parse("2024/25"),
        new BigDecimal("1000"), "FTE-years");
    TargetProgress p = TargetProgress.of(target, new BigDecimal("2.739726027397260273972602739726027"),
        LocalDate.of(2024, 4, 1));
    assertThat(p.isOnTrack()).isFalse();
    TargetProgress q = TargetProgress.of(target, new BigDecimal("2.7397260273972602739726027397260274"),
        LocalDate.of(2024, 4, 1));
    assertThat(q.isOnTrack()).isTrue();
  }

  @Test
  void leapYearHas366Days() {
    Target target = Target.of(GROWTH, FinancialYear.parse("2027/28"), new BigDecimal("366"), "GBP");
    TargetProgress end = TargetProgress.of(target, new BigDecimal("366"), LocalDate.of(2028, 3, 31));
    assertThat(end.daysInYear()).isEqualTo(366);
    assertThat(end.expectedToDate()).isEqualByComparingTo("366");
    assertThat(end.percentOfTarget()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("100"));
  }

  @Test
  void zeroTargetHasNoPercent() {
    Target zero = Target.of(GROWTH, FinancialYear.parse("2024/25"), BigDecimal.ZERO, "GBP");
    TargetProgress p = TargetProgress.of(zero, BigDecimal.ZERO, LocalDate.of(2024, 9, 1));
    assertThat(p.percentOfTarget()).isEmpty();
    assertThat(p.isOnTrack()).isTrue();
  }

  @Test
  void dateMustLieInTheTargetsYear() {
    assertThatThrownBy(() -> TargetProgress.of(TARGET, BigDecimal.ONE, LocalDate.of(2025, 4, 1)))
        .isInstanceOf(ValidationException.class).hasMessageContaining("asOf: must lie in the target's year 2024/25");
  }
}
