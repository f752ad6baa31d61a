/**
 * The shape declarations for the core's {@code needs} package (not exported): {@link
 * uk.gov.lancashire.socialvalue.json.needs.NeedsJson}.
 */
@NullMarked
package uk.gov.lancashire.socialvalue.json.needs;

import org.jspecify.annotations.NullMarked;
