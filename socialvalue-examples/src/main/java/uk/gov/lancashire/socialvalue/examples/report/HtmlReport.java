package uk.gov.lancashire.socialvalue.examples.report;

import java.time.LocalDate;
import java.util.List;

/**
 * Builds a self-contained HTML report: one file with inline CSS and inline SVG, nothing fetched from
 * anywhere, no scripts, laid out to print on A4. The markup is polyglot (also well-formed XML), which is
 * how the tests parse it.
 *
 * <p>For a committee and for accessibility: each table has a {@code caption} and {@code th scope="col"}
 * headers, each chart a {@code figcaption} and an SVG {@code title}; printed pages carry the page number,
 * the generation date and the source documents in their footer ({@link #footer(LocalDate, List)}).
 */
public final class HtmlReport implements ReportPage {

  private static final String STYLE = String.join("\n",
      "body { font-family: sans-serif; font-size: 10.5pt; color: #111; max-width: 180mm; margin: auto; }",
      "h1 { font-size: 17pt; } h2 { font-size: 13pt; border-bottom: 1px solid #767676; margin-top: 1.4em; }",
      "table { border-collapse: collapse; margin: 0.6em 0; page-break-inside: avoid; max-width: 100%; }",
      "caption { text-align: left; font-weight: bold; padding: 2px 0; }",
      "th, td { border: 1px solid #949494; padding: 2px 5px; vertical-align: top; overflow-wrap: break-word; }",
      "th { background: #eee; text-align: left; }",
      "td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }",
      "table.wide { font-size: 8.5pt; }",
      "figure { page-break-inside: avoid; margin: 0.6em 0; } figcaption { font-weight: bold; padding: 2px 0; }",
      "h2, h3 { page-break-after: avoid; }",
      "svg { max-width: 100%; height: auto; }",
      ".note { color: #444; font-size: 9pt; }",
      "footer { margin-top: 2em; border-top: 1px solid #767676; color: #444; font-size: 9pt; }",
      "@media print { footer { display: none; } }");

  private final StringBuilder body = new StringBuilder();
  private final String title;
  private String footer = "";
  private String pageFooter = "";

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
   * Sets the footer: the generation date and the source documents, at the end of the report on screen and
   * in every printed page's margin with the page number.
   *
   * @param generated the generation date
   * @param sources the source documents' names
   * @return this report
   */
  public HtmlReport footer(LocalDate generated, List<String> sources) {
    String from = sources.isEmpty() ? "" : " from " + String.join(", ", sources);
    footer = "<footer><p>Generated " + generated + Html.escape(from) + ".</p></footer>\n";
    String names = sources.isEmpty() ? "" : " from " + sources.stream().map(HtmlReport::fileName)
        .collect(java.util.stream.Collectors.joining(", "));
    String short_ = names.length() > 100 ? names.substring(0, 97) + "..." : names;
    pageFooter = "@page { @bottom-left { content: \"" + css("Generated " + generated + short_)
        + "\"; font-family: sans-serif; font-size: 8pt; color: #444; } }\n";
    return this;
  }

  @Override
  public HtmlReport paragraph(String text) {
    body.append("<p>").append(Html.escape(text)).append("</p>\n");
    return this;
  }

  @Override
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
  @Override
  public HtmlReport table(ReportTable table) {
    body.append("<table id=\"").append(Html.escape(table.id())).append('"')
        .append(table.headers().size() > 6 ? " class=\"wide\"" : "").append("><caption>")
        .append(Html.escape(table.title())).append("</caption><thead><tr>");
    for (int c = 0; c < table.headers().size(); c++) {
      body.append(table.isRightAligned(c) ? "<th scope=\"col\" class=\"n\">" : "<th scope=\"col\">")
          .append(Html.escape(table.headers().get(c))).append("</th>");
    }
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
   * @param svg an SVG element from {@link Charts}; its title is the caption
   * @return this report
   */
  public HtmlReport figure(String id, String svg) {
    body.append("<figure id=\"").append(Html.escape(id)).append("\">").append(svg).append("</figure>\n");
    return this;
  }

  @Override
  public HtmlReport figure(String id, String caption, String svg) {
    body.append("<figure id=\"").append(Html.escape(id)).append("\"><figcaption>").append(Html.escape(caption))
        .append("</figcaption>").append(svg).append("</figure>\n");
    return this;
  }

  /** @return the whole document */
  public String render() {
    return "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en-GB\"><head>"
        + "<meta charset=\"utf-8\"/><title>" + Html.escape(title) + "</title><style>\n"
        + "@page { size: A4; margin: 15mm 15mm 18mm 15mm;\n"
        + "  @bottom-right { content: \"Page \" counter(page) \" of \" counter(pages); font-family: sans-serif;"
        + " font-size: 8pt; color: #444; } }\n"
        + pageFooter + STYLE + "\n</style></head><body>\n<h1>" + Html.escape(title) + "</h1>\n" + body
        + (body.length() > 0 ? "</section>\n" : "") + footer + "</body></html>\n";
  }

  private static String fileName(String source) {
    int slash = Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\'));
    return slash < 0 ? source : source.substring(slash + 1);
  }

  /** Text as the body of a CSS string, which also sits in XML: quotes, backslashes, {@code < &} escaped. */
  private static String css(String text) {
    StringBuilder s = new StringBuilder();
    for (char c : text.toCharArray()) {
      if (c == '"' || c == '\\' || c == '<' || c == '&' || c == '>' || c < ' ') {
        s.append('\\').append(Integer.toHexString(c)).append(' ');
      } else {
        s.append(c);
      }
    }
    return s.toString();
  }
}
