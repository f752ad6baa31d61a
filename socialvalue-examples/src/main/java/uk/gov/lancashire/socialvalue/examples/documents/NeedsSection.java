package uk.gov.lancashire.socialvalue.examples.documents;

import uk.gov.lancashire.socialvalue.examples.report.Pounds;
import uk.gov.lancashire.socialvalue.examples.report.ReportPage;
import uk.gov.lancashire.socialvalue.examples.report.ReportTable;
import uk.gov.lancashire.socialvalue.needs.AreaNeeds;
import uk.gov.lancashire.socialvalue.needs.CountyNeeds;

/** The needs analysis: areas ranked by need, largest first, and any indicator without data. */
final class NeedsSection implements ReportSection {

  @Override
  public String id() {
    return "needs";
  }

  @Override
  public String heading(ReportInputs inputs) {
    return "Local needs";
  }

  @Override
  public boolean appliesTo(ReportInputs inputs) {
    return inputs.needs().isPresent();
  }

  @Override
  public void write(ReportInputs in, ReportPage page) {
    CountyNeeds county = in.needs().orElseThrow().county();
    ReportTable areas = ReportTable.of("needs-areas", "Areas by need: the sum of each indicator's gap to its"
        + " desired value, relative to that value (largest first)", "rank", "area", "need score").right(0, 2);
    int rank = 1;
    for (AreaNeeds a : county.rankedAreas()) {
      areas.row(String.valueOf(rank++), a.area().name(), a.needScore().map(s -> Pounds.number(s, 2)).orElse("—"));
    }
    page.table(areas);
    if (!county.problems().isEmpty()) {
      page.note("Missing data: " + county.problems().size() + " indicator values are missing, so some areas are"
          + " scored on fewer indicators.");
    }
  }
}
