/**
 * The framework model: {@link uk.gov.lancashire.socialvalue.framework.Framework} (the entry point)
 * holds priority schemes, themes, outcomes and {@link uk.gov.lancashire.socialvalue.framework.Measure
 * measures} in the TOMs pattern, validated together on construction.
 */
@NullMarked
package uk.gov.lancashire.socialvalue.framework;

import org.jspecify.annotations.NullMarked;
