package uk.gov.lancashire.socialvalue.json;

import java.util.List;
import javax.money.CurrencyUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import uk.gov.lancashire.socialvalue.basics.FinancialQuarter;
import uk.gov.lancashire.socialvalue.delivery.Contract;
import uk.gov.lancashire.socialvalue.delivery.Kpi;
import uk.gov.lancashire.socialvalue.delivery.Locality;

/**
 * {@link Contract}: id, title, currency, start ({@code "2024/25-Q3"}), termYears, editionReference
 * ({@code id@version}), primeSupplier, locality and kpis.
 */
final class ContractJson {

  /** The codec. */
  static final JsonCodec<Contract> CODEC = new JsonCodec<>() {
    @Override
    public Contract read(Cursor in) {
      Fields f = Fields.of(in);
      String id = f.required("id", Scalars.STRING);
      String title = f.required("title", Scalars.STRING);
      CurrencyUnit currency = f.required("currency", Scalars.CURRENCY);
      FinancialQuarter start = f.required("start", FinancialQuarterJson.CODEC);
      Integer termYears = f.required("termYears", Scalars.INTEGER);
      String editionReference = f.required("editionReference", Scalars.STRING);
      String primeSupplier = f.required("primeSupplier", Scalars.STRING);
      Locality locality = f.required("locality", LocalityJson.CODEC);
      List<Kpi> kpis = f.list("kpis", KpiJson.CODEC);
      return f.build(() -> Contract.builder().id(id).title(title).currency(currency).start(start)
          .termYears(termYears).editionReference(editionReference).primeSupplier(primeSupplier)
          .locality(locality).addAllKpis(kpis).build());
    }

    @Override
    public JsonNode write(Contract value) {
      ObjectNode node = Nodes.object();
      node.put("id", value.id());
      node.put("title", value.title());
      node.set("currency", Scalars.CURRENCY.write(value.currency()));
      node.set("start", FinancialQuarterJson.CODEC.write(value.start()));
      node.put("termYears", value.termYears());
      node.put("editionReference", value.editionReference());
      node.put("primeSupplier", value.primeSupplier());
      node.set("locality", LocalityJson.CODEC.write(value.locality()));
      node.set("kpis", Nodes.array(value.kpis(), KpiJson.CODEC));
      return node;
    }
  };

  private ContractJson() {}
}
