package uk.gov.lancashire.socialvalue.examples.report;

/**
 * What a {@link uk.gov.lancashire.socialvalue.examples.documents.ReportSection} writes to: paragraphs, notes, tables and figures, in order. The HTML report
 * ({@link HtmlReport}) and the console ({@link TextPage}) both implement it, so a section is written once
 * and reads the same in both.
 */
public interface ReportPage {

  /**
   * @param text a paragraph
   * @return this page
   */
  ReportPage paragraph(String text);

  /**
   * @param text a small note, e.g. a caveat under a table
   * @return this page
   */
  ReportPage note(String text);

  /**
   * @param table a table with its caption
   * @return this page
   */
  ReportPage table(ReportTable table);

  /**
   * A chart with its caption. The console has no charts: there the caption alone shows, and a section
   * should put the chart's figures in a table too.
   *
   * @param id a stable id of the figure
   * @param caption what the chart shows, in a sentence
   * @param svg an SVG element from {@link Charts}
   * @return this page
   */
  ReportPage figure(String id, String caption, String svg);
}
