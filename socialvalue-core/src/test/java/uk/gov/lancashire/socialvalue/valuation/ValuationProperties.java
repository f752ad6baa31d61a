package uk.gov.lancashire.socialvalue.valuation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.gov.lancashire.socialvalue.valuation.Fixtures.GBP;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.BigRange;
import uk.gov.lancashire.socialvalue.basics.Amounts;
import uk.gov.lancashire.socialvalue.basics.ValidationException;
import uk.gov.lancashire.socialvalue.discounting.DiscountSchedule;
import uk.gov.lancashire.socialvalue.discounting.TimingConvention;
import uk.gov.lancashire.socialvalue.framework.Unit;

/**
 * Laws of the valuation engine (issue 3). Equalities are exact where the arithmetic is exact (sums,
 * unit factors); where products are rounded to 34 digits, values agree within {@link #RELATIVE}.
 */
class ValuationProperties {

  /** Relative tolerance for comparing results of differently ordered 34-digit products. */
  static final BigDecimal RELATIVE = new BigDecimal("1e-28");

  private static Valuation single(OutcomeLine line, DiscountSchedule schedule, TimingConvention timing) {
    return Valuation.builder().currency(GBP).addLines(line).discountSchedule(schedule).timing(timing).build();
  }

  private static BigDecimal pv(OutcomeLine line) {
    return Amounts.decimal(single(line, DiscountSchedule.greenBook(), TimingConvention.GREEN_BOOK).result().presentValue());
  }

  static void assertClose(BigDecimal actual, BigDecimal expected) {
    BigDecimal scale = actual.abs().max(expected.abs()).max(BigDecimal.ONE);
    assertThat(actual.subtract(expected).abs()).as("%s vs %s", actual, expected)
        .isLessThanOrEqualTo(scale.multiply(RELATIVE));
  }

  @Provide
  Arbitrary<LineSpec> anyLine() {
    return LineSpec.specs(true);
  }

  @Provide
  Arbitrary<LineSpec> positiveLine() {
    return LineSpec.specs(false);
  }

  @Provide
  Arbitrary<List<LineSpec>> someLines() {
    return LineSpec.specs(true).list().ofMinSize(1).ofMaxSize(6);
  }

  @Provide
  Arbitrary<BigDecimal> fraction() {
    return LineSpec.fractions();
  }

  // ---------------------------------------------------------------- linearity

  @Property(tries = 200)
  void valueIsLinearInQuantity(@ForAll("anyLine") LineSpec spec,
      @ForAll @BigRange(min = "-20", max = "20") BigDecimal k) {
    OutcomeLine line = spec.line("x");
    OutcomeLine scaled = line.withQuantity(line.quantity().multipliedBy(k));
    assertClose(pv(scaled), k.multiply(pv(line)));
  }

  @Property(tries = 200)
  void valueIsLinearInProxy(@ForAll("anyLine") LineSpec spec,
      @ForAll @BigRange(min = "0.01", max = "20") BigDecimal k) {
    OutcomeLine line = spec.line("x");
    OutcomeLine scaled = line.valuedWith(Fixtures.proxy(new BigDecimal(spec.proxy().toPlainString()).multiply(k).toPlainString(), Unit.COUNT));
    assertClose(pv(scaled), k.multiply(pv(line)));
  }

  // ---------------------------------------------------------------- additivity

  @Property(tries = 200)
  void valuingLinesOneByOneAndSummingEqualsValuingThemTogetherInAnyOrder(
      @ForAll("someLines") List<LineSpec> specs, @ForAll long shuffleSeed) {
    List<OutcomeLine> lines = LineSpec.lines(specs);
    BigDecimal oneByOne = lines.stream().map(ValuationProperties::pv).reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal totalOneByOne = lines.stream()
        .map(l -> Amounts.decimal(single(l, DiscountSchedule.greenBook(), TimingConvention.GREEN_BOOK).result().totalValue()))
        .reduce(BigDecimal.ZERO, BigDecimal::add);
    List<OutcomeLine> shuffled = new ArrayList<>(lines);
    Collections.shuffle(shuffled, new Random(shuffleSeed));
    ValuationResult together = Valuation.builder().currency(GBP).addAllLines(shuffled).build().result();
    assertThat(Amounts.decimal(together.presentValue())).isEqualByComparingTo(oneByOne);
    assertThat(Amounts.decimal(together.totalValue())).isEqualByComparingTo(totalOneByOne);
  }

  // ---------------------------------------------------------------- adjustments

  @Property(tries = 200)
  void eachAdjustmentNeverIncreasesMagnitude(@ForAll("anyLine") LineSpec spec, @ForAll("fraction") BigDecimal a) {
    OutcomeLine none = spec.line("x").withDeadweight(BigDecimal.ZERO).withDisplacement(BigDecimal.ZERO)
        .withAttribution(BigDecimal.ZERO).withDropOff(BigDecimal.ZERO);
    BigDecimal gross = pv(none).abs();
    List<BiFunction<OutcomeLine, BigDecimal, OutcomeLine>> adjustments = List.of(
        OutcomeLine::withDeadweight, OutcomeLine::withDisplacement, OutcomeLine::withAttribution, OutcomeLine::withDropOff);
    for (BiFunction<OutcomeLine, BigDecimal, OutcomeLine> adjust : adjustments) {
      assertThat(pv(adjust.apply(none, a)).abs()).isLessThanOrEqualTo(gross);
      // and from any starting point, not only the unadjusted one
      OutcomeLine line = spec.line("x");
      assertThat(pv(adjust.apply(line, a)).abs()).isLessThanOrEqualTo(pv(adjust.apply(line, BigDecimal.ZERO)).abs());
    }
  }

  @Property(tries = 200)
  void dropOffNeverIncreasesALaterYear(@ForAll("anyLine") LineSpec spec, @ForAll("fraction") BigDecimal more) {
    ValuedLine valued = single(spec.line("x"), DiscountSchedule.zero(), TimingConvention.GREEN_BOOK).result().lines().get(0);
    List<YearValue> years = valued.years();
    for (int t = 1; t < years.size(); t++) {
      assertThat(Amounts.decimal(years.get(t).impact()).abs()).isLessThanOrEqualTo(Amounts.decimal(years.get(t - 1).impact()).abs());
    }
    BigDecimal higher = spec.dropOff().max(more);
    List<YearValue> faded = single(spec.line("x").withDropOff(higher), DiscountSchedule.zero(), TimingConvention.GREEN_BOOK)
        .result().lines().get(0).years();
    for (int t = 0; t < years.size(); t++) {
      assertThat(Amounts.decimal(faded.get(t).impact()).abs()).isLessThanOrEqualTo(Amounts.decimal(years.get(t).impact()).abs());
    }
  }

  // ---------------------------------------------------------------- discounting

  @Property(tries = 200)
  void presentValueNeverIncreasesWhenTheRateRises(@ForAll("positiveLine") LineSpec spec,
      @ForAll @BigRange(min = "0", max = "0.2") BigDecimal r1, @ForAll @BigRange(min = "0", max = "0.2") BigDecimal r2,
      @ForAll TimingConvention timing) {
    BigDecimal low = r1.min(r2);
    BigDecimal high = r1.max(r2);
    BigDecimal atLow = Amounts.decimal(single(spec.line("x"), DiscountSchedule.flat(low), timing).result().presentValue());
    BigDecimal atHigh = Amounts.decimal(single(spec.line("x"), DiscountSchedule.flat(high), timing).result().presentValue());
    assertThat(atHigh).isLessThanOrEqualTo(atLow);
  }

  @Property(tries = 200)
  void aZeroRateGivesTheUndiscountedSum(@ForAll("someLines") List<LineSpec> specs, @ForAll TimingConvention timing) {
    ValuationResult r = Valuation.builder().currency(GBP).addAllLines(LineSpec.lines(specs))
        .discountSchedule(DiscountSchedule.zero()).timing(timing).build().result();
    assertThat(Amounts.decimal(r.presentValue())).isEqualByComparingTo(Amounts.decimal(r.totalValue()));
  }

  // ---------------------------------------------------------------- currencies

  @Provide
  Arbitrary<CurrencyUnit> otherCurrency() {
    return Arbitraries.of("EUR", "USD", "JPY", "CHF", "SEK").map(Monetary::getCurrency);
  }

  @Property(tries = 50)
  void currenciesNeverMix(@ForAll("anyLine") LineSpec spec, @ForAll("otherCurrency") CurrencyUnit other) {
    OutcomeLine foreign = spec.line("foreign").valuedWith(Fixtures.proxy(spec.proxy(), other, Unit.COUNT, 2024));
    assertThatThrownBy(() -> Valuation.builder().currency(GBP).addLines(spec.line("home"), foreign).build())
        .isInstanceOf(ValidationException.class).hasMessageContaining("currencies never mix");
    assertThatThrownBy(() -> Valuation.builder().currency(GBP).addLines(spec.line("home"))
        .putInvestment(0, Amounts.of(BigDecimal.TEN, other)).build())
        .isInstanceOf(ValidationException.class).hasMessageContaining("currencies never mix");
    assertThatThrownBy(() -> Valuation.builder().currency(GBP).addLines(spec.line("home"))
        .contractValue(Amounts.of(BigDecimal.TEN, other)).build())
        .isInstanceOf(ValidationException.class).hasMessageContaining("currencies never mix");
  }
}
