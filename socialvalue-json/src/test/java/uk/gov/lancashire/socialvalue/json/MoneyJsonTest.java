package uk.gov.lancashire.socialvalue.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import javax.money.MonetaryAmount;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import uk.gov.lancashire.socialvalue.basics.Amounts;

class MoneyJsonTest {

  private final SocialValueJson json = SocialValueJson.standard().withPrettyOutput(true);

  @ParameterizedTest
  @CsvSource({
      "0.125, 0.125",
      "1234.5678, 1234.5678",
      "1234.5, 1234.50",
      "1234.50, 1234.50",
      "30000, 30000.00",
      "-0.0001, -0.0001",
      "123456789012345678901234567890.123456789, 123456789012345678901234567890.123456789"})
  void amountsAreWrittenExactlyAsStringsAndReadBackExactly(String amount, String written) {
    MonetaryAmount money = Amounts.of(new BigDecimal(amount), Samples.GBP);

    String text = json.write(money, MonetaryAmount.class);
    MonetaryAmount back = json.read(text, MonetaryAmount.class);

    assertThat(text).contains("\"amount\": \"" + written + "\"").contains("\"currency\": \"GBP\"");
    assertThat(Amounts.decimal(back)).isEqualByComparingTo(amount);
    assertThat(back).isEqualTo(money);
  }

  @Test
  void anAmountInExponentFormIsRefusedWithoutExpandingIt() {
    assertThatThrownBy(() -> json.read("{\"amount\": \"1e999999999\", \"currency\": \"GBP\"}", MonetaryAmount.class))
        .isInstanceOf(JsonProblemsException.class)
        .hasMessageContaining("$.amount: must be a plain decimal");
  }

  @Test
  void anAmountAsAJsonNumberIsRefusedBecauseJavaScriptWouldRoundIt() {
    assertThatThrownBy(() -> json.read("{\"amount\": 0.1, \"currency\": \"GBP\"}", MonetaryAmount.class))
        .hasMessageContaining("$.amount: must be a decimal written as a string");
  }

  @Test
  void anUnknownCurrencyIsAProblemAtItsPath() {
    assertThatThrownBy(() -> json.read("{\"amount\": \"1.00\", \"currency\": \"XYZ\"}", MonetaryAmount.class))
        .hasMessageContaining("$.currency: must be an ISO 4217 currency code");
  }

  @Test
  void aThirtyNineDigitAmountRoundTripsBecausePaddingNeverMakesItUnreadable() {
    javax.money.MonetaryAmount big = uk.gov.lancashire.socialvalue.basics.Amounts.of(
        new java.math.BigDecimal("123456789012345678901234567890123456789"), javax.money.Monetary.getCurrency("GBP"));
    SocialValueJson json = SocialValueJson.standard().withPrettyOutput(true);

    String text = json.write(big, javax.money.MonetaryAmount.class);

    org.assertj.core.api.Assertions.assertThat(text).contains("\"123456789012345678901234567890123456789\"");
    org.assertj.core.api.Assertions.assertThat(json.read(text, javax.money.MonetaryAmount.class).isEqualTo(big)).isTrue();
  }
}
