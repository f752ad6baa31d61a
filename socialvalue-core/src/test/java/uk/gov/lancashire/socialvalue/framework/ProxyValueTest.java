package uk.gov.lancashire.socialvalue.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import org.junit.jupiter.api.Test;
import uk.gov.lancashire.socialvalue.basics.Amounts;
import uk.gov.lancashire.socialvalue.basics.ValidationException;

class ProxyValueTest {

  private static final CurrencyUnit GBP = Monetary.getCurrency("GBP");

  private static ProxyValue.Builder proxy(String amount) {
    return ProxyValue.builder().amount(Amounts.of(new BigDecimal(amount), GBP)).unit(Unit.FTE_YEARS)
        .priceYear(2024).source("illustrative").licence("illustrative");
  }

  @Test
  void keepsTheAmountExactly() {
    assertThat(Amounts.decimal(proxy("30000.123456789").build().amount())).isEqualByComparingTo("30000.123456789");
  }

  @Test
  void aBuilderWithMissingAttributesReportsEachAtItsPath() {
    assertThatThrownBy(() -> ProxyValue.builder().amount(Amounts.of(BigDecimal.ONE, GBP)).priceYear(2024).build())
        .isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(((ValidationException) e).problems()).extracting(Object::toString).containsExactly(
            "unit: is required but was not set",
            "source: is required but was not set",
            "licence: is required but was not set"));
  }

  @Test
  void aNullGivenToABuilderIsANullPointerExceptionNamingTheAttribute() {
    assertThatThrownBy(() -> ProxyValue.builder().unit(null))
        .isInstanceOf(NullPointerException.class).hasMessage("unit");
  }

  @Test
  void createdAmountsCarryTheExplicitContextNotMonetasDefault() {
    assertThat(proxy("1").build().amount().getContext()).isEqualTo(Amounts.CONTEXT);
  }

  @Test
  void refusesAZeroAmountAndReportsEveryProblem() {
    assertThatThrownBy(() -> ProxyValue.builder().amount(Amounts.of(BigDecimal.ZERO, GBP)).unit(Unit.TEXT)
        .priceYear(24).source(" ").licence("").build())
        .isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(((ValidationException) e).problems()).extracting(Object::toString).containsExactly(
            "amount: must not be zero (a measure without a value is record-only)",
            "priceYear: must be a calendar year, was 24",
            "source: must not be blank",
            "licence: must not be blank",
            "unit: a proxy is per unit of a numeric measure, was TEXT"));
  }

  @Test
  void splitMustAddUpToTheAmount() {
    BenefitSplit split = BenefitSplit.of(Amounts.of(new BigDecimal("10"), GBP), Amounts.of(new BigDecimal("5"), GBP),
        Amounts.of(new BigDecimal("4.99"), GBP));
    assertThatThrownBy(() -> proxy("20").split(split).build())
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("split: parts add up to 19.99, not the amount 20");
    BenefitSplit exact = BenefitSplit.of(Amounts.of(new BigDecimal("10"), GBP), Amounts.of(new BigDecimal("5"), GBP),
        Amounts.of(new BigDecimal("5.00"), GBP));
    assertThat(proxy("20").split(exact).build().split()).contains(exact);
  }

  @Test
  void splitMustBeInTheProxyCurrency() {
    CurrencyUnit eur = Monetary.getCurrency("EUR");
    BenefitSplit split = BenefitSplit.of(Amounts.of(new BigDecimal("10"), eur), Amounts.of(new BigDecimal("5"), eur),
        Amounts.of(new BigDecimal("5"), eur));
    assertThatThrownBy(() -> proxy("20").split(split).build())
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("split: must be in GBP");
  }

  @Test
  void negativeProxyIsAllowedForAnExplicitDisbenefitButNotInAnEdition() {
    ProxyValue disbenefit = proxy("-250").build();
    assertThat(Amounts.decimal(disbenefit.amount())).isEqualByComparingTo("-250");
    assertThatThrownBy(() -> ProxyEdition.builder().id("e").version("1").title("E").currency(GBP).licence("x")
        .putValues(MeasureCode.parse("NT1"), disbenefit).build())
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("values[NT1].amount: must be positive in an edition, was -250");
  }

  @Test
  void editionNamesItselfByIdAndVersion() {
    ProxyEdition edition = ProxyEdition.builder().id("lancs").version("2024.1").title("E").currency(GBP)
        .licence("illustrative").putValues(MeasureCode.parse("NT1"), proxy("1").build()).build();
    assertThat(edition.reference()).isEqualTo("lancs@2024.1");
    assertThat(edition.proxy(MeasureCode.parse("NT1"))).isPresent();
    assertThat(edition.proxy(MeasureCode.parse("NT2"))).isEmpty();
  }
}
