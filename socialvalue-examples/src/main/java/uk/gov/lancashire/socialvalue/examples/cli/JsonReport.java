package uk.gov.lancashire.socialvalue.examples.cli;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import uk.gov.lancashire.socialvalue.examples.documents.DocumentReport;
import uk.gov.lancashire.socialvalue.examples.documents.ReportSection;
import uk.gov.lancashire.socialvalue.examples.report.ReportPage;
import uk.gov.lancashire.socialvalue.examples.report.ReportTable;

/** A report as JSON: each section with its paragraphs, notes and tables, exactly as the HTML shows them. */
final class JsonReport implements ReportPage {

  private final ArrayNode paragraphs;
  private final ArrayNode notes;
  private final List<ReportTable> tables = new ArrayList<>();

  private JsonReport(ObjectNode section) {
    this.paragraphs = section.putArray("paragraphs");
    this.notes = section.putArray("notes");
  }

  static ObjectNode of(Session session, DocumentReport report) {
    ObjectNode doc = JsonOut.document(session, "socialvalue/report");
    doc.put("title", report.title());
    ArrayNode sections = doc.putArray("sections");
    for (ReportSection s : report.sections()) {
      ObjectNode section = sections.addObject().put("id", s.id()).put("heading", s.heading(report.inputs()));
      JsonReport page = new JsonReport(section);
      s.write(report.inputs(), page);
      ReportCommand.tables(section.putArray("tables"), page.tables);
    }
    return doc;
  }

  @Override
  public ReportPage paragraph(String text) {
    paragraphs.add(text);
    return this;
  }

  @Override
  public ReportPage note(String text) {
    notes.add(text);
    return this;
  }

  @Override
  public ReportPage table(ReportTable table) {
    tables.add(table);
    return this;
  }

  @Override
  public ReportPage figure(String id, String caption, String svg) {
    return this;
  }
}
