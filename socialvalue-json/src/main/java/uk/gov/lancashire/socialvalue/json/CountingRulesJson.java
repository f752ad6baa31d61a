package uk.gov.lancashire.socialvalue.json;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import uk.gov.lancashire.socialvalue.framework.CountingRules;

/** {@link CountingRules}: {@code {"firstYearOnly": true, "exclusiveGroup": "disadvantaged"}}. */
final class CountingRulesJson {

  /** The codec. */
  static final JsonCodec<CountingRules> CODEC = new JsonCodec<>() {
    @Override
    public CountingRules read(Cursor in) {
      Fields f = Fields.of(in);
      CountingRules.Builder b = CountingRules.builder();
      f.optional("firstYearOnly", Scalars.BOOLEAN).ifPresent(b::firstYearOnly);
      f.optional("exclusiveGroup", Scalars.STRING).ifPresent(b::exclusiveGroup);
      return f.build(b::build);
    }

    @Override
    public JsonNode write(CountingRules value) {
      ObjectNode node = Nodes.object();
      node.put("firstYearOnly", value.firstYearOnly());
      value.exclusiveGroup().ifPresent(g -> node.put("exclusiveGroup", g));
      return node;
    }
  };

  private CountingRulesJson() {}
}
