package uk.gov.lancashire.socialvalue.json;

import javax.money.MonetaryAmount;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import uk.gov.lancashire.socialvalue.framework.BenefitSplit;

/** {@link BenefitSplit}: {@code {"individual": money, "community": money, "government": money}}. */
final class BenefitSplitJson {

  /** The codec. */
  static final JsonCodec<BenefitSplit> CODEC = new JsonCodec<>() {
    @Override
    public BenefitSplit read(Cursor in) {
      Fields f = Fields.of(in);
      MonetaryAmount individual = f.required("individual", MoneyJson.CODEC);
      MonetaryAmount community = f.required("community", MoneyJson.CODEC);
      MonetaryAmount government = f.required("government", MoneyJson.CODEC);
      return f.build(() -> BenefitSplit.of(individual, community, government));
    }

    @Override
    public JsonNode write(BenefitSplit value) {
      ObjectNode node = Nodes.object();
      node.set("individual", MoneyJson.CODEC.write(value.individual()));
      node.set("community", MoneyJson.CODEC.write(value.community()));
      node.set("government", MoneyJson.CODEC.write(value.government()));
      return node;
    }
  };

  private BenefitSplitJson() {}
}
