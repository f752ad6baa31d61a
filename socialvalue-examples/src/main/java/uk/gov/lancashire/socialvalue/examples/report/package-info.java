/**
 * The report's building blocks: pages ({@link uk.gov.lancashire.socialvalue.examples.report.ReportPage}), tables
 * and inline SVG charts rendered as console text and as a self-contained HTML file for a committee
 * ({@link uk.gov.lancashire.socialvalue.examples.report.HtmlReport}).
 */
@NullMarked
package uk.gov.lancashire.socialvalue.examples.report;

import org.jspecify.annotations.NullMarked;
