package uk.gov.lancashire.socialvalue.sensitivity;

import static uk.gov.lancashire.socialvalue.PublicEdge.call;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import uk.gov.lancashire.socialvalue.EdgeValues;
import uk.gov.lancashire.socialvalue.valuation.ValuationResult;

/** Distributions and Monte Carlo with edge values: only a result, a ValidationException or a named NPE. */
class SensitivityEdgeProperties extends EdgeValues {

  private static final ValuationResult CHAIN = ChainFixture.chain(new BigDecimal("20000")).result();


  @Example
  void aUniformBeyondTheRangeOfADoubleIsRefusedNotACrash() {
    call(() -> MonteCarlo.run(CHAIN, List.of(UncertainInput.of("B training", Parameter.QUANTITY,
        Distribution.uniform(new BigDecimal("1E+400"), new BigDecimal("1E+401")))), 100, 1L));
  }

  @Property(tries = 60)
  void monteCarloWithEdgeBounds(@ForAll("decimals") BigDecimal a, @ForAll("decimals") BigDecimal b) {
    BigDecimal lo = a.min(b);
    BigDecimal hi = a.max(b);
    call(() -> MonteCarlo.run(CHAIN, List.of(UncertainInput.of("B training", Parameter.QUANTITY,
        Distribution.uniform(lo, hi))), 20, 7L));
    call(() -> MonteCarlo.run(CHAIN, List.of(UncertainInput.of("A employment", Parameter.PROXY,
        Distribution.triangular(lo, lo, hi))), 20, 7L));
    call(() -> Distribution.uniform(hi, lo));
  }
}
