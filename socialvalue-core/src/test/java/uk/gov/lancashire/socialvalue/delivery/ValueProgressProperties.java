package uk.gov.lancashire.socialvalue.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import uk.gov.lancashire.socialvalue.basics.Amounts;
import uk.gov.lancashire.socialvalue.basics.Explanation;

/**
 * The value view of progress is the figures with a currency: every money figure is {@code Amounts.of(figures.x(),
 * currency)}, and the percent, RAG and basis are the figures' own; for a positive proxy, value and quantity
 * agree on percent delivered and RAG (the valuer is linear).
 */
class ValueProgressProperties {

  private static final List<CurrencyUnit> CURRENCIES = List.of(Monetary.getCurrency("GBP"),
      Monetary.getCurrency("EUR"), Monetary.getCurrency("JPY"), Amounts.NO_CURRENCY);

  @Property(tries = 500)
  void everyMoneyFigureIsTheFiguresDecimalInTheCurrency(@ForAll("figures") ProgressFigures figures,
      @ForAll("currencies") CurrencyUnit currency) {
    ValueProgress value = new ValueProgress(figures, currency);

    same(value.committed(), figures.committed(), currency);
    same(value.committedToDate(), figures.committedToDate(), currency);
    same(value.claimed(), figures.claimed(), currency);
    same(value.verified(), figures.verified(), currency);
    same(value.delivered(), figures.delivered(), currency);
    same(value.shortfall(), figures.shortfall(), currency);
    same(value.supplierShortfall(), figures.supplierShortfall(), currency);
    same(value.verificationBacklog(), figures.verificationBacklog(), currency);
    same(value.forecast(), figures.forecast(), currency);
    assertThat(value.percentDelivered()).isEqualTo(figures.percentDelivered());
    assertThat(value.rag()).isEqualTo(figures.rag());
    assertThat(value.basis()).isEqualTo(figures.basis());
    assertThat(value.forecastMethod()).isEqualTo(figures.forecastAtCompletion().method());
    assertThat(value.forecastExplanation()).isEqualTo(figures.forecastAtCompletion().explanation());
    assertThat(value.toString()).isEqualTo(currency.getCurrencyCode() + ": " + figures);
  }

  @Property(tries = 500)
  void aPositiveProxyGivesTheSamePercentAndRagAsTheQuantity(@ForAll("quantities") List<BigDecimal> q,
      @ForAll("proxies") BigDecimal proxy, @ForAll("thresholds") RagThresholds thresholds,
      @ForAll("currencies") CurrencyUnit currency) {
    // the quantity form and the value form of one measure, as Progress.of makes them: each figure × the proxy
    Function<BigDecimal, BigDecimal> valued = x -> x.multiply(proxy);
    ProgressFigures quantity = ProgressFigures.of(q.get(0), q.get(1), q.get(2), q.get(3), q.get(4), thresholds,
        forecast(q.get(5)));
    ValueProgress value = new ValueProgress(ProgressFigures.of(valued.apply(q.get(0)), valued.apply(q.get(1)),
        valued.apply(q.get(2)), valued.apply(q.get(3)), valued.apply(q.get(4)), thresholds,
        forecast(valued.apply(q.get(5)))), currency);

    assertThat(value.percentDelivered().isPresent()).isEqualTo(quantity.percentDelivered().isPresent());
    value.percentDelivered().ifPresent(p -> assertThat(p).isEqualByComparingTo(quantity.percentDelivered().get()));
    assertThat(value.rag()).isEqualTo(quantity.rag());
    assertThat(value.basis()).isEqualTo(quantity.basis());
    assertThat(Amounts.decimal(value.shortfall())).isEqualByComparingTo(valued.apply(quantity.shortfall()));
  }

  private static void same(MonetaryAmount amount, BigDecimal figure, CurrencyUnit currency) {
    assertThat(amount).isEqualTo(Amounts.of(figure, currency));
    assertThat(amount.getCurrency()).isEqualTo(currency);
    assertThat(Amounts.decimal(amount)).isEqualByComparingTo(figure);
  }

  private static Forecast forecast(BigDecimal figure) {
    return new Forecast(ForecastMethod.ON_PROFILE, figure, Explanation.of("illustrative forecast"));
  }

  private static Arbitrary<BigDecimal> decimals() {
    return Arbitraries.oneOf(
        Arbitraries.bigDecimals().between(BigDecimal.valueOf(-1_000_000), BigDecimal.valueOf(1_000_000)).ofScale(2),
        Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.valueOf(100)).ofScale(0),
        Arbitraries.bigDecimals().between(BigDecimal.valueOf(-1), BigDecimal.ONE).ofScale(12),
        Arbitraries.of(BigDecimal.ZERO, new BigDecimal("0.00"), new BigDecimal("1E+30"), new BigDecimal("1E-30")));
  }

  @Provide
  Arbitrary<List<BigDecimal>> quantities() {
    return decimals().list().ofSize(6);
  }

  @Provide
  Arbitrary<BigDecimal> proxies() {
    return Arbitraries.oneOf(
        Arbitraries.bigDecimals().between(new BigDecimal("0.01"), BigDecimal.valueOf(100_000)).ofScale(2),
        Arbitraries.of(new BigDecimal("0.3333333333333333333333333333333333"), new BigDecimal("1E+20")));
  }

  @Provide
  Arbitrary<RagThresholds> thresholds() {
    Arbitrary<BigDecimal> amber = Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.valueOf(100)).ofScale(1);
    return Combinators.combine(amber, Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.valueOf(50))
        .ofScale(1), Arbitraries.of(RagBasis.class))
        .as((a, gap, basis) -> RagThresholds.of(a.add(gap), a).on(basis));
  }

  @Provide
  Arbitrary<ProgressFigures> figures() {
    return Combinators.combine(quantities(), thresholds(), Arbitraries.of(ForecastMethod.class))
        .as((q, t, method) -> ProgressFigures.of(q.get(0), q.get(1), q.get(2), q.get(3), q.get(4), t,
            new Forecast(method, q.get(5), Explanation.of("forecast " + q.get(5).toPlainString()))));
  }

  @Provide
  Arbitrary<CurrencyUnit> currencies() {
    return Arbitraries.of(CURRENCIES);
  }
}
