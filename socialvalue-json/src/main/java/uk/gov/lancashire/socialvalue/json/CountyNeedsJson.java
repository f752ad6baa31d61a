package uk.gov.lancashire.socialvalue.json;

import tools.jackson.databind.node.ObjectNode;
import uk.gov.lancashire.socialvalue.needs.CountyNeeds;

/**
 * {@link CountyNeeds}, written for reports: rankedAreas (complete areas, most needy first), rankedGaps
 * (every observed gap, largest first) and problems (every missing observation).
 *
 * <p>Write-only: county needs are computed from a needs analysis ({@code NeedsAnalysis.county()}).
 */
final class CountyNeedsJson {

  /** The codec. */
  static final JsonCodec<CountyNeeds> CODEC = WriteOnlyCodec.of("county needs",
      "the socialvalue/needs-analysis document", CountyNeedsJson::write);

  private CountyNeedsJson() {}

  private static ObjectNode write(CountyNeeds value) {
    ObjectNode node = Nodes.object();
    node.set("rankedAreas", Nodes.array(value.rankedAreas(), AreaNeedsJson.CODEC));
    node.set("rankedGaps", Nodes.array(value.rankedGaps(), GapJson.CODEC));
    node.set("problems", Nodes.array(value.problems(), ProblemJson.CODEC));
    return node;
  }
}
