package uk.gov.lancashire.socialvalue.examples.documents;

import java.util.ArrayList;
import java.util.List;
import uk.gov.lancashire.socialvalue.delivery.Contract;
import uk.gov.lancashire.socialvalue.delivery.Kpi;
import uk.gov.lancashire.socialvalue.delivery.Supplier;
import uk.gov.lancashire.socialvalue.delivery.SupplyChain;
import uk.gov.lancashire.socialvalue.examples.report.Pounds;
import uk.gov.lancashire.socialvalue.examples.report.ReportPage;
import uk.gov.lancashire.socialvalue.examples.report.ReportTable;
import uk.gov.lancashire.socialvalue.examples.report.Words;
import uk.gov.lancashire.socialvalue.json.ContractDocument;

/** The contract: its term, its KPIs year by year with each measure's title and unit, and its supply chain. */
final class ContractSection implements ReportSection {

  @Override
  public String id() {
    return "contract";
  }

  @Override
  public String heading(ReportInputs inputs) {
    return "Contract " + inputs.contract().map(c -> c.contract().id()).orElse("");
  }

  @Override
  public boolean appliesTo(ReportInputs inputs) {
    return inputs.contract().isPresent();
  }

  @Override
  public void write(ReportInputs in, ReportPage page) {
    ContractDocument doc = in.contract().orElseThrow();
    Contract c = doc.contract();
    SupplyChain chain = doc.supplyChain();
    page.paragraph(c.title() + ": " + c.termYears() + "-year term from " + c.start() + ", prime supplier "
        + name(chain, c.primeSupplier()) + ".");
    List<String> headers = new ArrayList<>(List.of("measure", "unit"));
    int[] right = new int[c.termYears()];
    for (int y = 1; y <= c.termYears(); y++) {
      headers.add("year " + y);
      right[y - 1] = y + 1;
    }
    ReportTable kpis = ReportTable.of("contract-kpis", "Committed quantities (KPIs) by contract year",
        headers.toArray(String[]::new)).right(right);
    for (Kpi k : c.kpis()) {
      List<String> row = new ArrayList<>(List.of(Words.measure(in.framework(), k.measure()),
          in.framework().flatMap(f -> f.measure(k.measure())).map(m -> m.unit().symbol()).orElse("")));
      for (int y = 1; y <= c.termYears(); y++) {
        row.add(k.yearly().containsKey(y) ? Pounds.number(k.yearly().get(y), k.yearly().get(y).scale() > 0 ? 2 : 0)
            : "—");
      }
      kpis.row(row.toArray(String[]::new));
    }
    page.table(kpis);
    ReportTable suppliers = ReportTable.of("contract-suppliers", "Supply chain", "supplier", "tier",
        "reports through").right(1);
    for (Supplier s : chain.suppliers()) {
      suppliers.row(name(chain, s.id()), String.valueOf(chain.tier(s.id())),
          s.parent().map(p -> name(chain, p)).orElse("—"));
    }
    page.table(suppliers);
  }

  static String name(SupplyChain chain, String id) {
    return chain.supplier(id).map(Supplier::name).filter(n -> !n.equals(id)).orElse(Words.name(id));
  }
}
