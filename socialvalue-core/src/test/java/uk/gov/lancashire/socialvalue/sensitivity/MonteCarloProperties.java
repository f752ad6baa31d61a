package uk.gov.lancashire.socialvalue.sensitivity;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.constraints.IntRange;
import uk.gov.lancashire.socialvalue.basics.Amounts;
import uk.gov.lancashire.socialvalue.valuation.Fixtures;
import uk.gov.lancashire.socialvalue.valuation.LineSpec;
import uk.gov.lancashire.socialvalue.valuation.Valuation;
import uk.gov.lancashire.socialvalue.valuation.ValuationResult;

/** The same seed gives the same band; samples stay within their bounds, so the band is ordered. */
class MonteCarloProperties {

  @Provide
  Arbitrary<List<LineSpec>> lines() {
    return LineSpec.specs(true).list().ofMinSize(1).ofMaxSize(4);
  }

  @Property(tries = 50)
  void theSameSeedGivesTheSameBand(@ForAll("lines") List<LineSpec> specs, @ForAll long seed,
      @ForAll @IntRange(min = 1, max = 500) int draws) {
    ValuationResult result = Valuation.builder().currency(Fixtures.GBP).addAllLines(LineSpec.lines(specs))
        .putInvestment(0, Amounts.of(new BigDecimal("1000"), Fixtures.GBP)).build().result();
    List<UncertainInput> inputs = List.of(
        UncertainInput.of("L0", Parameter.QUANTITY, Distribution.uniform(
            specs.get(0).quantity().multiply(new BigDecimal("0.8")).min(specs.get(0).quantity().multiply(new BigDecimal("1.2"))),
            specs.get(0).quantity().multiply(new BigDecimal("0.8")).max(specs.get(0).quantity().multiply(new BigDecimal("1.2"))))),
        UncertainInput.of("L0", Parameter.DROP_OFF, Distribution.triangular(BigDecimal.ZERO, specs.get(0).dropOff(), BigDecimal.ONE)),
        UncertainInput.of("L" + (specs.size() - 1), Parameter.ATTRIBUTION,
            Distribution.triangular(BigDecimal.ZERO, specs.get(specs.size() - 1).attribution(), BigDecimal.ONE)));
    MonteCarloBand band = MonteCarlo.run(result, inputs, draws, seed);
    assertThat(MonteCarlo.run(result, inputs, draws, seed)).isEqualTo(band);
    assertThat(band.presentValueP5()).isLessThanOrEqualTo(band.presentValueP50());
    assertThat(band.presentValueP50()).isLessThanOrEqualTo(band.presentValueP95());
    assertThat(Map.of("seed", band.seed())).containsEntry("seed", seed);
  }
}
