package uk.gov.lancashire.socialvalue.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PoundsTest {

  @ParameterizedTest
  @CsvSource({"10.385, £10.39", "10.375, £10.38", "1234567.891, '£1,234,567.89'", "-20, -£20.00", "0.004, £0.00"})
  void formatsPoundsAndPenceRoundingHalfUp(String amount, String expected) {
    // public award formulas round half up: 10.385 -> 10.39 (half even would give 10.38)
    assertThat(Pounds.format(new BigDecimal(amount))).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"999.5, '£1,000'", "-1234.4, '-£1,234'"})
  void formatsWholePounds(String amount, String expected) {
    assertThat(Pounds.whole(new BigDecimal(amount))).isEqualTo(expected);
  }
}
