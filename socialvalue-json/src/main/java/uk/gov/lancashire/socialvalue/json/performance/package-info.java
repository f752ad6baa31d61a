/**
 * The shape declarations for the core's {@code performance} package (not exported): {@link
 * uk.gov.lancashire.socialvalue.json.performance.PerformanceJson}.
 */
@NullMarked
package uk.gov.lancashire.socialvalue.json.performance;

import org.jspecify.annotations.NullMarked;
