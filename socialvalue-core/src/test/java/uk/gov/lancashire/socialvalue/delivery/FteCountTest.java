package uk.gov.lancashire.socialvalue.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import uk.gov.lancashire.socialvalue.basics.ValidationException;

class FteCountTest {

  @Test
  void tenFullTimeAndFiveHalfTimeAre12Point5FteAnd25FteYearsOverTwoYears() {
    // Council bidder guidance, as summarised in DOMAIN.md §3: 10 full-time + 5 half-time = 12.5 FTE;
    // over a 2-year contract that is 25 FTE-years.
    FteCount staff = FteCount.fullTime(10).plus(5, new BigDecimal("0.5"));

    assertThat(staff.fte()).isEqualByComparingTo("12.5");
    assertThat(staff.fteYears(BigDecimal.valueOf(2))).isEqualByComparingTo("25");
    assertThat(staff.fteYearsPerQuarter()).isEqualByComparingTo("3.125");
  }

  @Test
  void refusesNegativePeopleAndFractionsAboveOne() {
    assertThatThrownBy(() -> FteCount.none().plus(-1, BigDecimal.ONE)).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> FteCount.none().plus(1, new BigDecimal("1.5")))
        .hasMessageContaining("fractionOfFullTime: must be between 0 and 1");
  }
}
