package uk.gov.lancashire.socialvalue.json;

import java.util.Optional;
import javax.money.MonetaryAmount;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import uk.gov.lancashire.socialvalue.framework.Unit;
import uk.gov.lancashire.socialvalue.framework.BenefitSplit;
import uk.gov.lancashire.socialvalue.framework.ProxyValue;

/** {@link ProxyValue}: amount (money), unit, priceYear, source, licence and an optional split. */
final class ProxyValueJson {

  /** The codec. */
  static final JsonCodec<ProxyValue> CODEC = new JsonCodec<>() {
    @Override
    public ProxyValue read(Cursor in) {
      Fields f = Fields.of(in);
      MonetaryAmount amount = f.required("amount", MoneyJson.CODEC);
      Unit unit = f.required("unit", UnitJson.CODEC);
      Integer priceYear = f.required("priceYear", Scalars.INTEGER);
      String source = f.required("source", Scalars.STRING);
      String licence = f.required("licence", Scalars.STRING);
      Optional<BenefitSplit> split = f.optional("split", BenefitSplitJson.CODEC);
      return f.build(() -> ProxyValue.builder().amount(amount).unit(unit).priceYear(priceYear).source(source)
          .licence(licence).split(split).build());
    }

    @Override
    public JsonNode write(ProxyValue value) {
      ObjectNode node = Nodes.object();
      node.set("amount", MoneyJson.CODEC.write(value.amount()));
      node.set("unit", UnitJson.CODEC.write(value.unit()));
      node.put("priceYear", value.priceYear());
      node.put("source", value.source());
      node.put("licence", value.licence());
      value.split().ifPresent(s -> node.set("split", BenefitSplitJson.CODEC.write(s)));
      return node;
    }
  };

  private ProxyValueJson() {}
}
