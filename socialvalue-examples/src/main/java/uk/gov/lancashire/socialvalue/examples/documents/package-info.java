/**
 * Reports over the user's own documents ({@link uk.gov.lancashire.socialvalue.examples.documents.DocumentReport},
 * the entry point): a {@link uk.gov.lancashire.socialvalue.examples.documents.ReportSection} for each part the
 * documents given are enough for (framework, tender, contract, delivery, valuation, needs, strategy, sources).
 */
@NullMarked
package uk.gov.lancashire.socialvalue.examples.documents;

import org.jspecify.annotations.NullMarked;
