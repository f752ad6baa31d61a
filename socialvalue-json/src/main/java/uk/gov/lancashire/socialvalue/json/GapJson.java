package uk.gov.lancashire.socialvalue.json;

import tools.jackson.databind.node.ObjectNode;
import uk.gov.lancashire.socialvalue.needs.Gap;

/**
 * {@link Gap}, written for reports: the indicator in full, areaId, current, desired, then the computed
 * absoluteGap, relativeGap (the normalised gap score, to 34 significant digits) and met. All decimals are
 * exact strings.
 *
 * <p>Write-only: a gap is computed from a needs analysis ({@code NeedsAnalysis.gap}); store and exchange
 * the analysis, not its gaps. Reading one is a problem that says so.
 */
final class GapJson {

  /** The codec. */
  static final JsonCodec<Gap> CODEC = WriteOnlyCodec.of("a gap", "the socialvalue/needs-analysis document",
      GapJson::write);

  private GapJson() {}

  private static ObjectNode write(Gap value) {
    ObjectNode node = Nodes.object();
    node.set("indicator", IndicatorJson.CODEC.write(value.indicator()));
    node.put("areaId", value.areaId());
    node.set("current", Scalars.DECIMAL_STRING.write(value.current()));
    node.set("desired", Scalars.DECIMAL_STRING.write(value.desired()));
    node.set("absoluteGap", Scalars.DECIMAL_STRING.write(value.absoluteGap()));
    node.set("relativeGap", Scalars.DECIMAL_STRING.write(value.relativeGap()));
    node.put("met", value.isMet());
    return node;
  }
}
