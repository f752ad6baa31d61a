/**
 * The shape declarations for the core's {@code tender} package (not exported): {@link
 * uk.gov.lancashire.socialvalue.json.tender.TenderJson}.
 */
package uk.gov.lancashire.socialvalue.json.tender;
