package uk.gov.lancashire.socialvalue.examples.documents;

import uk.gov.lancashire.socialvalue.examples.report.ReportPage;

/** What the report is made from: the documents given, and what is left out for want of one. */
final class SourcesSection implements ReportSection {

  @Override
  public String id() {
    return "sources";
  }

  @Override
  public String heading(ReportInputs inputs) {
    return "About this report";
  }

  @Override
  public boolean appliesTo(ReportInputs inputs) {
    return true;
  }

  @Override
  public void write(ReportInputs in, ReportPage page) {
    page.paragraph("Generated on " + in.generated() + " from " + in.sources().size()
        + (in.sources().size() == 1 ? " document: " : " documents: ") + String.join(", ", in.sources()) + ".");
    in.framework().ifPresent(f -> page.note(f.licenceNote()));
    if (in.framework().isEmpty()) {
      page.note("No framework was given: measures show by code only, and nothing is valued in pounds.");
    } else if (in.edition().isEmpty()) {
      page.note("The framework has no proxy edition that the documents name, so delivery is not valued in pounds.");
    }
  }
}
