/**
 * The shape declarations for the core's {@code basics} package (not exported): {@link
 * uk.gov.lancashire.socialvalue.json.basics.BasicsJson}.
 */
@NullMarked
package uk.gov.lancashire.socialvalue.json.basics;

import org.jspecify.annotations.NullMarked;
