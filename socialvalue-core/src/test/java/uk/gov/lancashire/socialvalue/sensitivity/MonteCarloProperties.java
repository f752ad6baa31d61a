package uk.gov.lancashire.socialvalue.sensitivity;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import uk.gov.lancashire.socialvalue.basics.Amounts;
import uk.gov.lancashire.socialvalue.valuation.Fixtures;
import uk.gov.lancashire.socialvalue.valuation.LineSpec;
import uk.gov.lancashire.socialvalue.valuation.Valuation;
import uk.gov.lancashire.socialvalue.valuation.ValuationResult;

/**
 * The same seed gives the same band; every reported figure is an exact engine value lying between the
 * engine's exact PVs at the bounds of the uncertain inputs; point distributions give the engine's figures
 * digit for digit; samples stay within their bounds.
 */
class MonteCarloProperties {

  private static final BigDecimal INVESTMENT = new BigDecimal("1000");

  @Provide
  Arbitrary<List<LineSpec>> lines() {
    return LineSpec.specs(true).list().ofMinSize(1).ofMaxSize(4);
  }

  @Property(tries = 50)
  void theBandIsReproducibleOrderedAndWithinTheExactPvsAtTheBounds(@ForAll("lines") List<LineSpec> specs,
      @ForAll long seed, @ForAll @IntRange(min = 1, max = 500) int draws) {
    int last = specs.size() - 1;
    BigDecimal q = specs.get(0).quantity();
    BigDecimal qLow = q.multiply(new BigDecimal("0.8")).min(q.multiply(new BigDecimal("1.2")));
    BigDecimal qHigh = q.multiply(new BigDecimal("0.8")).max(q.multiply(new BigDecimal("1.2")));
    List<UncertainInput> inputs = List.of(
        UncertainInput.of("L0", Parameter.QUANTITY, Distribution.uniform(qLow, qHigh)),
        UncertainInput.of("L0", Parameter.DROP_OFF, Distribution.triangular(BigDecimal.ZERO, specs.get(0).dropOff(), BigDecimal.ONE)),
        UncertainInput.of("L" + last, Parameter.ATTRIBUTION,
            Distribution.triangular(BigDecimal.ZERO, specs.get(last).attribution(), BigDecimal.ONE)));
    MonteCarloBand band = MonteCarlo.run(value(specs), inputs, draws, seed);

    assertThat(MonteCarlo.run(value(specs), inputs, draws, seed)).isEqualTo(band);
    assertThat(band.seed()).isEqualTo(seed);
    List<BigDecimal> pvs = List.of(Amounts.decimal(band.presentValueP5()), Amounts.decimal(band.presentValueP50()), Amounts.decimal(band.presentValueP95()));
    List<BigDecimal> ratios = List.of(band.ratioP5(), band.ratioP50(), band.ratioP95());
    assertThat(pvs.get(0)).isLessThanOrEqualTo(pvs.get(1));
    assertThat(pvs.get(1)).isLessThanOrEqualTo(pvs.get(2));

    // PV is monotone in each of the three inputs, so every draw lies between the engine's exact PVs at the
    // corners of the box of bounds (2 × 2 × 2 valuations)
    BigDecimal min = null;
    BigDecimal max = null;
    for (BigDecimal quantity : List.of(qLow, qHigh)) {
      for (BigDecimal dropOff : List.of(BigDecimal.ZERO, BigDecimal.ONE)) {
        for (BigDecimal attribution : List.of(BigDecimal.ZERO, BigDecimal.ONE)) {
          List<LineSpec> corner = new ArrayList<>(specs);
          corner.set(0, with(corner.get(0), quantity, dropOff, corner.get(0).attribution()));
          LineSpec l = corner.get(last);
          corner.set(last, with(l, l.quantity(), l.dropOff(), attribution));
          BigDecimal pv = Amounts.decimal(value(corner).presentValue());
          min = min == null ? pv : min.min(pv);
          max = max == null ? pv : max.max(pv);
        }
      }
    }
    for (int i = 0; i < 3; i++) {
      assertThat(pvs.get(i)).isBetween(min, max);
      assertThat(ratios.get(i).compareTo(pvs.get(i).divide(INVESTMENT, Valuation.MATH_CONTEXT))).isZero();
    }
  }

  @Property(tries = 100)
  void pointDistributionsAtTheStatedInputsGiveTheEngineExactly(@ForAll("lines") List<LineSpec> specs, @ForAll long seed,
      @ForAll @IntRange(min = 1, max = 50) int draws) {
    int last = specs.size() - 1;
    ValuationResult result = value(specs);
    List<UncertainInput> inputs = List.of(
        UncertainInput.of("L0", Parameter.QUANTITY, point(specs.get(0).quantity())),
        UncertainInput.of("L0", Parameter.PROXY, point(specs.get(0).proxy())),
        UncertainInput.of("L" + last, Parameter.DROP_OFF, point(specs.get(last).dropOff())),
        UncertainInput.of("L" + last, Parameter.ATTRIBUTION, point(specs.get(last).attribution())));
    MonteCarloBand band = MonteCarlo.run(result, inputs, draws, seed);
    for (BigDecimal pv : List.of(Amounts.decimal(band.presentValueP5()), Amounts.decimal(band.presentValueP50()), Amounts.decimal(band.presentValueP95()))) {
      assertThat(pv.compareTo(Amounts.decimal(result.presentValue()))).as("%s vs %s", pv, Amounts.decimal(result.presentValue())).isZero();
    }
    for (BigDecimal ratio : List.of(band.ratioP5(), band.ratioP50(), band.ratioP95())) {
      assertThat(ratio.compareTo(result.sroiRatio().value())).isZero();
    }
  }

  @Provide
  Arbitrary<BigDecimal> bounds() {
    return Arbitraries.oneOf(
        Arbitraries.bigDecimals().between(new BigDecimal("-10000"), new BigDecimal("10000")).ofScale(2),
        Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.ONE).ofScale(25));
  }

  @Property(tries = 200)
  void samplesStayWithinTheirBounds(@ForAll("bounds") BigDecimal a, @ForAll("bounds") BigDecimal b,
      @ForAll("bounds") BigDecimal c, @ForAll long seed) {
    List<BigDecimal> sorted = new ArrayList<>(List.of(a, b, c));
    sorted.sort(null);
    SplittableRandom random = new SplittableRandom(seed);
    for (Distribution d : List.of(Distribution.uniform(sorted.get(0), sorted.get(2)),
        Distribution.triangular(sorted.get(0), sorted.get(1), sorted.get(2)))) {
      for (int i = 0; i < 100; i++) {
        double[] bounds = d.doubleBounds();
        double sample = d.sample(random, bounds[0], bounds[1], bounds[2]);
        assertThat(sample).isBetween(d.min().doubleValue(), d.max().doubleValue());
        assertThat(d.decimal(sample)).isBetween(d.min(), d.max());
      }
    }
  }

  private static Distribution point(BigDecimal value) {
    return Distribution.uniform(value, value);
  }

  private static LineSpec with(LineSpec s, BigDecimal quantity, BigDecimal dropOff, BigDecimal attribution) {
    return new LineSpec(quantity, s.proxy(), s.deadweight(), s.displacement(), attribution, dropOff, s.duration(),
        s.activityPeriod(), s.nextPeriod());
  }

  private static ValuationResult value(List<LineSpec> specs) {
    return Valuation.builder().currency(Fixtures.GBP).addAllLines(LineSpec.lines(specs))
        .putInvestment(0, Amounts.of(INVESTMENT, Fixtures.GBP)).build().result();
  }
}
