package uk.gov.lancashire.socialvalue.examples.report;

import java.util.List;

/**
 * Builds a self-contained HTML report: one file with inline CSS and inline SVG, nothing fetched from
 * anywhere, no scripts, laid out to print on A4. The markup is polyglot (also well-formed XML), which is
 * how the tests parse it.
 */
public final class HtmlReport {

  private static final String STYLE = String.join("\n",
      "@page { size: A4; margin: 15mm; }",
      "body { font-family: sans-serif; font-size: 10.5pt; color: #111; max-width: 180mm; margin: auto; }",
      "h1 { font-size: 17pt; } h2 { font-size: 13pt; border-bottom: 1px solid #999; margin-top: 1.4em; }",
      "table { border-collapse: collapse; margin: 0.5em 0; page-break-inside: avoid; }",
      "th, td { border: 1px solid #bbb; padding: 2px 6px; } th { background: #eee; text-align: left; }",
      "td.n { text-align: right; font-variant-numeric: tabular-nums; }",
      "figure { page-break-inside: avoid; margin: 0.5em 0; } h2, h3 { page-break-after: avoid; }",
      "svg { max-width: 100%; height: auto; }",
      ".note { color: #555; font-size: 9pt; }");

  private final StringBuilder body = new StringBuilder();
  private final String title;

  private HtmlReport(String title) {
    this.title = title;
  }

  /**
   * @param title the report title
   * @return an empty report
   */
  public static HtmlReport titled(String title) {
    return new HtmlReport(title);
  }

  /**
   * Starts a section.
   *
   * @param id a stable id, used by tests and links
   * @param heading the heading
   * @return this report
   */
  public HtmlReport section(String id, String heading) {
    if (body.length() > 0) {
      body.append("</section>\n");
    }
    body.append("<section id=\"").append(Html.escape(id)).append("\"><h2>").append(Html.escape(heading))
        .append("</h2>\n");
    return this;
  }

  /**
   * @param text a paragraph of text
   * @return this report
   */
  public HtmlReport paragraph(String text) {
    body.append("<p>").append(Html.escape(text)).append("</p>\n");
    return this;
  }

  /**
   * @param text a small note
   * @return this report
   */
  public HtmlReport note(String text) {
    body.append("<p class=\"note\">").append(Html.escape(text)).append("</p>\n");
    return this;
  }

  /**
   * Adds a {@link ReportTable} with its caption; the table element carries the table's id.
   *
   * @param table the table
   * @return this report
   */
  public HtmlReport table(ReportTable table) {
    body.append("<h3>").append(Html.escape(table.title())).append("</h3>\n");
    body.append("<table id=\"").append(Html.escape(table.id())).append("\"><thead><tr>");
    table.headers().forEach(h -> body.append("<th>").append(Html.escape(h)).append("</th>"));
    body.append("</tr></thead><tbody>\n");
    for (List<String> row : table.rows()) {
      body.append("<tr>");
      for (int c = 0; c < row.size(); c++) {
        body.append(table.isRightAligned(c) ? "<td class=\"n\">" : "<td>").append(Html.escape(row.get(c)))
            .append("</td>");
      }
      body.append("</tr>\n");
    }
    body.append("</tbody></table>\n");
    return this;
  }

  /**
   * @param id a stable id of the figure
   * @param svg an SVG element from {@link Charts}
   * @return this report
   */
  public HtmlReport figure(String id, String svg) {
    body.append("<figure id=\"").append(Html.escape(id)).append("\">").append(svg).append("</figure>\n");
    return this;
  }

  /** @return the whole document */
  public String render() {
    return "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en-GB\"><head>"
        + "<meta charset=\"utf-8\"/><title>" + Html.escape(title) + "</title><style>\n" + STYLE
        + "\n</style></head><body>\n<h1>" + Html.escape(title) + "</h1>\n" + body
        + (body.length() > 0 ? "</section>\n" : "") + "</body></html>\n";
  }
}
