package uk.gov.lancashire.socialvalue.json;

import tools.jackson.databind.node.ObjectNode;
import uk.gov.lancashire.socialvalue.needs.ShortlistEntry;

/**
 * {@link ShortlistEntry}, written for reports: {@code {"rank": 1, "measure": "NT1", "weight":
 * "0.600000000000"}}.
 *
 * <p>Write-only: entries come from a shortlist computed from a needs analysis.
 */
final class ShortlistEntryJson {

  /** The codec. */
  static final JsonCodec<ShortlistEntry> CODEC = WriteOnlyCodec.of("a shortlist entry",
      "the socialvalue/needs-analysis document", ShortlistEntryJson::write);

  private ShortlistEntryJson() {}

  private static ObjectNode write(ShortlistEntry value) {
    ObjectNode node = Nodes.object();
    node.put("rank", value.rank());
    node.set("measure", MeasureCodeJson.CODEC.write(value.measure()));
    node.set("weight", Scalars.DECIMAL_STRING.write(value.weight()));
    return node;
  }
}
