/**
 * The Lancashire case end to end on illustrative data; {@link
 * uk.gov.lancashire.socialvalue.examples.LancashireScenario} is the README's main command.
 */
@NullMarked
package uk.gov.lancashire.socialvalue.examples;

import org.jspecify.annotations.NullMarked;
