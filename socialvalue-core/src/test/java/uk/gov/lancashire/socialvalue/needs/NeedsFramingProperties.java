package uk.gov.lancashire.socialvalue.needs;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import uk.gov.lancashire.socialvalue.framework.MeasureCode;

/**
 * Needs scores and rankings are the same however an indicator with a declared scale is framed: re-scaled
 * (percent to fraction, per 1,000 to per person), or stated as its complement with the direction flipped
 * (employment rate as non-employment rate).
 */
class NeedsFramingProperties {

  /** One indicator's framing: its direction, scale and the current and desired value in each area. */
  record Framing(Direction direction, BigDecimal lowest, BigDecimal highest, List<BigDecimal> currents,
      List<BigDecimal> desireds) {

    /** Multiplies every value and the scale by {@code k > 0}. */
    Framing rescaled(BigDecimal k) {
      return new Framing(direction, lowest.multiply(k), highest.multiply(k), times(currents, k), times(desireds, k));
    }

    /** States {@code c − x} for every value, the direction flipped and the scale mapped to [c − highest, c − lowest]. */
    Framing complement(BigDecimal c) {
      Direction flipped = direction == Direction.HIGHER_IS_BETTER ? Direction.LOWER_IS_BETTER : Direction.HIGHER_IS_BETTER;
      return new Framing(flipped, c.subtract(highest), c.subtract(lowest), minus(c, currents), minus(c, desireds));
    }

    boolean desiredNeverZero() {
      return desireds.stream().allMatch(d -> d.signum() != 0);
    }

    private static List<BigDecimal> times(List<BigDecimal> values, BigDecimal k) {
      return values.stream().map(v -> v.multiply(k)).collect(Collectors.toList());
    }

    private static List<BigDecimal> minus(BigDecimal c, List<BigDecimal> values) {
      return values.stream().map(c::subtract).collect(Collectors.toList());
    }
  }

  @Property(tries = 300)
  void needsScoresAndRankingsDoNotDependOnFraming(
      @ForAll("framings") List<Framing> framings,
      @ForAll @IntRange(min = 0, max = 3) int which,
      @ForAll("factors") BigDecimal factor,
      @ForAll boolean complement,
      @ForAll @IntRange(min = -200, max = 200) int complementOf) {
    int i = which % framings.size();
    Framing reframed = framings.get(i).rescaled(factor);
    if (complement) {
      reframed = reframed.complement(BigDecimal.valueOf(complementOf));
    }
    Assume.that(reframed.desiredNeverZero());
    List<Framing> after = new ArrayList<>(framings);
    after.set(i, reframed);

    NeedsAnalysis a = analysis(framings);
    NeedsAnalysis b = analysis(after);

    int areas = framings.get(0).currents().size();
    for (int area = 0; area < areas; area++) {
      AreaNeeds na = a.needsOf("a" + area);
      AreaNeeds nb = b.needsOf("a" + area);
      assertThat(order(nb.rankedGaps())).isEqualTo(order(na.rankedGaps()));
      for (int k = 0; k < na.rankedGaps().size(); k++) {
        assertThat(nb.rankedGaps().get(k).relativeGap()).isEqualByComparingTo(na.rankedGaps().get(k).relativeGap());
      }
      assertThat(nb.needScore().orElseThrow()).isEqualByComparingTo(na.needScore().orElseThrow());
      Map<MeasureCode, BigDecimal> wa = a.measureWeights("a" + area).weights();
      assertThat(b.measureWeights("a" + area).weights()).isEqualTo(wa);
    }
    assertThat(areaOrder(b.county())).isEqualTo(areaOrder(a.county()));
    assertThat(order(b.county().rankedGaps())).isEqualTo(order(a.county().rankedGaps()));
  }

  private static NeedsAnalysis analysis(List<Framing> framings) {
    NeedsAnalysis.Builder builder = NeedsAnalysis.builder();
    int areas = framings.get(0).currents().size();
    for (int a = 0; a < areas; a++) {
      builder.addAreas(Area.of("a" + a, "Area " + a));
    }
    for (int i = 0; i < framings.size(); i++) {
      Framing f = framings.get(i);
      builder.addIndicators(NeedsFixture.indicator("i" + i, "unit", f.direction(),
          IndicatorScale.of(f.lowest(), f.highest())));
      for (int a = 0; a < areas; a++) {
        builder.addObservations(Observation.of("i" + i, "a" + a, f.currents().get(a), f.desireds().get(a)));
      }
      builder.addLinks(IndicatorLink.toMeasure("i" + i, MeasureCode.of("LT", 1 + i % 3, ""), BigDecimal.ONE));
    }
    return builder.build();
  }

  @Provide
  Arbitrary<List<Framing>> framings() {
    Arbitrary<BigDecimal> share = Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.ONE).ofScale(3);
    return Arbitraries.integers().between(2, 5).flatMap(areas -> Combinators.combine(
            Arbitraries.of(Direction.class),
            Arbitraries.integers().between(-100, 100),
            Arbitraries.integers().between(1, 1000),
            share.list().ofSize(areas),
            share.list().ofSize(areas))
        .as((direction, low, width, currents, desireds) -> {
          BigDecimal lowest = BigDecimal.valueOf(low);
          BigDecimal w = BigDecimal.valueOf(width);
          return new Framing(direction, lowest, lowest.add(w),
              currents.stream().map(s -> lowest.add(w.multiply(s))).collect(Collectors.toList()),
              desireds.stream().map(s -> lowest.add(w.multiply(s))).collect(Collectors.toList()));
        })
        .filter(Framing::desiredNeverZero)
        .list().ofMinSize(1).ofMaxSize(4));
  }

  @Provide
  Arbitrary<BigDecimal> factors() {
    // unchanged, percent → fraction, fraction → percent, per 1,000 → per person, km → miles
    return Arbitraries.of(BigDecimal.ONE, new BigDecimal("0.01"), new BigDecimal("100"), new BigDecimal("0.001"),
        new BigDecimal("1.609344"));
  }

  private static List<String> order(List<Gap> gaps) {
    return gaps.stream().map(g -> g.indicatorId() + "@" + g.areaId()).collect(Collectors.toList());
  }

  private static List<String> areaOrder(CountyNeeds county) {
    return county.rankedAreas().stream().map(a -> a.area().id()).collect(Collectors.toList());
  }
}
