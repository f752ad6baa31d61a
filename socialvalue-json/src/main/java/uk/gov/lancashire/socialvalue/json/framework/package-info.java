/**
 * The shape declarations for the core's {@code framework} package (not exported): {@link
 * uk.gov.lancashire.socialvalue.json.framework.FrameworkJson} and {@link uk.gov.lancashire.socialvalue.json.framework.FrameworkScalars}.
 */
@NullMarked
package uk.gov.lancashire.socialvalue.json.framework;

import org.jspecify.annotations.NullMarked;
