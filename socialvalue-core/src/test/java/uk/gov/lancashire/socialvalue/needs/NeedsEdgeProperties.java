package uk.gov.lancashire.socialvalue.needs;

import static uk.gov.lancashire.socialvalue.PublicEdge.call;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import uk.gov.lancashire.socialvalue.EdgeValues;

/** Needs analysis with edge values: only a result, a ValidationException or a named NPE. */
class NeedsEdgeProperties extends EdgeValues {

  private static void everyView(NeedsAnalysis analysis, int limit) {
    for (Area area : analysis.areas()) {
      call(() -> analysis.needsOf(area.id()).toString());
      call(() -> analysis.measureWeights(area.id()).toString());
      call(() -> analysis.priorityWeights(area.id(), "lcc").toString());
      call(() -> analysis.shortlist(area.id(), ContractCategory.builder().id("works").title("Works")
          .addMeasures(NeedsFixture.LT1, NeedsFixture.LT2).build(), NeedsFixture.framework(), limit));
    }
    call(() -> analysis.needsOf("nowhere"));
    call(() -> analysis.gap("employment", "nowhere"));
  }

  @Example
  void anAnalysisWithNoObservationsOrLinks() {
    call(() -> everyView(NeedsAnalysis.builder().addAllIndicators(NeedsFixture.indicators())
        .addAllAreas(NeedsFixture.areas()).build(), 3));
  }

  @Property(tries = 150)
  void observationsWeightsAndScales(@ForAll("decimals") BigDecimal current, @ForAll("decimals") BigDecimal desired,
      @ForAll("decimals") BigDecimal weight, @ForAll("ints") int limit) {
    call(() -> {
      List<Observation> observations = new ArrayList<>(NeedsFixture.observations().subList(1, 12));
      observations.add(Observation.of("employment", "burnley", current, desired));
      List<IndicatorLink> links = new ArrayList<>(NeedsFixture.links());
      links.add(IndicatorLink.toMeasure("volunteering", NeedsFixture.LT3, weight));
      everyView(NeedsAnalysis.builder().addAllIndicators(NeedsFixture.indicators()).addAllAreas(NeedsFixture.areas())
          .addAllObservations(observations).addAllLinks(links).build(), limit);
    });
    call(() -> IndicatorScale.of(current, desired));
    call(() -> Gap.of(NeedsFixture.indicator("x", "%", Direction.HIGHER_IS_BETTER, IndicatorScale.of(current, desired)),
        Observation.of("x", "a", desired, current)));
    call(() -> Gap.of(NeedsFixture.indicator("x", "%", Direction.LOWER_IS_BETTER), Observation.of("x", "a", current,
        desired)).relativeGap());
    call(() -> Observation.of("x", "a", current.toString(), desired.toString()));
    call(() -> Observation.of("x", "a", "not a number", "1e999999999999"));
  }
}
