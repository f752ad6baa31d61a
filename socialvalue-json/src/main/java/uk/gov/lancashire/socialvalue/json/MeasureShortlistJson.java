package uk.gov.lancashire.socialvalue.json;

import tools.jackson.databind.node.ObjectNode;
import uk.gov.lancashire.socialvalue.needs.MeasureShortlist;

/**
 * {@link MeasureShortlist}, written for reports: areaId, categoryId, entries (rank 1 first) and
 * problems.
 *
 * <p>Write-only: a shortlist is computed from a needs analysis, a contract category and a framework
 * ({@code NeedsAnalysis.shortlist}).
 */
final class MeasureShortlistJson {

  /** The codec. */
  static final JsonCodec<MeasureShortlist> CODEC = WriteOnlyCodec.of("a measure shortlist",
      "the socialvalue/needs-analysis document", MeasureShortlistJson::write);

  private MeasureShortlistJson() {}

  private static ObjectNode write(MeasureShortlist value) {
    ObjectNode node = Nodes.object();
    node.put("areaId", value.areaId());
    node.put("categoryId", value.categoryId());
    node.set("entries", Nodes.array(value.entries(), ShortlistEntryJson.CODEC));
    node.set("problems", Nodes.array(value.problems(), ProblemJson.CODEC));
    return node;
  }
}
