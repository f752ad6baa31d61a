package uk.gov.lancashire.socialvalue.json;

import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import uk.gov.lancashire.socialvalue.framework.Adjustments;
import uk.gov.lancashire.socialvalue.framework.Alignment;
import uk.gov.lancashire.socialvalue.framework.CountingRules;
import uk.gov.lancashire.socialvalue.framework.Measure;
import uk.gov.lancashire.socialvalue.framework.MeasureCode;
import uk.gov.lancashire.socialvalue.framework.MeasureKind;
import uk.gov.lancashire.socialvalue.framework.Unit;

/**
 * {@link Measure}: code, title, optional description, unit, kind, outcomeId, equivalents, optional
 * adjustments and countingRules (left out when they are the defaults), and alignments.
 */
final class MeasureJson {

  /** The codec. */
  static final JsonCodec<Measure> CODEC = new JsonCodec<>() {
    @Override
    public Measure read(Cursor in) {
      Fields f = Fields.of(in);
      MeasureCode code = f.required("code", MeasureCodeJson.CODEC);
      String title = f.required("title", Scalars.STRING);
      Optional<String> description = f.optional("description", Scalars.STRING);
      Unit unit = f.required("unit", UnitJson.CODEC);
      MeasureKind kind = f.required("kind", MeasureKindJson.CODEC);
      String outcomeId = f.required("outcomeId", Scalars.STRING);
      List<MeasureCode> equivalents = f.list("equivalents", MeasureCodeJson.CODEC);
      Optional<Adjustments> adjustments = f.optional("adjustments", AdjustmentsJson.CODEC);
      Optional<CountingRules> countingRules = f.optional("countingRules", CountingRulesJson.CODEC);
      List<Alignment> alignments = f.list("alignments", AlignmentJson.CODEC);
      return f.build(() -> {
        Measure.Builder b = Measure.builder().code(code).title(title).description(description).unit(unit)
            .kind(kind).outcomeId(outcomeId).addAllEquivalents(equivalents).addAllAlignments(alignments);
        adjustments.ifPresent(b::adjustments);
        countingRules.ifPresent(b::countingRules);
        return b.build();
      });
    }

    @Override
    public JsonNode write(Measure value) {
      ObjectNode node = Nodes.object();
      node.set("code", MeasureCodeJson.CODEC.write(value.code()));
      node.put("title", value.title());
      value.description().ifPresent(d -> node.put("description", d));
      node.set("unit", UnitJson.CODEC.write(value.unit()));
      node.set("kind", MeasureKindJson.CODEC.write(value.kind()));
      node.put("outcomeId", value.outcomeId());
      node.set("equivalents", Nodes.array(value.equivalents(), MeasureCodeJson.CODEC));
      if (!value.adjustments().equals(Adjustments.none())) {
        node.set("adjustments", AdjustmentsJson.CODEC.write(value.adjustments()));
      }
      if (!value.countingRules().equals(CountingRules.none())) {
        node.set("countingRules", CountingRulesJson.CODEC.write(value.countingRules()));
      }
      node.set("alignments", Nodes.array(value.alignments(), AlignmentJson.CODEC));
      return node;
    }
  };

  private MeasureJson() {}
}
