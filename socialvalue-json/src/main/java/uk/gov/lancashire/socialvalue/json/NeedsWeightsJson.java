package uk.gov.lancashire.socialvalue.json;

import java.math.BigDecimal;
import java.util.Map;
import tools.jackson.databind.node.ObjectNode;
import uk.gov.lancashire.socialvalue.needs.NeedsWeights;

/**
 * {@link NeedsWeights}, written for reports: areaId, needs (each target's raw need), weights (largest
 * first, 12 decimal places, adding up to exactly 1), problems and complete. The needs and weights are
 * objects keyed by the target as text: a measure code ({@code "NT1"}) for measure weights, an outcome
 * or priority id otherwise; every value is an exact decimal string.
 *
 * <p>Write-only: weights are computed from a needs analysis ({@code NeedsAnalysis.measureWeights},
 * {@code outcomeWeights}, {@code priorityWeights}), and the key type is not in the document.
 */
final class NeedsWeightsJson {

  /** The codec, for weights of any key type. */
  @SuppressWarnings("rawtypes")
  static final JsonCodec<NeedsWeights> CODEC = WriteOnlyCodec.of("needs weights",
      "the socialvalue/needs-analysis document", NeedsWeightsJson::write);

  private NeedsWeightsJson() {}

  private static ObjectNode write(NeedsWeights<?> value) {
    ObjectNode node = Nodes.object();
    node.put("areaId", value.areaId());
    node.set("needs", decimals(value.needs()));
    node.set("weights", decimals(value.weights()));
    node.set("problems", Nodes.array(value.problems(), ProblemJson.CODEC));
    node.put("complete", value.isComplete());
    return node;
  }

  private static ObjectNode decimals(Map<?, BigDecimal> values) {
    ObjectNode node = Nodes.object();
    values.forEach((k, v) -> node.set(k.toString(), Scalars.DECIMAL_STRING.write(v)));
    return node;
  }
}
