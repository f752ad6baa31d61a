package uk.gov.lancashire.socialvalue.examples.documents;

import uk.gov.lancashire.socialvalue.examples.report.Pounds;
import uk.gov.lancashire.socialvalue.examples.report.ReportPage;
import uk.gov.lancashire.socialvalue.examples.report.Words;

/**
 * One section of a report over the user's documents: it says whether the documents given are enough for
 * it, and writes itself to a {@link ReportPage}. A section appears only for what is given: a report from a
 * framework and a delivery report alone has no tender section.
 *
 * <p>To add a page to the report, write a class implementing this interface and add it, in reading order,
 * to {@link DocumentReport#STANDARD_SECTIONS}. Sections use {@link Pounds} for money and {@link
 * Words} for measure titles, bidder names and percentages, so the report reads the same throughout.
 */
public interface ReportSection {

  /** @return a stable id: the HTML section's id, used by links and tests */
  String id();

  /**
   * @param inputs the documents given
   * @return the section's heading
   */
  String heading(ReportInputs inputs);

  /**
   * @param inputs the documents given
   * @return true when the documents given are enough for this section
   */
  boolean appliesTo(ReportInputs inputs);

  /**
   * Writes the section's content (its heading is written by the report).
   *
   * @param inputs the documents given
   * @param page where to write
   */
  void write(ReportInputs inputs, ReportPage page);
}
