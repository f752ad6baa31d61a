package uk.gov.lancashire.socialvalue.json;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import uk.gov.lancashire.socialvalue.tender.CredibilityRules;

/**
 * {@link CredibilityRules}: {@code {"svPercentCeiling": "100", "minimumAnnualCostPerFte": "18000"}};
 * each property may be left out for its default.
 */
final class CredibilityRulesJson {

  /** The codec. */
  static final JsonCodec<CredibilityRules> CODEC = new JsonCodec<>() {
    @Override
    public CredibilityRules read(Cursor in) {
      Fields f = Fields.of(in);
      CredibilityRules.Builder b = CredibilityRules.builder();
      f.optional("svPercentCeiling", Scalars.DECIMAL_STRING).ifPresent(b::svPercentCeiling);
      f.optional("minimumAnnualCostPerFte", Scalars.DECIMAL_STRING).ifPresent(b::minimumAnnualCostPerFte);
      return f.build(b::build);
    }

    @Override
    public JsonNode write(CredibilityRules value) {
      ObjectNode node = Nodes.object();
      node.set("svPercentCeiling", Scalars.DECIMAL_STRING.write(value.svPercentCeiling()));
      value.minimumAnnualCostPerFte().ifPresent(c -> node.set("minimumAnnualCostPerFte", Scalars.DECIMAL_STRING.write(c)));
      return node;
    }
  };

  private CredibilityRulesJson() {}
}
