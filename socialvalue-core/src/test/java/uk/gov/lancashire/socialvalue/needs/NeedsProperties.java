package uk.gov.lancashire.socialvalue.needs;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;
import uk.gov.lancashire.socialvalue.framework.MeasureCode;

/** Properties of gaps, rankings and needs weights, on generated analyses. */
class NeedsProperties {

  /** A generated analysis: areas a0…, indicators i0…, each indicator linked to one or two of LT1–LT3. */
  static final class Data {
    final List<Direction> directions;
    final int areas;
    final List<BigDecimal> currents; // index: indicator × areas + area
    final List<BigDecimal> desireds;
    final List<Integer> targets; // two per indicator, 1..3, possibly equal (then one link)
    final List<BigDecimal> weights;

    Data(List<Direction> directions, int areas, List<BigDecimal> currents, List<BigDecimal> desireds,
        List<Integer> targets, List<BigDecimal> weights) {
      this.directions = directions;
      this.areas = areas;
      this.currents = currents;
      this.desireds = desireds;
      this.targets = targets;
      this.weights = weights;
    }

    NeedsAnalysis analysis() {
      NeedsAnalysis.Builder b = NeedsAnalysis.builder();
      for (int a = 0; a < areas; a++) {
        b.addAreas(Area.of("a" + a, "Area " + a));
      }
      for (int i = 0; i < directions.size(); i++) {
        b.addIndicators(NeedsFixture.indicator("i" + i, "unit", directions.get(i)));
        for (int a = 0; a < areas; a++) {
          int at = i * areas + a;
          b.addObservations(Observation.of("i" + i, "a" + a, currents.get(at), desireds.get(at)));
        }
        b.addLinks(IndicatorLink.toMeasure("i" + i, MeasureCode.of("LT", targets.get(2 * i), ""), weights.get(2 * i)));
        if (!targets.get(2 * i).equals(targets.get(2 * i + 1))) {
          b.addLinks(IndicatorLink.toMeasure("i" + i, MeasureCode.of("LT", targets.get(2 * i + 1), ""),
              weights.get(2 * i + 1)));
        }
      }
      return b.build();
    }

    /** This data with indicator {@code i}'s current and desired values multiplied by {@code factor}. */
    Data rescaled(int i, BigDecimal factor) {
      return new Data(directions, areas, scale(currents, i, factor), scale(desireds, i, factor), targets, weights);
    }

    private List<BigDecimal> scale(List<BigDecimal> values, int i, BigDecimal factor) {
      List<BigDecimal> out = new ArrayList<>(values);
      for (int a = 0; a < areas; a++) {
        out.set(i * areas + a, values.get(i * areas + a).multiply(factor));
      }
      return out;
    }

    /** This data with area {@code a}'s every current value moved the better way by a non-negative step. */
    Data improved(int a, List<BigDecimal> steps) {
      List<BigDecimal> out = new ArrayList<>(currents);
      for (int i = 0; i < directions.size(); i++) {
        BigDecimal step = steps.get(i);
        int at = i * areas + a;
        out.set(at, directions.get(i) == Direction.HIGHER_IS_BETTER ? out.get(at).add(step) : out.get(at).subtract(step));
      }
      return new Data(directions, areas, out, desireds, targets, weights);
    }
  }

  @Provide
  Arbitrary<Data> data() {
    Arbitrary<BigDecimal> value = Arbitraries.bigDecimals().between(new BigDecimal("-1000"), new BigDecimal("1000")).ofScale(2);
    Arbitrary<BigDecimal> desired = value.filter(d -> d.signum() != 0);
    Arbitrary<BigDecimal> weight = Arbitraries.bigDecimals().between(new BigDecimal("0.01"), new BigDecimal("10")).ofScale(2);
    return Combinators.combine(Arbitraries.integers().between(2, 5), Arbitraries.integers().between(1, 4))
        .flatAs((areas, indicators) -> Combinators.combine(
            Arbitraries.of(Direction.class).list().ofSize(indicators),
            value.list().ofSize(areas * indicators),
            desired.list().ofSize(areas * indicators),
            Arbitraries.integers().between(1, 3).list().ofSize(2 * indicators),
            weight.list().ofSize(2 * indicators))
            .as((d, c, w, t, lw) -> new Data(d, areas, c, w, t, lw)));
  }

  // ---------------------------------------------------------------- gaps

  @Property(tries = 200)
  void gapIsZeroWhenCurrentMeetsDesired(
      @ForAll Direction direction,
      @ForAll @BigRange(min = "-1000", max = "1000") @Scale(3) BigDecimal desired,
      @ForAll @BigRange(min = "0", max = "1000") @Scale(3) BigDecimal beyond) {
    if (desired.signum() == 0) {
      desired = BigDecimal.ONE;
    }
    // current meets (beyond = 0) or beats the desired value in the better direction
    BigDecimal current = direction == Direction.HIGHER_IS_BETTER ? desired.add(beyond) : desired.subtract(beyond);
    Gap gap = Gap.of(NeedsFixture.indicator("x", "unit", direction), Observation.of("x", "a", current, desired));

    assertThat(gap.absoluteGap()).isZero();
    assertThat(gap.relativeGap()).isZero();
    assertThat(gap.isMet()).isTrue();
  }

  // ---------------------------------------------------------------- rankings

  @Property(tries = 200)
  void rankingDoesNotChangeWhenOneIndicatorIsRescaled(
      @ForAll("data") Data data,
      @ForAll @IntRange(min = 0, max = 3) int indicator,
      @ForAll("factors") BigDecimal factor) {
    int i = indicator % data.directions.size();
    NeedsAnalysis before = data.analysis();
    NeedsAnalysis after = data.rescaled(i, factor).analysis();

    assertThat(gapOrder(after.county().rankedGaps())).isEqualTo(gapOrder(before.county().rankedGaps()));
    assertThat(areaOrder(after.county())).isEqualTo(areaOrder(before.county()));
    for (int a = 0; a < data.areas; a++) {
      assertThat(gapOrder(after.needsOf("a" + a).rankedGaps())).isEqualTo(gapOrder(before.needsOf("a" + a).rankedGaps()));
    }
    assertThat(after.measureWeights("a0")).isEqualTo(before.measureWeights("a0"));
  }

  @Provide
  Arbitrary<BigDecimal> factors() {
    // percent → fraction, fraction → percent, per 1,000 → per person, and km → miles
    return Arbitraries.of(new BigDecimal("0.01"), new BigDecimal("100"), new BigDecimal("0.001"),
        new BigDecimal("1.609344"), new BigDecimal("7"));
  }

  @Property(tries = 200)
  void anAreaWhoseEveryIndicatorImprovesNeverRanksMoreNeedy(
      @ForAll("data") Data data,
      @ForAll @IntRange(min = 0, max = 4) int area,
      @ForAll("steps") List<BigDecimal> steps) {
    int a = area % data.areas;
    int rankBefore = data.analysis().county().rankOf("a" + a).orElseThrow();
    int rankAfter = data.improved(a, steps).analysis().county().rankOf("a" + a).orElseThrow();

    // rank 1 is the most needy: improving may move the area down the list, never up
    assertThat(rankAfter).isGreaterThanOrEqualTo(rankBefore);
  }

  @Provide
  Arbitrary<List<BigDecimal>> steps() {
    return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("500")).ofScale(2).list().ofSize(4);
  }

  // ---------------------------------------------------------------- needs weights

  @Property(tries = 200)
  void needsWeightsAreNonNegativeAndAddUpToOne(@ForAll("data") Data data, @ForAll @IntRange(min = 0, max = 4) int area) {
    NeedsWeights<MeasureCode> weights = data.analysis().measureWeights("a" + (area % data.areas));
    BigDecimal totalNeed = weights.needs().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);

    if (totalNeed.signum() > 0) {
      assertThat(weights.weights().values()).allSatisfy(w -> assertThat(w.signum()).isNotNegative());
      assertThat(weights.weights().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("1");
      assertThat(weights.weights().keySet()).isEqualTo(weights.needs().keySet());
    } else {
      assertThat(weights.weights()).isEmpty();
      assertThat(weights.problems()).hasSize(1);
    }
  }

  @Property(tries = 200)
  void allocatedWeightsAddUpToOneAndStayWithinOneUnitOfTheExactShare(
      @ForAll("rawNeeds") List<BigDecimal> raw) {
    Map<Integer, BigDecimal> needs = new HashMap<>();
    for (int k = 0; k < raw.size(); k++) {
      needs.put(k, raw.get(k));
    }
    BigDecimal total = raw.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    NeedsWeights<Integer> weights = NeedsWeights.of("a", needs, List.of());
    if (total.signum() == 0) {
      assertThat(weights.isComplete()).isFalse();
      return;
    }
    BigDecimal unit = BigDecimal.ONE.movePointLeft(NeedsWeights.SCALE);
    assertThat(weights.weights().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("1");
    needs.forEach((k, need) -> {
      BigDecimal w = weights.weight(k);
      assertThat(w.signum()).isNotNegative();
      // |w × total − need| < unit × total, i.e. w is within one unit of the exact share
      assertThat(w.multiply(total).subtract(need).abs()).isLessThan(unit.multiply(total));
      if (need.signum() == 0) {
        assertThat(w).isZero();
      }
    });
  }

  @Provide
  Arbitrary<List<BigDecimal>> rawNeeds() {
    return Arbitraries.oneOf(
            Arbitraries.just(BigDecimal.ZERO),
            Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("1000")).ofScale(5))
        .list().ofMinSize(1).ofMaxSize(12);
  }

  private static List<String> gapOrder(List<Gap> gaps) {
    return gaps.stream().map(g -> g.indicatorId() + "@" + g.areaId()).collect(Collectors.toList());
  }

  private static List<String> areaOrder(CountyNeeds county) {
    return county.rankedAreas().stream().map(a -> a.area().id()).collect(Collectors.toList());
  }
}
