package uk.gov.lancashire.socialvalue.discounting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.lancashire.socialvalue.basics.ValidationException;

class DiscountScheduleTest {

  private static final MathContext MC = MathContext.DECIMAL128;

  /**
   * HM Treasury Green Book, Table 2 (as quoted in DOMAIN.md §4.2): £1,000 discounted at 3.5% is
   * 1,000 / 966 / 934 / 902 / 871 / 842 / 814 / 786 / 759 / 734 / 709 in years 0–10, rounded to £1.
   */
  @Test
  void greenBookTable2_everyYear() {
    int[] published = {1000, 966, 934, 902, 871, 842, 814, 786, 759, 734, 709};
    List<BigDecimal> factors = DiscountSchedule.greenBook().factors(11, TimingConvention.GREEN_BOOK, MC);
    for (int t = 0; t <= 10; t++) {
      BigDecimal pv = new BigDecimal("1000").multiply(factors.get(t), MC).setScale(0, RoundingMode.HALF_UP);
      assertThat(pv).as("year %d", t).isEqualByComparingTo(Integer.toString(published[t]));
    }
  }

  @Test
  void decliningScheduleIsAppliedYearByYear() {
    // year 31 is discounted 30 times at 3.5% and once at 3.0%, not 31 times at 3.0%
    BigDecimal expected = BigDecimal.ONE.divide(
        new BigDecimal("1.035").pow(30).multiply(new BigDecimal("1.03")), MC);
    assertThat(DiscountSchedule.greenBook().factor(31, TimingConvention.GREEN_BOOK, MC))
        .isCloseTo(expected, org.assertj.core.data.Offset.offset(new BigDecimal("1e-30")));
    assertThat(DiscountSchedule.greenBook().rate(30)).isEqualByComparingTo("0.035");
    assertThat(DiscountSchedule.greenBook().rate(31)).isEqualByComparingTo("0.030");
    assertThat(DiscountSchedule.greenBook().rate(125)).isEqualByComparingTo("0.025");
    assertThat(DiscountSchedule.greenBook().rate(200)).isEqualByComparingTo("0.020");
    assertThat(DiscountSchedule.greenBook().rate(300)).isEqualByComparingTo("0.015");
    assertThat(DiscountSchedule.greenBook().rate(301)).isEqualByComparingTo("0.010");
  }

  @Test
  void sroiConventionDiscountsTheFirstYearOnce() {
    DiscountSchedule flat = DiscountSchedule.flat(new BigDecimal("0.035"));
    assertThat(flat.factor(0, TimingConvention.GREEN_BOOK, MC)).isEqualByComparingTo("1");
    assertThat(flat.factor(0, TimingConvention.SROI_VALUE_MAP, MC))
        .isEqualByComparingTo(BigDecimal.ONE.divide(new BigDecimal("1.035"), MC));
    assertThat(flat.factor(2, TimingConvention.SROI_VALUE_MAP, MC))
        .isEqualByComparingTo(flat.factor(3, TimingConvention.GREEN_BOOK, MC));
  }

  @Test
  void zeroRateLeavesEveryYearUndiscounted() {
    assertThat(DiscountSchedule.zero().factors(50, TimingConvention.SROI_VALUE_MAP, MC))
        .allSatisfy(f -> assertThat(f).isEqualByComparingTo("1"));
  }

  @Test
  void refusesBadBands() {
    assertThatThrownBy(() -> DiscountSchedule.custom("bad", List.of(
        DiscountBand.of(5, new BigDecimal("0.03")), DiscountBand.of(5, new BigDecimal("0.02")))))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("bands[0].fromYear: the first band must start at year 0")
        .hasMessageContaining("bands[1].fromYear: must be after the previous band's start");
    assertThatThrownBy(() -> DiscountBand.of(0, new BigDecimal("-0.01")))
        .isInstanceOf(ValidationException.class).hasMessageContaining("rate: must be a fraction in [0, 1)");
  }
}
