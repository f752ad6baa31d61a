package uk.gov.lancashire.socialvalue.json;

import java.math.BigDecimal;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import uk.gov.lancashire.socialvalue.framework.MeasureCode;
import uk.gov.lancashire.socialvalue.needs.IndicatorLink;

/**
 * {@link IndicatorLink}: indicatorId, weight (a decimal string), and exactly one target: {@code
 * "measure": "NT1"}, {@code "outcomeId": "employment"}, or {@code "schemeId": "lcc", "priorityId":
 * "economic-growth"}. A link with no target or several is refused by the core, at the link's path.
 */
final class IndicatorLinkJson {

  /** The codec. */
  static final JsonCodec<IndicatorLink> CODEC = new JsonCodec<>() {
    @Override
    public IndicatorLink read(Cursor in) {
      Fields f = Fields.of(in);
      String indicatorId = f.required("indicatorId", Scalars.STRING);
      BigDecimal weight = f.required("weight", Scalars.DECIMAL_STRING);
      Optional<MeasureCode> measure = f.optional("measure", MeasureCodeJson.CODEC);
      Optional<String> outcomeId = f.optional("outcomeId", Scalars.STRING);
      Optional<String> schemeId = f.optional("schemeId", Scalars.STRING);
      Optional<String> priorityId = f.optional("priorityId", Scalars.STRING);
      return f.build(() -> IndicatorLink.builder().indicatorId(indicatorId).weight(weight).measure(measure)
          .outcomeId(outcomeId).schemeId(schemeId).priorityId(priorityId).build());
    }

    @Override
    public JsonNode write(IndicatorLink value) {
      ObjectNode node = Nodes.object();
      node.put("indicatorId", value.indicatorId());
      node.set("weight", Scalars.DECIMAL_STRING.write(value.weight()));
      value.measure().ifPresent(m -> node.set("measure", MeasureCodeJson.CODEC.write(m)));
      value.outcomeId().ifPresent(o -> node.put("outcomeId", o));
      value.schemeId().ifPresent(s -> node.put("schemeId", s));
      value.priorityId().ifPresent(p -> node.put("priorityId", p));
      return node;
    }
  };

  private IndicatorLinkJson() {}
}
