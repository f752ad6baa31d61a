package uk.gov.lancashire.socialvalue.examples.report;

/**
 * A report for the console: numbered section headings underlined, tables aligned ({@link TextTable}),
 * charts shown by their caption only (their figures are in the tables beside them).
 */
public final class TextPage implements ReportPage {

  private final StringBuilder out = new StringBuilder();
  private int sections;

  /**
   * @param title the report's title
   */
  public TextPage(String title) {
    out.append(title).append('\n');
  }

  /**
   * Starts a section.
   *
   * @param heading its heading
   * @return this page
   */
  public TextPage section(String heading) {
    String line = ++sections + ". " + heading;
    out.append('\n').append(line).append('\n').append("=".repeat(line.length())).append('\n');
    return this;
  }

  @Override
  public TextPage paragraph(String text) {
    out.append(text).append('\n');
    return this;
  }

  @Override
  public TextPage note(String text) {
    out.append("  (").append(text).append(")\n");
    return this;
  }

  @Override
  public TextPage table(ReportTable table) {
    out.append('\n').append(table.toText());
    return this;
  }

  @Override
  public TextPage figure(String id, String caption, String svg) {
    return this;
  }

  /** @return the text */
  public String render() {
    return out.toString();
  }
}
