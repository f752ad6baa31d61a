package uk.gov.lancashire.socialvalue.sensitivity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.Test;
import uk.gov.lancashire.socialvalue.basics.ValidationException;
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
    assertThat(band.presentValueP5()).isLessThan(band.presentValueP50());
    assertThat(band.presentValueP50()).isLessThan(band.presentValueP95());
    assertThat(band.ratioP5()).isLessThan(band.ratioP95());
    assertThat(band.presentValueP5()).isLessThan(CHAIN.presentValueDecimal());
    assertThat(band.presentValueP95()).isGreaterThan(CHAIN.presentValueDecimal());
  }

  @Test
  void pointDistributionsReproduceTheEngine() {
    // every draw equals the central case, so every percentile is the engine's PV (to double precision)
    List<UncertainInput> fixed = List.of(
        UncertainInput.of("B training", Parameter.PROXY, Distribution.uniform(new BigDecimal("50"), new BigDecimal("50"))),
        UncertainInput.of("C volunteering", Parameter.DROP_OFF,
            Distribution.triangular(new BigDecimal("0.2"), new BigDecimal("0.2"), new BigDecimal("0.2"))));
    MonteCarloBand band = MonteCarlo.run(CHAIN, fixed, 100, 1L);
    assertThat(band.presentValueP5()).isCloseTo(CHAIN.presentValueDecimal(), Percentage.withPercentage(1e-10));
    assertThat(band.presentValueP95()).isCloseTo(CHAIN.presentValueDecimal(), Percentage.withPercentage(1e-10));
    assertThat(band.ratioP50()).isCloseTo(CHAIN.sroiRatio().value(), Percentage.withPercentage(1e-10));
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
