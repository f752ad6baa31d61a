package uk.gov.lancashire.socialvalue.framework;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import uk.gov.lancashire.socialvalue.basics.ValidationException;

class MeasureTest {

  @Test
  void monetisedMeasureNeedsAnAdditiveUnit() {
    assertThatThrownBy(() -> TestFrameworks.measure("NT1", "t", Unit.TEXT, MeasureKind.MONETISED, "o").build())
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("unit: a monetised measure needs an additive numeric unit, was TEXT");
  }

  @Test
  void qualitativeMeasureIsScoredInLevelsOrText() {
    assertThatThrownBy(() -> TestFrameworks.measure("NT1", "t", Unit.FTE_YEARS, MeasureKind.QUALITATIVE, "o").build())
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("unit: a qualitative measure is scored in LEVEL or described in TEXT, was FTE_YEARS");
  }

  @Test
  void measureIsNotEquivalentToItselfAndNeedsATitle() {
    assertThatThrownBy(() -> TestFrameworks.measure("NT1", " ", Unit.COUNT, MeasureKind.MONETISED, "o")
        .addEquivalents(MeasureCode.parse("NT1")).build())
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("title: must not be blank")
        .hasMessageContaining("equivalents[0]: a measure is not equivalent to itself");
  }

  @Test
  void adjustmentsOutsideTheUnitIntervalAreAllReported() {
    assertThatThrownBy(() -> Adjustments.builder()
        .deadweight(new BigDecimal("-0.1")).displacement(new BigDecimal("1.5"))
        .attribution(new BigDecimal("0.2")).dropOff(new BigDecimal("2")).durationYears(0).build())
        .isInstanceOf(ValidationException.class)
        .satisfies(e -> org.assertj.core.api.Assertions.assertThat(((ValidationException) e).problems())
            .extracting(Object::toString)
            .containsExactly(
                "deadweight: must be between 0 and 1, was -0.1",
                "displacement: must be between 0 and 1, was 1.5",
                "dropOff: must be between 0 and 1, was 2",
                "durationYears: must be from 1 to 200, was 0"));
  }

  @Test
  void alignmentWeightIsAFraction() {
    assertThatThrownBy(() -> Alignment.weighted("lcc", "growth", new BigDecimal("1.01")))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("weight: must be between 0 and 1, was 1.01");
  }

  @Test
  void validityPeriodEndsAfterItStarts() {
    assertThatThrownBy(() -> ValidityPeriod.of(java.time.LocalDate.of(2028, 1, 1), java.time.LocalDate.of(2024, 1, 1)))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("to: must not be before from (2028-01-01), was 2024-01-01");
  }

  @Test
  void aDurationBeyondTwoHundredYearsIsRefusedSoUntrustedInputCannotMakeAValuationLoopForever() {
    assertThatThrownBy(() -> Adjustments.builder().durationYears(Integer.MAX_VALUE).build())
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("durationYears: must be from 1 to 200, was 2147483647");
    org.assertj.core.api.Assertions.assertThat(Adjustments.builder().durationYears(200).build().durationYears())
        .isEqualTo(200);
  }
}
