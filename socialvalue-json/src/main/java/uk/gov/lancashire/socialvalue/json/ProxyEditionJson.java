package uk.gov.lancashire.socialvalue.json;

import java.util.Map;
import javax.money.CurrencyUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import uk.gov.lancashire.socialvalue.framework.MeasureCode;
import uk.gov.lancashire.socialvalue.framework.ProxyEdition;
import uk.gov.lancashire.socialvalue.framework.ProxyValue;

/**
 * {@link ProxyEdition}, a top-level document ({@code "format": "socialvalue/proxy-edition"}): id,
 * version, title, currency, licence and the values as an object keyed by measure code. Inside a
 * framework the format marker is left out.
 */
final class ProxyEditionJson {

  /** The codec. */
  static final JsonCodec<ProxyEdition> CODEC = new JsonCodec<>() {
    @Override
    public ProxyEdition read(Cursor in) {
      Fields f = Fields.of(in);
      f.marker(Formats.PROXY_EDITION);
      String id = f.required("id", Scalars.STRING);
      String version = f.required("version", Scalars.STRING);
      String title = f.required("title", Scalars.STRING);
      CurrencyUnit currency = f.required("currency", Scalars.CURRENCY);
      String licence = f.required("licence", Scalars.STRING);
      Map<MeasureCode, ProxyValue> values = f.map("values", MeasureCodeJson.CODEC, ProxyValueJson.CODEC);
      return f.build(() -> ProxyEdition.builder().id(id).version(version).title(title).currency(currency)
          .licence(licence).putAllValues(values).build());
    }

    @Override
    public JsonNode write(ProxyEdition value) {
      ObjectNode node = Nodes.object();
      node.put("format", Formats.PROXY_EDITION);
      node.put("formatVersion", Formats.CURRENT);
      node.setAll((ObjectNode) writeNested(value));
      return node;
    }

    @Override
    public JsonNode writeNested(ProxyEdition value) {
      ObjectNode node = Nodes.object();
      node.put("id", value.id());
      node.put("version", value.version());
      node.put("title", value.title());
      node.set("currency", Scalars.CURRENCY.write(value.currency()));
      node.put("licence", value.licence());
      node.set("values", Nodes.map(value.values(), MeasureCodeJson.CODEC, ProxyValueJson.CODEC));
      return node;
    }
  };

  private ProxyEditionJson() {}
}
