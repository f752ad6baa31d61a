package uk.gov.lancashire.socialvalue.valuation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import uk.gov.lancashire.socialvalue.basics.ValidationException;
import uk.gov.lancashire.socialvalue.framework.Unit;

class QuantityTest {

  /** DOMAIN.md §3 (council counting rules): 10 full-time + 5 half-time staff = 12.5 FTE; over 2 years, 25 FTE-years. */
  @Test
  void fteYearExample() {
    Quantity fte = Quantity.fullTimeEquivalent(10, 5);
    assertThat(fte).isEqualTo(Quantity.of("12.5", Unit.FTE));
    Quantity fteYears = fte.overYears(new BigDecimal("2"));
    assertThat(fteYears.amount()).isEqualByComparingTo("25");
    assertThat(fteYears.unit()).isEqualTo(Unit.FTE_YEARS);
    assertThat(fteYears).hasToString("25.0 FTE-years");
  }

  /** DOMAIN.md §3 (council counting rules): 2 hours × 8 attendees = 16 hours, however many trainers. */
  @Test
  void hoursExample() {
    Quantity q = Quantity.sessionHours(new BigDecimal("2"), 8);
    assertThat(q.amount()).isEqualByComparingTo("16");
    assertThat(q.unit()).isEqualTo(Unit.HOURS_X_ATTENDEES);
  }

  @Test
  void negativeQuantitiesAreKept() {
    assertThat(Quantity.of("-3.5", Unit.TONNES_CO2E).amount()).isEqualByComparingTo("-3.5");
  }

  @Test
  void refusesNonAdditiveUnitsAndWrongConversions() {
    assertThatThrownBy(() -> Quantity.of("3", Unit.LEVEL)).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> Quantity.of("3", Unit.HOURS).overYears(BigDecimal.ONE))
        .isInstanceOf(ValidationException.class).hasMessageContaining("only FTE");
    assertThatThrownBy(() -> Quantity.fullTimeEquivalent(-1, 0)).isInstanceOf(ValidationException.class);
  }
}
