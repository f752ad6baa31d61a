/**
 * The shape declarations for the core's {@code sensitivity} package (not exported): {@link
 * uk.gov.lancashire.socialvalue.json.sensitivity.SensitivityJson}.
 */
@NullMarked
package uk.gov.lancashire.socialvalue.json.sensitivity;

import org.jspecify.annotations.NullMarked;
