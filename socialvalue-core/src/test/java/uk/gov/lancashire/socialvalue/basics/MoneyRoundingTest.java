package uk.gov.lancashire.socialvalue.basics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.lancashire.socialvalue.valuation.Fixtures;

class MoneyRoundingTest {

  /** DOMAIN.md §4.5: public award formulas round half up, 10.385 → 10.39 (half even would give 10.38). */
  @Test
  void defaultIsHalfUpToTheMinorUnit() {
    assertThat(MoneyRounding.of(Fixtures.GBP).round(new BigDecimal("10.385"))).isEqualByComparingTo("10.39");
    assertThat(MoneyRounding.of(Fixtures.GBP, RoundingMode.HALF_EVEN).round(new BigDecimal("10.385")))
        .isEqualByComparingTo("10.38");
  }

  @Test
  void largestRemainderAllocation() {
    // thirds of 100: 33.333…, rounded separately 33.33 × 3 = 99.99; allocated 33.34, 33.33, 33.33 = 100.00
    BigDecimal third = new BigDecimal("33.33333333");
    BigDecimal nearlyAll = new BigDecimal("33.33333334");
    List<BigDecimal> rounded = MoneyRounding.of(Fixtures.GBP).allocate(List.of(third, third, nearlyAll));
    assertThat(rounded).usingElementComparator(BigDecimal::compareTo)
        .containsExactly(new BigDecimal("33.33"), new BigDecimal("33.33"), new BigDecimal("33.34"));
  }

  @Test
  void refusesUnnecessary() {
    assertThatThrownBy(() -> MoneyRounding.toScale(2, RoundingMode.UNNECESSARY)).isInstanceOf(ValidationException.class);
  }
}
