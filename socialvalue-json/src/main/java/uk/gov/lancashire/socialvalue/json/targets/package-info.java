/**
 * The shape declarations for the core's {@code targets} package (not exported): {@link
 * uk.gov.lancashire.socialvalue.json.targets.TargetsJson}.
 */
@NullMarked
package uk.gov.lancashire.socialvalue.json.targets;

import org.jspecify.annotations.NullMarked;
