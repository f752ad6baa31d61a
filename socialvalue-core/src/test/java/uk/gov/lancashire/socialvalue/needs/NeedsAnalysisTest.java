package uk.gov.lancashire.socialvalue.needs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.gov.lancashire.socialvalue.needs.NeedsFixture.LT1;
import static uk.gov.lancashire.socialvalue.needs.NeedsFixture.LT2;
import static uk.gov.lancashire.socialvalue.needs.NeedsFixture.LT3;
import static uk.gov.lancashire.socialvalue.needs.NeedsFixture.LT4;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import uk.gov.lancashire.socialvalue.RecordNulls;
import uk.gov.lancashire.socialvalue.basics.Problem;
import uk.gov.lancashire.socialvalue.basics.ValidationException;
import uk.gov.lancashire.socialvalue.framework.MeasureCode;

/** Example tests on the hand-checked data set of {@link NeedsFixture} (three areas, four indicators). */
class NeedsAnalysisTest {

  private final NeedsAnalysis analysis = NeedsFixture.analysis();

  private static BigDecimal dec(String text) {
    return new BigDecimal(text);
  }

  // ---------------------------------------------------------------- gaps and rankings

  @Test
  void gapsOfOneAreaAreRankedLargestFirst() {
    AreaNeeds burnley = analysis.needsOf("burnley");

    // no-quals 4/5 = 0.8; neet 2/4 = 0.5; volunteering 100/500 = 0.2; employment 12/80 = 0.15
    assertThat(burnley.rankedGaps()).extracting(Gap::indicatorId)
        .containsExactly("no-quals", "neet", "volunteering", "employment");
    assertThat(burnley.rankedGaps()).extracting(Gap::relativeGap)
        .usingElementComparator(BigDecimal::compareTo)
        .containsExactly(dec("0.8"), dec("0.5"), dec("0.2"), dec("0.15"));
    assertThat(burnley.rankedGaps()).extracting(Gap::absoluteGap)
        .usingElementComparator(BigDecimal::compareTo)
        .containsExactly(dec("4"), dec("2"), dec("100"), dec("12"));
    // 0.8 + 0.5 + 0.2 + 0.15 = 1.65
    assertThat(burnley.needScore()).hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo("1.65"));
    assertThat(burnley.problems()).isEmpty();
  }

  @Test
  void tiesBreakByIndicatorId() {
    // Pendle: no-quals 2/5 = 0.4 and volunteering 200/500 = 0.4 tie; "no-quals" sorts first
    assertThat(analysis.needsOf("pendle").rankedGaps()).extracting(Gap::indicatorId)
        .containsExactly("no-quals", "volunteering", "neet", "employment");
  }

  @Test
  void countyRanksAreasByNeedScore() {
    CountyNeeds county = analysis.county();

    // Burnley 1.65 > Pendle 0.1 + 0.4 + 0.25 + 0.4 = 1.15 > Ribble Valley 0 + 0 + 0.25 + 0.1 = 0.35
    assertThat(county.rankedAreas()).extracting(a -> a.area().id())
        .containsExactly("burnley", "pendle", "ribble-valley");
    assertThat(county.rankedAreas()).extracting(a -> a.needScore().orElseThrow())
        .usingElementComparator(BigDecimal::compareTo)
        .containsExactly(dec("1.65"), dec("1.15"), dec("0.35"));
    assertThat(county.rankOf("pendle")).hasValue(2);
    assertThat(county.problems()).isEmpty();
  }

  @Test
  void countyRanksEveryGapWithTiesByIndicatorThenArea() {
    List<String> order = analysis.county().rankedGaps().stream()
        .map(g -> g.indicatorId() + "@" + g.areaId()).collect(Collectors.toList());

    assertThat(order).containsExactly(
        "no-quals@burnley",          // 0.8
        "neet@burnley",              // 0.5
        "no-quals@pendle",           // 0.4
        "volunteering@pendle",       // 0.4
        "neet@pendle",               // 0.25
        "neet@ribble-valley",        // 0.25
        "volunteering@burnley",      // 0.2
        "employment@burnley",        // 0.15
        "employment@pendle",         // 0.1
        "volunteering@ribble-valley", // 0.1
        "employment@ribble-valley",  // 0 (82 beats 80)
        "no-quals@ribble-valley");   // 0 (4 beats 5)
  }

  // ---------------------------------------------------------------- missing observations

  @Test
  void missingObservationIsReportedNeverZero() {
    List<Observation> observations = new ArrayList<>(NeedsFixture.observations());
    observations.removeIf(o -> o.indicatorId().equals("neet") && o.areaId().equals("pendle"));
    NeedsAnalysis incomplete = NeedsAnalysis.builder().addAllIndicators(NeedsFixture.indicators())
        .addAllAreas(NeedsFixture.areas()).addAllObservations(observations).addAllLinks(NeedsFixture.links()).build();

    Problem missing = Problem.of("areas[pendle].indicators[neet]", "no observation; a missing figure is not read as zero");
    AreaNeeds pendle = incomplete.needsOf("pendle");
    assertThat(pendle.problems()).containsExactly(missing);
    assertThat(pendle.needScore()).isEmpty();
    assertThat(pendle.rankedGaps()).extracting(Gap::indicatorId).doesNotContain("neet");

    CountyNeeds county = incomplete.county();
    assertThat(county.rankedAreas()).extracting(a -> a.area().id()).containsExactly("burnley", "ribble-valley");
    assertThat(county.rankOf("pendle")).isEmpty();
    assertThat(county.problems()).containsExactly(missing);

    NeedsWeights<MeasureCode> weights = incomplete.measureWeights("pendle");
    assertThat(weights.weights()).isEmpty();
    assertThat(weights.problems()).containsExactly(missing);
    assertThatThrownBy(() -> incomplete.scoring("pendle")).isInstanceOf(ValidationException.class)
        .hasMessageContaining("areas[pendle].indicators[neet]");
  }

  // ---------------------------------------------------------------- needs weights

  @Test
  void measureWeightsAddUpToExactlyOne() {
    NeedsWeights<MeasureCode> weights = analysis.measureWeights("burnley");

    // raw: LT1 = 0.15; LT2 = 0.8 + 0.5 × 0.5 = 1.05; LT3 = 0.5 × 0.5 = 0.25; LT4 = 0.2; total 1.65
    assertThat(weights.needs().get(LT2)).isEqualByComparingTo("1.05");
    // shares: LT2 7/11, LT3 5/33, LT4 4/33, LT1 1/11; rounded down to 12 places they add up to
    // 0.999999999999, and the one unit left goes to the largest remainder, LT2's (7/11 → …363|63)
    assertThat(weights.weights()).containsExactly(
        entry(LT2, "0.636363636364"), entry(LT3, "0.151515151515"),
        entry(LT4, "0.121212121212"), entry(LT1, "0.090909090909"));
    assertThat(weights.weights().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("1");
  }

  @Test
  void measureWithNoNeedWeighsZeroAndRemaindersGoToLargest() {
    NeedsWeights<MeasureCode> weights = analysis.measureWeights("ribble-valley");

    // raw: LT1 0; LT2 = 0 + 0.5 × 0.25 = 0.125; LT3 0.125; LT4 0.1; total 0.35
    // shares 5/14, 5/14, 2/7, 0 → floors 0.357142857142 ×2 + 0.285714285714 = 0.999999999998:
    // two units left, to LT2 and LT3 (remainders …|857 beat LT4's …|2857 and LT1's 0)
    assertThat(weights.weights()).containsExactly(
        entry(LT2, "0.357142857143"), entry(LT3, "0.357142857143"),
        entry(LT4, "0.285714285714"), entry(LT1, "0.000000000000"));
  }

  @Test
  void priorityWeightsWithinOneScheme() {
    NeedsWeights<String> weights = analysis.priorityWeights("burnley", "lcc");

    // economic-growth = 0.15 + 0.5 × 0.8 = 0.55; caring = 0.5 × 0.8 + 0.5 + 0.2 = 1.1; shares 1/3, 2/3
    // floors 0.333333333333 + 0.666666666666; the unit left goes to caring (remainder 2/3 beats 1/3)
    assertThat(weights.weights()).containsExactly(
        java.util.Map.entry("caring", dec("0.666666666667")),
        java.util.Map.entry("economic-growth", dec("0.333333333333")));
    assertThat(analysis.priorityWeights("burnley", "lancashire-2050").problems()).hasSize(1);
  }

  @Test
  void outcomeWeights() {
    // local-employment 0.15, volunteering 0.2: 3/7 and 4/7 → 0.428571428571 and 0.571428571429
    assertThat(analysis.outcomeWeights("burnley").weights()).containsExactly(
        java.util.Map.entry("volunteering", dec("0.571428571429")),
        java.util.Map.entry("local-employment", dec("0.428571428571")));
  }

  @Test
  void noNeedMeansNoWeights() {
    NeedsAnalysis met = NeedsAnalysis.builder().addAllIndicators(NeedsFixture.indicators())
        .addAreas(Area.of("fylde", "Fylde"))
        .addObservations(Observation.of("employment", "fylde", "81", "80"))
        .addLinks(IndicatorLink.toMeasure("employment", LT1, BigDecimal.ONE)).build();

    NeedsWeights<MeasureCode> weights = met.measureWeights("fylde");
    assertThat(weights.isComplete()).isFalse();
    assertThat(weights.problems()).extracting(Problem::message)
        .containsExactly("no linked indicator shows a gap, so there is no need to weight");
  }

  // ---------------------------------------------------------------- shortlist

  @Test
  void shortlistKeepsRelevantMeasuresWithLargestNeedsUpToLimit() {
    ContractCategory construction = ContractCategory.builder().id("construction").title("Construction")
        .addMeasures(LT1).addThemeIds("skills").build();

    // Burnley weights: LT2 0.636…, LT3 0.1515…, LT4 0.1212…, LT1 0.0909…; LT4 (social) is not relevant
    MeasureShortlist two = analysis.shortlist("burnley", construction, NeedsFixture.framework(), 2);
    assertThat(two.entries()).extracting(ShortlistEntry::measure).containsExactly(LT2, LT3);
    assertThat(two.entries()).extracting(ShortlistEntry::rank).containsExactly(1, 2);

    MeasureShortlist six = analysis.shortlist("burnley", construction, NeedsFixture.framework(), 6);
    assertThat(six.entries()).extracting(ShortlistEntry::measure).containsExactly(LT2, LT3, LT1);

    // Ribble Valley has no employment gap, so LT1 (weight 0) is never recommended
    assertThat(analysis.shortlist("ribble-valley", construction, NeedsFixture.framework(), 6).entries())
        .extracting(ShortlistEntry::measure).containsExactly(LT2, LT3);
  }

  @Test
  void shortlistRefusesBadLimitAndUnknownArea() {
    ContractCategory any = ContractCategory.builder().id("any").title("Any").addThemeIds("jobs").build();
    assertThatThrownBy(() -> analysis.shortlist("burnley", any, NeedsFixture.framework(), 0))
        .isInstanceOf(ValidationException.class).hasMessageContaining("limit: must be at least 1");
    assertThatThrownBy(() -> analysis.needsOf("blackpool"))
        .isInstanceOf(ValidationException.class).hasMessageContaining("unknown area 'blackpool'");
  }

  // ---------------------------------------------------------------- validation

  @Test
  void constructionReportsEveryProblemWithPaths() {
    assertThatThrownBy(() -> NeedsAnalysis.builder().addAllIndicators(NeedsFixture.indicators())
        .addAreas(Area.of("burnley", "Burnley"), Area.of("burnley", "Burnley again"))
        .addObservations(Observation.of("employment", "burnley", "68", "80"),
            Observation.of("employment", "burnley", "69", "80"),
            Observation.of("crime", "wyre", "1", "2"))
        .addLinks(IndicatorLink.toMeasure("employment", LT1, BigDecimal.ONE),
            IndicatorLink.toMeasure("employment", LT1, BigDecimal.TEN))
        .build())
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems()).extracting(Problem::toString)
            .containsExactlyInAnyOrder(
                "areas[1]: duplicate id 'burnley'",
                "observations[1]: duplicate observation of 'employment' in 'burnley'",
                "observations[2].indicatorId: unknown indicator 'crime'",
                "observations[2].areaId: unknown area 'wyre'",
                "links[1]: duplicate link from 'employment' to the same target"));
  }

  private static java.util.Map.Entry<MeasureCode, BigDecimal> entry(MeasureCode code, String weight) {
    return java.util.Map.entry(code, new BigDecimal(weight));
  }

  @Test
  void everyNullInTheWeightsIsNamed() {
    NeedsWeights<MeasureCode> weights = analysis.measureWeights("burnley");
    assertThat(RecordNulls.collectionsNamed(weights)).isEqualTo(3);
    java.util.Map<MeasureCode, BigDecimal> nullKey = new java.util.HashMap<>(weights.needs());
    nullKey.put(null, BigDecimal.ONE);
    assertThatThrownBy(() -> new NeedsWeights<>("burnley", nullKey, weights.weights(), List.of()))
        .isInstanceOf(NullPointerException.class).hasMessage("needs: a null key");
  }
}
