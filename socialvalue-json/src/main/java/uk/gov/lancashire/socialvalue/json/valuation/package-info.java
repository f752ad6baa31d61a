/**
 * The shape declarations for the core's {@code valuation} package (not exported): {@link
 * uk.gov.lancashire.socialvalue.json.valuation.ValuationJson}.
 */
@NullMarked
package uk.gov.lancashire.socialvalue.json.valuation;

import org.jspecify.annotations.NullMarked;
