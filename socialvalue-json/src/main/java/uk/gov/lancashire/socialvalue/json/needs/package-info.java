/**
 * The shape declarations for the core's {@code needs} package (not exported): {@link
 * uk.gov.lancashire.socialvalue.json.needs.NeedsJson}.
 */
package uk.gov.lancashire.socialvalue.json.needs;
