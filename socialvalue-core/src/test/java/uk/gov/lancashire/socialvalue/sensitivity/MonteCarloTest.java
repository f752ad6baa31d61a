package uk.gov.lancashire.socialvalue.sensitivity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.gov.lancashire.socialvalue.basics.Amounts;
import uk.gov.lancashire.socialvalue.basics.ValidationException;
import uk.gov.lancashire.socialvalue.discounting.DiscountSchedule;
import uk.gov.lancashire.socialvalue.framework.Unit;
import uk.gov.lancashire.socialvalue.pricebase.PriceIndexSeries;
import uk.gov.lancashire.socialvalue.valuation.Fixtures;
import uk.gov.lancashire.socialvalue.valuation.OutcomeLine;
import uk.gov.lancashire.socialvalue.valuation.Quantity;
import uk.gov.lancashire.socialvalue.valuation.Valuation;
import uk.gov.lancashire.socialvalue.valuation.ValuationResult;

class MonteCarloTest {

  private static final ValuationResult CHAIN = ChainFixture.chain(new BigDecimal("20000")).result();

  private static final List<UncertainInput> INPUTS = List.of(
      UncertainInput.of("A employment", Parameter.DEADWEIGHT,
          Distribution.triangular(new BigDecimal("0.1"), new BigDecimal("0.2"), new BigDecimal("0.4"))),
      UncertainInput.of("B training", Parameter.QUANTITY, Distribution.uniform(new BigDecimal("120"), new BigDecimal("200"))),
      UncertainInput.of("C volunteering", Parameter.DROP_OFF,
          Distribution.triangular(new BigDecimal("0"), new BigDecimal("0.2"), new BigDecimal("0.6"))));

  @Test
  void sameSeedSameBand_otherSeedOtherBand() {
    MonteCarloBand first = MonteCarlo.run(CHAIN, INPUTS, 5_000, 42L);
    assertThat(MonteCarlo.run(CHAIN, INPUTS, 5_000, 42L)).isEqualTo(first);
    assertThat(MonteCarlo.run(CHAIN, INPUTS, 5_000, 43L)).isNotEqualTo(first);
  }

  @Test
  void bandIsOrderedAndStraddlesTheCentralCase() {
    MonteCarloBand band = MonteCarlo.run(CHAIN, INPUTS, 5_000, 7L);
    assertThat(Amounts.decimal(band.presentValueP5())).isLessThan(Amounts.decimal(band.presentValueP50()));
    assertThat(Amounts.decimal(band.presentValueP50())).isLessThan(Amounts.decimal(band.presentValueP95()));
    assertThat(band.ratioP5()).isLessThan(band.ratioP95());
    assertThat(Amounts.decimal(band.presentValueP5())).isLessThan(Amounts.decimal(CHAIN.presentValue()));
    assertThat(Amounts.decimal(band.presentValueP95())).isGreaterThan(Amounts.decimal(CHAIN.presentValue()));
  }

  @Test
  void pointDistributionsReproduceTheEngineExactly() {
    // every draw equals the central case, so every percentile is the engine's exact PV and ratio, digit for digit
    List<UncertainInput> fixed = List.of(
        UncertainInput.of("B training", Parameter.PROXY, Distribution.uniform(new BigDecimal("50"), new BigDecimal("50"))),
        UncertainInput.of("C volunteering", Parameter.DROP_OFF,
            Distribution.triangular(new BigDecimal("0.2"), new BigDecimal("0.2"), new BigDecimal("0.2"))),
        UncertainInput.of("C volunteering", Parameter.ATTRIBUTION,
            Distribution.uniform(new BigDecimal("0.5"), new BigDecimal("0.5"))));
    assertExactlyTheEngine(MonteCarlo.run(CHAIN, fixed, 100, 1L), CHAIN);
  }

  @Test
  void pointDistributionsReproduceTheEngineExactly_risingDeadweightAndRestatedProxy() {
    // a rising-deadweight line, and a 2022 proxy restated by 100/90 (a non-terminating factor); illustrative
    PriceIndexSeries gdp = PriceIndexSeries.of("GDP deflator, calendar years (illustrative)",
        Map.of(2022, new BigDecimal("90"), 2024, new BigDecimal("100")));
    ValuationResult result = Valuation.builder().currency(Fixtures.GBP)
        .addLines(OutcomeLine.builder().id("old proxy").measure(Fixtures.measure("NT70", Unit.HOURS))
            .quantity(Quantity.of("9", Unit.HOURS)).proxy(Fixtures.proxy(new BigDecimal("10.7"), Fixtures.GBP, Unit.HOURS, 2022))
            .attribution(new BigDecimal("0.3")).dropOff(new BigDecimal("0.15")).durationYears(4).build())
        .addLines(ChainFixture.withRisingLine(BigDecimal.ONE).lines().get(3))
        .discountSchedule(DiscountSchedule.flat(new BigDecimal("0.035")))
        .priceBaseYear(2024).priceIndex(gdp)
        .putInvestment(0, Amounts.of(new BigDecimal("3000"), Fixtures.GBP)).build().result();
    List<UncertainInput> fixed = List.of(
        UncertainInput.of("old proxy", Parameter.PROXY,
            Distribution.triangular(new BigDecimal("10.7"), new BigDecimal("10.7"), new BigDecimal("10.7"))),
        UncertainInput.of("old proxy", Parameter.DROP_OFF, Distribution.uniform(new BigDecimal("0.15"), new BigDecimal("0.15"))),
        UncertainInput.of("D wellbeing", Parameter.QUANTITY, Distribution.uniform(BigDecimal.TEN, BigDecimal.TEN)));
    assertExactlyTheEngine(MonteCarlo.run(result, fixed, 50, 9L), result);
  }

  private static void assertExactlyTheEngine(MonteCarloBand band, ValuationResult engine) {
    BigDecimal pv = Amounts.decimal(engine.presentValue());
    BigDecimal ratio = engine.sroiRatio().value();
    assertThat(List.of(Amounts.decimal(band.presentValueP5()), Amounts.decimal(band.presentValueP50()), Amounts.decimal(band.presentValueP95())))
        .allSatisfy(p -> assertThat(p.compareTo(pv)).as("%s vs engine %s", p, pv).isZero());
    assertThat(List.of(band.ratioP5(), band.ratioP50(), band.ratioP95()))
        .allSatisfy(r -> assertThat(r.compareTo(ratio)).as("%s vs engine %s", r, ratio).isZero());
  }

  @Test
  void reportedFiguresAreExactDecimalsNotDoubles() {
    // with real spread, each PV carries the engine's 34 significant digits, and each ratio is PV ÷ investment
    MonteCarloBand band = MonteCarlo.run(CHAIN, INPUTS, 2_000, 11L);
    assertThat(Amounts.decimal(band.presentValueP50()).precision()).isGreaterThan(17);
    for (BigDecimal[] pair : new BigDecimal[][] {{Amounts.decimal(band.presentValueP5()), band.ratioP5()},
        {Amounts.decimal(band.presentValueP50()), band.ratioP50()}, {Amounts.decimal(band.presentValueP95()), band.ratioP95()}}) {
      assertThat(pair[1].compareTo(pair[0].divide(new BigDecimal("20000"), Valuation.MATH_CONTEXT))).isZero();
    }
  }

  @Test
  void refusesBadDeclarations() {
    assertThatThrownBy(() -> MonteCarlo.run(CHAIN, List.of(
        UncertainInput.of("nope", Parameter.QUANTITY, Distribution.uniform(BigDecimal.ONE, BigDecimal.TEN)),
        UncertainInput.of("A employment", Parameter.ATTRIBUTION, Distribution.uniform(BigDecimal.ZERO, BigDecimal.TEN))),
        0, 1L))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("draws: must be at least 1")
        .hasMessageContaining("inputs[0].lineId: no line 'nope'")
        .hasMessageContaining("inputs[1].distribution: a fraction's distribution must lie within [0, 1]");
    assertThatThrownBy(() -> Distribution.triangular(BigDecimal.ONE, BigDecimal.ZERO, BigDecimal.TEN))
        .isInstanceOf(ValidationException.class);
  }
}
