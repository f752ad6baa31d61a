package uk.gov.lancashire.socialvalue.valuation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.gov.lancashire.socialvalue.valuation.Fixtures.GBP;

import java.math.BigDecimal;
import java.util.List;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import uk.gov.lancashire.socialvalue.basics.Amounts;
import uk.gov.lancashire.socialvalue.basics.ValidationException;
import uk.gov.lancashire.socialvalue.discounting.DiscountSchedule;

/**
 * The laws of a valuation's result as records of amounts: every money figure is an amount in the
 * valuation's currency; the figures by period and by year add up exactly to the totals; each year's present
 * value is exactly its impact × discount factor; equal components make equal results with equal text.
 */
class ValuationResultProperties {

  @Provide
  Arbitrary<List<LineSpec>> someLines() {
    return LineSpec.specs(true).list().ofMinSize(1).ofMaxSize(5);
  }

  private static ValuationResult result(List<LineSpec> specs) {
    return Valuation.builder().currency(GBP).addAllLines(LineSpec.lines(specs)).build().result();
  }

  private static BigDecimal sum(List<MonetaryAmount> amounts) {
    return amounts.stream().map(Amounts::decimal).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  @Property(tries = 150)
  void figuresByPeriodAndByYearAddUpExactlyToTheTotals(@ForAll("someLines") List<LineSpec> specs) {
    ValuationResult r = result(specs);

    assertThat(r.presentValueByPeriod()).hasSize(r.horizon()).allSatisfy(a -> assertThat(a.getCurrency()).isEqualTo(GBP));
    assertThat(sum(r.presentValueByPeriod())).isEqualByComparingTo(Amounts.decimal(r.presentValue()));
    assertThat(sum(r.lines().stream().map(ValuedLine::totalValue).toList()))
        .isEqualByComparingTo(Amounts.decimal(r.totalValue()));
    for (ValuedLine line : r.lines()) {
      assertThat(line.currency()).isEqualTo(GBP);
      assertThat(sum(line.years().stream().map(YearValue::impact).toList()))
          .isEqualByComparingTo(Amounts.decimal(line.totalValue()));
      assertThat(line.firstYearImpact()).isEqualTo(line.years().get(0).impact());
      for (YearValue y : line.years()) {
        assertThat(Amounts.decimal(y.presentValue()))
            .isEqualByComparingTo(Amounts.decimal(y.impact()).multiply(y.discountFactor()));
      }
    }
  }

  @Property(tries = 100)
  void equalComponentsMakeEqualResultsWithEqualText(@ForAll("someLines") List<LineSpec> specs) {
    ValuationResult r = result(specs);
    List<ValuedLine> lines = r.lines().stream().map(l -> new ValuedLine(l.line(), l.priceBaseYear(), l.priceFactor(),
        l.proxyInPriceBase(), l.years().stream().map(y -> new YearValue(y.outcomeYear(), y.period(), y.deadweight(),
            y.dropOffFactor(), y.impact(), y.discountFactor(), y.presentValue())).toList())).toList();
    ValuationResult copy = new ValuationResult(r.valuation(), lines, r.investment(), r.horizon());

    assertThat(copy).isEqualTo(r).hasSameHashCodeAs(r);
    assertThat(copy.explain().toText()).isEqualTo(r.explain().toText());
    assertThat(result(specs)).as("valuing again").isEqualTo(r);
  }

  @Property(tries = 50)
  void aResultRefusesFiguresInAnotherCurrencyOrBeyondItsHorizon(@ForAll("someLines") List<LineSpec> specs) {
    ValuationResult r = result(specs);
    MonetaryAmount euros = Amounts.zero(Monetary.getCurrency("EUR"));

    assertThatThrownBy(() -> new ValuationResult(r.valuation(), r.lines(), euros, r.horizon()))
        .isInstanceOf(ValidationException.class).hasMessageContaining("investment");
    assertThatThrownBy(() -> new ValuationResult(r.valuation(), r.lines(), r.investment(), 0))
        .isInstanceOf(ValidationException.class).hasMessageContaining("horizon");
    YearValue first = r.lines().get(0).years().get(0);
    assertThatThrownBy(() -> new YearValue(1, 0, first.deadweight(), first.dropOffFactor(), first.impact(),
        first.discountFactor(), euros)).isInstanceOf(ValidationException.class);
  }

  /**
   * A result made by hand must be the valuation's: before these checks, an investment period beyond the
   * horizon made {@code investmentByPeriod()} throw IndexOutOfBoundsException, and an investment figure or
   * lines other than the valuation's gave an SROI ratio that disagreed with the payback built from the
   * valuation itself.
   */
  @Property(tries = 50)
  void aResultMustBeTheValuations(@ForAll("someLines") List<LineSpec> specs) {
    Valuation invested = Valuation.builder().currency(GBP).addAllLines(LineSpec.lines(specs))
        .putInvestment(0, Amounts.of(new BigDecimal("1000"), GBP)).build();
    ValuationResult r = invested.result();
    Valuation later = invested.withInvestment(java.util.Map.of(r.horizon(), Amounts.of(BigDecimal.TEN, GBP)));

    assertThatThrownBy(() -> new ValuationResult(later, r.lines(), r.investment(), r.horizon()))
        .isInstanceOf(ValidationException.class).hasMessageContaining("horizon");
    assertThatThrownBy(() -> new ValuationResult(invested, r.lines(), Amounts.of(new BigDecimal("999"), GBP),
        r.horizon())).isInstanceOf(ValidationException.class).hasMessageContaining("investment");
    assertThatThrownBy(() -> new ValuationResult(invested, r.lines().subList(1, r.lines().size()), r.investment(),
        r.horizon())).isInstanceOf(ValidationException.class).hasMessageContaining("lines");
    assertThatThrownBy(() -> new ValuationResult(invested, r.lines(), r.investment(), DiscountSchedule.MAX_PERIODS + 1))
        .isInstanceOf(ValidationException.class).hasMessageContaining("horizon");
    assertThatThrownBy(() -> new ValuationResult(invested, java.util.Arrays.asList((ValuedLine) null), r.investment(),
        r.horizon())).isInstanceOf(NullPointerException.class).hasMessage("lines[0]");
    if (r.lines().size() > 1) {
      List<ValuedLine> swapped = new java.util.ArrayList<>(r.lines());
      java.util.Collections.swap(swapped, 0, 1);
      assertThatThrownBy(() -> new ValuationResult(invested, swapped, r.investment(), r.horizon()))
          .isInstanceOf(ValidationException.class).hasMessageContaining("lines[0].line");
    }
    ValuedLine line = r.lines().get(0);
    List<YearValue> dropped = line.years().subList(0, line.years().size() - 1);
    assertThatThrownBy(() -> new ValuedLine(line.line(), line.priceBaseYear(), line.priceFactor(),
        line.proxyInPriceBase(), dropped)).isInstanceOf(ValidationException.class).hasMessageContaining("years");
    List<YearValue> shifted = line.years().stream().map(y -> new YearValue(y.outcomeYear(), y.period() + 1,
        y.deadweight(), y.dropOffFactor(), y.impact(), y.discountFactor(), y.presentValue())).toList();
    assertThatThrownBy(() -> new ValuedLine(line.line(), line.priceBaseYear(), line.priceFactor(),
        line.proxyInPriceBase(), shifted)).isInstanceOf(ValidationException.class).hasMessageContaining("years[0]");
    YearValue first = line.years().get(0);
    assertThatThrownBy(() -> new YearValue(0, 0, first.deadweight(), first.dropOffFactor(), first.impact(),
        first.discountFactor(), first.presentValue())).isInstanceOf(ValidationException.class)
        .hasMessageContaining("outcomeYear");
    assertThatThrownBy(() -> new YearValue(1, -1, first.deadweight(), first.dropOffFactor(), first.impact(),
        first.discountFactor(), first.presentValue())).isInstanceOf(ValidationException.class)
        .hasMessageContaining("period");
  }
}
