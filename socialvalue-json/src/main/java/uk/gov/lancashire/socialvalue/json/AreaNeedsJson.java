package uk.gov.lancashire.socialvalue.json;

import tools.jackson.databind.node.ObjectNode;
import uk.gov.lancashire.socialvalue.needs.AreaNeeds;

/**
 * {@link AreaNeeds}, written for reports: area, rankedGaps (largest first), problems (missing
 * observations), complete, and needScore when the area is complete.
 *
 * <p>Write-only: an area's needs are computed from a needs analysis ({@code NeedsAnalysis.needsOf}).
 */
final class AreaNeedsJson {

  /** The codec. */
  static final JsonCodec<AreaNeeds> CODEC = WriteOnlyCodec.of("an area's needs",
      "the socialvalue/needs-analysis document", AreaNeedsJson::write);

  private AreaNeedsJson() {}

  private static ObjectNode write(AreaNeeds value) {
    ObjectNode node = Nodes.object();
    node.set("area", AreaJson.CODEC.write(value.area()));
    node.set("rankedGaps", Nodes.array(value.rankedGaps(), GapJson.CODEC));
    node.set("problems", Nodes.array(value.problems(), ProblemJson.CODEC));
    node.put("complete", value.isComplete());
    value.needScore().ifPresent(s -> node.set("needScore", Scalars.DECIMAL_STRING.write(s)));
    return node;
  }
}
