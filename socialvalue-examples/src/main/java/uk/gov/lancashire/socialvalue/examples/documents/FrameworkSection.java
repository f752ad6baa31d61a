package uk.gov.lancashire.socialvalue.examples.documents;

import uk.gov.lancashire.socialvalue.basics.Amounts;
import uk.gov.lancashire.socialvalue.examples.report.Pounds;
import uk.gov.lancashire.socialvalue.examples.report.ReportPage;
import uk.gov.lancashire.socialvalue.examples.report.ReportTable;
import uk.gov.lancashire.socialvalue.framework.Framework;
import uk.gov.lancashire.socialvalue.framework.Measure;
import uk.gov.lancashire.socialvalue.framework.Priority;
import uk.gov.lancashire.socialvalue.framework.PriorityScheme;
import uk.gov.lancashire.socialvalue.framework.ProxyEdition;

/** The framework: its priorities and its measures, with the proxy value of each in the edition used. */
final class FrameworkSection implements ReportSection {

  @Override
  public String id() {
    return "framework";
  }

  @Override
  public String heading(ReportInputs inputs) {
    return "Framework";
  }

  @Override
  public boolean appliesTo(ReportInputs inputs) {
    return inputs.framework().isPresent();
  }

  @Override
  public void write(ReportInputs in, ReportPage page) {
    Framework f = in.framework().orElseThrow();
    page.paragraph(f.title() + ", edition " + f.edition() + ", valid " + f.validity().from() + " to " + f.validity().to() + "; " + f.measures().size()
        + " measures" + in.edition().map(e -> "; proxy values from edition " + e.reference()).orElse("") + ".");
    ReportTable schemes = ReportTable.of("framework-priorities", "Priorities and the measures aligned to each",
        "scheme", "priority", "measures").right(2);
    for (PriorityScheme s : f.schemes()) {
      for (Priority p : s.priorities()) {
        schemes.row(s.title(), p.title(), String.valueOf(f.measuresOfPriority(s.id(), p.id()).size()));
      }
    }
    page.table(schemes);
    ReportTable measures = ReportTable.of("framework-measures", "Measures", "code", "title", "unit",
        "value per unit").right(3);
    ProxyEdition edition = in.edition().orElse(null);
    for (Measure m : f.measures()) {
      measures.row(m.code().toString(), m.title(), m.unit().symbol(), edition == null ? "—"
          : edition.proxy(m.code()).map(p -> Pounds.format(Amounts.decimal(p.amount()))).orElse("—"));
    }
    page.table(measures);
  }
}
