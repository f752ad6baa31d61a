package uk.gov.lancashire.socialvalue.json;

import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import uk.gov.lancashire.socialvalue.needs.Area;
import uk.gov.lancashire.socialvalue.needs.Indicator;
import uk.gov.lancashire.socialvalue.needs.IndicatorLink;
import uk.gov.lancashire.socialvalue.needs.NeedsAnalysis;
import uk.gov.lancashire.socialvalue.needs.Observation;

/**
 * {@link NeedsAnalysis}, a top-level document ({@code "format": "socialvalue/needs-analysis"}): the
 * indicators, areas, observations and links as arrays.
 *
 * <p>Every element is read and built on its own, so one document reports the problems of all its
 * elements; the analysis's cross-checks (duplicate ids and observations, observations and links naming an
 * unknown indicator or area) run once every element is sound, and their paths are mapped onto the
 * document ({@code $.observations[3].areaId}).
 */
final class NeedsAnalysisJson {

  /** The codec. */
  static final JsonCodec<NeedsAnalysis> CODEC = new JsonCodec<>() {
    @Override
    public NeedsAnalysis read(Cursor in) {
      Fields f = Fields.of(in);
      f.marker(Formats.NEEDS_ANALYSIS);
      List<Indicator> indicators = f.list("indicators", IndicatorJson.CODEC);
      List<Area> areas = f.list("areas", AreaJson.CODEC);
      List<Observation> observations = f.list("observations", ObservationJson.CODEC);
      List<IndicatorLink> links = f.list("links", IndicatorLinkJson.CODEC);
      return f.build(() -> NeedsAnalysis.builder().addAllIndicators(indicators).addAllAreas(areas)
          .addAllObservations(observations).addAllLinks(links).build());
    }

    @Override
    public JsonNode write(NeedsAnalysis value) {
      ObjectNode node = Nodes.object();
      node.put("format", Formats.NEEDS_ANALYSIS);
      node.put("formatVersion", Formats.CURRENT);
      node.setAll((ObjectNode) writeNested(value));
      return node;
    }

    @Override
    public JsonNode writeNested(NeedsAnalysis value) {
      ObjectNode node = Nodes.object();
      node.set("indicators", Nodes.array(value.indicators(), IndicatorJson.CODEC));
      node.set("areas", Nodes.array(value.areas(), AreaJson.CODEC));
      node.set("observations", Nodes.array(value.observations(), ObservationJson.CODEC));
      node.set("links", Nodes.array(value.links(), IndicatorLinkJson.CODEC));
      return node;
    }
  };

  private NeedsAnalysisJson() {}
}
