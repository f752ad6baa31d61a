package uk.gov.lancashire.socialvalue.valuation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.gov.lancashire.socialvalue.valuation.Fixtures.EUR;
import static uk.gov.lancashire.socialvalue.valuation.Fixtures.GBP;
import static uk.gov.lancashire.socialvalue.valuation.Fixtures.gbp;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import uk.gov.lancashire.socialvalue.basics.Amounts;
import uk.gov.lancashire.socialvalue.basics.Explanation;
import uk.gov.lancashire.socialvalue.basics.MoneyRounding;
import uk.gov.lancashire.socialvalue.basics.RoundedBreakdown;
import uk.gov.lancashire.socialvalue.basics.ValidationException;
import uk.gov.lancashire.socialvalue.discounting.DiscountSchedule;
import uk.gov.lancashire.socialvalue.discounting.TimingConvention;
import uk.gov.lancashire.socialvalue.framework.Adjustments;
import uk.gov.lancashire.socialvalue.framework.Measure;
import uk.gov.lancashire.socialvalue.framework.Unit;
import uk.gov.lancashire.socialvalue.pricebase.PriceIndexSeries;

class ValuationTest {

  private static final Measure EMPLOYMENT = Fixtures.measure("NT1", Unit.FTE_YEARS,
      Adjustments.builder().deadweight(new BigDecimal("0.2")).displacement(new BigDecimal("0.1")).build());
  private static final Measure TRAINING = Fixtures.measure("NT10", Unit.HOURS_X_ATTENDEES);
  private static final Measure VOLUNTEERING = Fixtures.measure("NT20", Unit.HOURS);

  // ------------------------------------------------------------------ published examples

  /**
   * HM Treasury Green Book, Table 2 (DOMAIN.md §4.2), through the engine: an outcome worth £1,000 in
   * each of years 0–10, Green Book timing at 3.5%, has present values 1,000 / 966 / 934 / 902 / 871 /
   * 842 / 814 / 786 / 759 / 734 / 709, rounded to £1.
   */
  @Test
  void greenBookTable2_throughTheEngine() {
    Measure m = Fixtures.measure("NT99", Unit.COUNT);
    ValuationResult result = Valuation.builder().currency(GBP)
        .addLines(OutcomeLine.builder().id("£1,000 a year").measure(m).quantity(Quantity.of("1", Unit.COUNT))
            .proxy(Fixtures.proxy("1000", Unit.COUNT)).durationYears(11).build())
        .discountSchedule(DiscountSchedule.greenBook())
        .build().result();
    int[] published = {1000, 966, 934, 902, 871, 842, 814, 786, 759, 734, 709};
    MoneyRounding pounds = MoneyRounding.toScale(0, RoundingMode.HALF_UP);
    for (int t = 0; t <= 10; t++) {
      YearValue y = result.lines().get(0).years().get(t);
      assertThat(y.period()).isEqualTo(t);
      assertThat(pounds.round(Amounts.decimal(y.presentValue()))).as("year %d", t).isEqualByComparingTo(Integer.toString(published[t]));
    }
  }

  /**
   * A three-outcome SROI chain over four periods, worked by hand (all values illustrative). Flat 5%,
   * Green Book timing (period 0 undiscounted): DF0 = 1, DF1 = 1/1.05, DF2 = 1/1.1025, DF3 = 1/1.157625.
   *
   * <pre>
   * A  employment: 12.5 FTE over 2 years = 25 FTE-years × £1,000, measure defaults deadweight 20%,
   *    displacement 10%; 1 year in period 0.
   *    impact_1 = 25 × 1000 × 0.8 × 0.9 = 18,000                       PV = 18,000
   * B  training: 10 sessions of 2 h × 8 attendees = 160 × £50, deadweight 25%, attribution 20%,
   *    drop-off 50%, 3 years, starting the period after the activity (periods 1–3).
   *    impact = 160 × 50 × 0.75 × 0.8 = 4,800; then 2,400; then 1,200  (total 8,400)
   *    PV = 4,800/1.05 + 2,400/1.1025 + 1,200/1.157625
   *       = 4,571.428571… + 2,176.870748… + 1,036.605118…
   * C  volunteering: 400 hours × £15, deadweight 10%, attribution 50%, drop-off 20%, 2 years from
   *    activity period 1 (periods 1–2).
   *    impact = 400 × 15 × 0.9 × 0.5 = 2,700; then 2,160               (total 4,860)
   *    PV = 2,700/1.05 + 2,160/1.1025 = 2,571.428571… + 1,959.183673…
   * total value = 18,000 + 8,400 + 4,860 = 31,260
   * PV = 18,000 + 7,500/1.05 + 4,560/1.1025 + 1,200/1.157625 = 30,315.516682…  → £30,315.52
   * investment £20,000 in period 0: NPV = 10,315.52; SROI ratio = 1.5158 : 1; net SROI = 0.5158 : 1
   * contract £500,000: SV% = 31,260 / 500,000 × 100 = 6.252%; £0.06252 per £1
   * payback (Guide): annual impact 18,000 + 4,800 + 2,700 = 25,500; 20,000 ÷ (25,500 ÷ 12) = 9.4118 months
   * payback (cumulative): period 0 has 18,000 < 20,000; period 1 adds 4,571.43 + 2,571.43 → 25,142.86: period 1
   * </pre>
   */
  @Test
  void threeOutcomeChainWorkedByHand() {
    ValuationResult r = chain().result();
    MathContext mc = new MathContext(40);
    BigDecimal expectedPv = new BigDecimal("18000")
        .add(new BigDecimal("7500").divide(new BigDecimal("1.05"), mc))
        .add(new BigDecimal("4560").divide(new BigDecimal("1.1025"), mc))
        .add(new BigDecimal("1200").divide(new BigDecimal("1.157625"), mc));
    Offset<BigDecimal> tiny = Offset.offset(new BigDecimal("1e-25"));

    assertThat(Amounts.decimal(r.totalValue())).isEqualByComparingTo("31260");
    assertThat(Amounts.decimal(r.presentValue())).isCloseTo(expectedPv, tiny);
    assertThat(MoneyRounding.of(GBP).round(Amounts.decimal(r.presentValue()))).isEqualByComparingTo("30315.52");
    assertThat(Amounts.decimal(r.netPresentValue())).isCloseTo(expectedPv.subtract(new BigDecimal("20000")), tiny);
    assertThat(r.sroiRatio().value().setScale(4, RoundingMode.HALF_UP)).isEqualByComparingTo("1.5158");
    assertThat(r.sroiRatio().label()).isEqualTo("SROI ratio (PV ÷ investment)");
    assertThat(r.netSroiRatio().value().setScale(4, RoundingMode.HALF_UP)).isEqualByComparingTo("0.5158");
    assertThat(r.netSroiRatio().label()).isEqualTo("net SROI ratio (NPV ÷ investment)");
    assertThat(r.socialValuePercent()).isEqualByComparingTo("6.252");
    assertThat(r.valuePerUnitOfContract()).isEqualByComparingTo("0.06252");
    assertThat(r.paybackGuide().months().orElseThrow().setScale(4, RoundingMode.HALF_UP)).isEqualByComparingTo("9.4118");
    assertThat(r.paybackCumulative().period().getAsInt()).isEqualTo(1);

    ValuedLine b = r.lines().get(1);
    assertThat(b.years()).extracting(YearValue::period).containsExactly(1, 2, 3);
    assertThat(b.years()).extracting(y -> Amounts.decimal(y.impact()))
        .usingElementComparator(BigDecimal::compareTo)
        .containsExactly(new BigDecimal("4800"), new BigDecimal("2400"), new BigDecimal("1200"));
    assertThat(Amounts.decimal(r.presentValueByPeriod().get(0))).isEqualByComparingTo("18000");
  }

  static Valuation chain() {
    return Valuation.builder().currency(GBP)
        .addLines(OutcomeLine.builder().id("A employment").measure(EMPLOYMENT)
            .quantity(Quantity.fullTimeEquivalent(10, 5).overYears(new BigDecimal("2")))
            .edition(Fixtures.edition(EMPLOYMENT, "1000")).build())
        .addLines(OutcomeLine.builder().id("B training").measure(TRAINING)
            .quantity(Quantity.sessionHours(new BigDecimal("2"), 8).multipliedBy(BigDecimal.TEN))
            .proxy(Fixtures.proxy("50", Unit.HOURS_X_ATTENDEES))
            .deadweight(new BigDecimal("0.25")).attribution(new BigDecimal("0.2")).dropOff(new BigDecimal("0.5"))
            .durationYears(3).start(OutcomeStart.NEXT_PERIOD).build())
        .addLines(OutcomeLine.builder().id("C volunteering").measure(VOLUNTEERING)
            .quantity(Quantity.of("400", Unit.HOURS)).proxy(Fixtures.proxy("15", Unit.HOURS))
            .deadweight(new BigDecimal("0.1")).attribution(new BigDecimal("0.5")).dropOff(new BigDecimal("0.2"))
            .durationYears(2).activityPeriod(1).build())
        .putInvestment(0, gbp("20000"))
        .contractValue(gbp("500000"))
        .discountSchedule(DiscountSchedule.flat(new BigDecimal("0.05")))
        .timing(TimingConvention.GREEN_BOOK)
        .build();
  }

  // ------------------------------------------------------------------ models

  @Test
  void risingDeadweightReplacesDropOff() {
    // illustrative: 10 × £100, deadweight 15%, 30%, 45%, zero rate: 850 + 700 + 550 = 2,100
    ValuationResult r = Valuation.builder().currency(GBP).discountSchedule(DiscountSchedule.zero())
        .addLines(OutcomeLine.builder().id("wellbeing").measure(VOLUNTEERING).quantity(Quantity.of("10", Unit.HOURS))
            .proxy(Fixtures.proxy("100", Unit.HOURS)).deadweightModel(DeadweightModel.RISING_DEADWEIGHT)
            .addRisingDeadweights(new BigDecimal("0.15"), new BigDecimal("0.30"), new BigDecimal("0.45")).build())
        .build().result();
    assertThat(r.lines().get(0).years()).extracting(y -> Amounts.decimal(y.impact())).usingElementComparator(BigDecimal::compareTo)
        .containsExactly(new BigDecimal("850"), new BigDecimal("700"), new BigDecimal("550"));
    assertThat(Amounts.decimal(r.presentValue())).isEqualByComparingTo("2100");
  }

  @Test
  void theTwoDeadweightModelsNeverCombine() {
    assertThatThrownBy(() -> OutcomeLine.builder().id("x").measure(VOLUNTEERING).quantity(Quantity.of("10", Unit.HOURS))
        .proxy(Fixtures.proxy("100", Unit.HOURS)).deadweightModel(DeadweightModel.RISING_DEADWEIGHT)
        .addRisingDeadweights(new BigDecimal("0.3"), new BigDecimal("0.2"))
        .dropOff(new BigDecimal("0.1")).deadweight(new BigDecimal("0.1")).build())
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("dropOff: the RISING_DEADWEIGHT model never combines with a drop-off")
        .hasMessageContaining("deadweight: the RISING_DEADWEIGHT model takes its deadweights")
        .hasMessageContaining("risingDeadweights[1]: must not be below the year before");
    assertThatThrownBy(() -> OutcomeLine.builder().id("x").measure(VOLUNTEERING).quantity(Quantity.of("10", Unit.HOURS))
        .proxy(Fixtures.proxy("100", Unit.HOURS)).addRisingDeadweights(new BigDecimal("0.3")).build())
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("risingDeadweights: rising deadweights belong to the RISING_DEADWEIGHT model");
  }

  @Test
  void disbenefitsAreKeptNegative() {
    Measure emissions = Fixtures.measure("NT31", Unit.TONNES_CO2E);
    ValuationResult r = Valuation.builder().currency(GBP).discountSchedule(DiscountSchedule.zero())
        .addLines(OutcomeLine.builder().id("extra emissions").measure(emissions)
            .quantity(Quantity.of("-2", Unit.TONNES_CO2E)).proxy(Fixtures.proxy("250", Unit.TONNES_CO2E)).build())
        .build().result();
    assertThat(Amounts.decimal(r.presentValue())).isEqualByComparingTo("-500");
  }

  // ------------------------------------------------------------------ price base

  @Test
  void restatesProxiesWithTheSeriesAndRecordsIt() {
    PriceIndexSeries gdp = PriceIndexSeries.of("GDP deflator, calendar years (illustrative)",
        Map.of(2022, new BigDecimal("90"), 2024, new BigDecimal("100")));
    ValuationResult r = Valuation.builder().currency(GBP).discountSchedule(DiscountSchedule.zero())
        .addLines(OutcomeLine.builder().id("old proxy").measure(VOLUNTEERING).quantity(Quantity.of("9", Unit.HOURS))
            .proxy(Fixtures.proxy(new BigDecimal("10"), GBP, Unit.HOURS, 2022)).build())
        .addLines(OutcomeLine.builder().id("new proxy").measure(TRAINING)
            .quantity(Quantity.of("1", Unit.HOURS_X_ATTENDEES)).proxy(Fixtures.proxy("5", Unit.HOURS_X_ATTENDEES)).build())
        .priceBaseYear(2024).priceIndex(gdp).build().result();
    // 9 × 10 × 100/90 = 100 in 2024 prices, + 5
    assertThat(Amounts.decimal(r.presentValue())).isCloseTo(new BigDecimal("105"), Offset.offset(new BigDecimal("1e-30")));
    assertThat(r.priceIndexUsed()).contains(gdp);
    assertThat(r.explain().toText()).contains("2024 via 'GDP deflator, calendar years (illustrative)'");
  }

  @Test
  void differentPriceYearsWithoutASeriesAreRefused() {
    assertThatThrownBy(() -> Valuation.builder().currency(GBP)
        .addLines(OutcomeLine.builder().id("a").measure(VOLUNTEERING).quantity(Quantity.of("1", Unit.HOURS))
            .proxy(Fixtures.proxy(new BigDecimal("10"), GBP, Unit.HOURS, 2022)).build())
        .addLines(OutcomeLine.builder().id("b").measure(VOLUNTEERING).quantity(Quantity.of("1", Unit.HOURS))
            .proxy(Fixtures.proxy("10", Unit.HOURS)).build())
        .priceBaseYear(2024).build())
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("priceIndex: values in price years [2022, 2024] cannot be added without a price index");
  }

  // ------------------------------------------------------------------ currencies and errors

  @Test
  void currenciesNeverMix() {
    assertThatThrownBy(() -> Valuation.builder().currency(GBP)
        .addLines(OutcomeLine.builder().id("a").measure(VOLUNTEERING).quantity(Quantity.of("1", Unit.HOURS))
            .proxy(Fixtures.proxy(new BigDecimal("10"), EUR, Unit.HOURS, 2024)).build())
        .putInvestment(0, Amounts.of(BigDecimal.TEN, EUR))
        .build())
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("lines[0].proxy: is in EUR but the valuation is in GBP")
        .hasMessageContaining("investment[0]: is in EUR");
  }

  @Test
  void zeroInvestmentOrContractValueIsAClearError() {
    ValuationResult r = chain().withInvestment(Map.of(0, gbp("0"))).withContractValue(gbp("0")).result();
    assertThatThrownBy(r::sroiRatio).isInstanceOf(ValidationException.class)
        .hasMessage("1 problem:\n  investment: is zero: a return per unit of investment is undefined");
    assertThatThrownBy(r::paybackCumulative).isInstanceOf(ValidationException.class);
    assertThatThrownBy(r::socialValuePercent).isInstanceOf(ValidationException.class)
        .hasMessageContaining("contractValue: is 0: SV% and value per £1 need a positive contract value");
  }

  @Test
  void paybackWithInvestmentSpreadOverPeriods() {
    // the same £20,000 as the worked chain, spread 10,000 + 10,000 over periods 0 and 1: the Guide's form
    // takes the whole investment, undiscounted: 20,000 ÷ (25,500 ÷ 12) = 9.4118 months, as for the lump sum.
    // Cumulative: period 0 has 18,000 ≥ 10,000 invested so far; period 1 has 25,142.86 ≥ 10,000 +
    // 10,000 ÷ 1.05 (the chain discounts at 5%; inputs on the Green Book timing): paid back from period 0.
    ValuationResult r = chain().withInvestment(Map.of(0, gbp("10000"), 1, gbp("10000"))).result();
    assertThat(r.paybackGuide().months().orElseThrow().setScale(4, RoundingMode.HALF_UP)).isEqualByComparingTo("9.4118");
    assertThat(r.paybackCumulative().period()).hasValue(0);
    assertThat(Amounts.decimal(r.investmentByPeriod().get(0))).isEqualByComparingTo("10000");
    assertThat(Amounts.decimal(r.investmentByPeriod().get(1)).setScale(2, RoundingMode.HALF_UP)).isEqualByComparingTo("9523.81");
  }

  @Test
  void cumulativePaybackSaysNeverExplicitly() {
    ValuationResult r = chain().withInvestment(Map.of(0, gbp("1000000"))).result();
    assertThat(r.paybackCumulative().reached()).isFalse();
    assertThat(r.paybackCumulative().description()).startsWith("never within 4 periods");
  }

  @Test
  void lineValidationNamesEveryProblem() {
    assertThatThrownBy(() -> OutcomeLine.builder().id(" ").measure(VOLUNTEERING).quantity(Quantity.of("1", Unit.COUNT))
        .deadweight(new BigDecimal("1.5")).durationYears(0).build())
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("id: must not be blank")
        .hasMessageContaining("quantity: is in COUNT but measure NT20 counts HOURS")
        .hasMessageContaining("proxy: give exactly one of an edition or an explicit proxy")
        .hasMessageContaining("deadweight: must be between 0 and 1, was 1.5")
        .hasMessageContaining("durationYears: must be from 1 to 200, was 0");
  }

  // ------------------------------------------------------------------ explanation and rounding

  @Test
  void explanationCarriesInputsFactorsYearsEditionAndRounding() {
    Explanation e = chain().result().explain();
    Explanation a = e.children().get(0);
    assertThat(a.title()).isEqualTo("Line A employment");
    assertThat(a.entry("edition")).contains("illustrative@2024.1");
    assertThat(a.entry("deadweight")).contains("0.2 (measure default)");
    Explanation b = e.children().get(1);
    assertThat(b.entry("drop-off")).contains("0.5 (line)");
    assertThat(b.children()).hasSize(3);
    assertThat(b.children().get(2).entry("discount factor").orElseThrow()).startsWith("0.8638375985");
    Explanation totals = e.children().get(3);
    assertThat(totals.entry("present value")).hasValueSatisfying(v -> assertThat(v).endsWith("(rounded 30315.52)"));
    assertThat(e.entry("rounding").orElseThrow()).contains("HALF_UP");
    assertThat(e.toText()).contains("SROI ratio (PV ÷ investment): 1.5157").contains("net SROI ratio (NPV ÷ investment)");
  }

  @Test
  void roundedBreakdownAddsUp() {
    RoundedBreakdown rounded = chain().result().rounded(MoneyRounding.of(GBP));
    // exact: 18000, 7784.904437…, 4530.612244…; sum 30315.516682… → 30315.52
    assertThat(rounded.total()).isEqualByComparingTo("30315.52");
    assertThat(rounded.parts().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("30315.52");
  }
}
