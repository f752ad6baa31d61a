package uk.gov.lancashire.socialvalue.basics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import org.javamoney.moneta.Money;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AmountsTest {

  private static final CurrencyUnit GBP = Monetary.getCurrency("GBP");

  @ParameterizedTest
  @CsvSource({"585830, 585830", "585830.00, 585830", "5.8583E+5, 585830", "1234.50, 1234.5", "0.125, 0.125",
      "-20.0, -20", "0.00, 0", "1E+3, 1000"})
  void oneValueHasOneRepresentationHoweverTheAmountWasMade(String written, String canonical) {
    // Moneta strips trailing zeros only from amounts with decimals, which can give a negative scale
    // (585830.00 -> 5.8583E+5) while 585830 stays as it is; the bridge makes both the same.
    BigDecimal expected = new BigDecimal(canonical);
    assertThat(Amounts.decimal(Amounts.of(new BigDecimal(written), GBP))).isEqualTo(expected);
    assertThat(Amounts.decimal(Money.of(new BigDecimal(written), GBP))).isEqualTo(expected);
  }

  @org.junit.jupiter.api.Test
  void theBasicsNameANullProblem() {
    uk.gov.lancashire.socialvalue.RecordNulls.collectionsNamed(Loaded.of("value", List.of()));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ValidationException(
        java.util.Arrays.asList(Problem.of("a", "b"), null))).isInstanceOf(NullPointerException.class)
        .hasMessage("problems[1]");
  }
}
