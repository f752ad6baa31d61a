package uk.gov.lancashire.socialvalue.json;

import javax.money.CurrencyUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import uk.gov.lancashire.socialvalue.tender.EvaluationScheme;
import uk.gov.lancashire.socialvalue.tender.Tender;

/** {@link Tender}: id, title, termYears, currency, editionReference and the evaluation scheme. */
final class TenderJson {

  /** The codec. */
  static final JsonCodec<Tender> CODEC = new JsonCodec<>() {
    @Override
    public Tender read(Cursor in) {
      Fields f = Fields.of(in);
      String id = f.required("id", Scalars.STRING);
      String title = f.required("title", Scalars.STRING);
      Integer termYears = f.required("termYears", Scalars.INTEGER);
      CurrencyUnit currency = f.required("currency", Scalars.CURRENCY);
      String editionReference = f.required("editionReference", Scalars.STRING);
      EvaluationScheme scheme = f.required("scheme", EvaluationSchemeJson.CODEC);
      return f.build(() -> Tender.builder().id(id).title(title).termYears(termYears).currency(currency)
          .editionReference(editionReference).scheme(scheme).build());
    }

    @Override
    public JsonNode write(Tender value) {
      ObjectNode node = Nodes.object();
      node.put("id", value.id());
      node.put("title", value.title());
      node.put("termYears", value.termYears());
      node.set("currency", Scalars.CURRENCY.write(value.currency()));
      node.put("editionReference", value.editionReference());
      node.set("scheme", EvaluationSchemeJson.CODEC.write(value.scheme()));
      return node;
    }
  };

  private TenderJson() {}
}
