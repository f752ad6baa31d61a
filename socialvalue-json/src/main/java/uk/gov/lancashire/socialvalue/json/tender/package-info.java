/**
 * The shape declarations for the core's {@code tender} package (not exported): {@link
 * uk.gov.lancashire.socialvalue.json.tender.TenderJson}.
 */
@NullMarked
package uk.gov.lancashire.socialvalue.json.tender;

import org.jspecify.annotations.NullMarked;
