/**
 * The illustrative Lancashire scenario ({@link uk.gov.lancashire.socialvalue.examples.scenario.Scenario}, the entry
 * point): a highways tender, its delivery, contract performance and the county's needs, on invented figures,
 * run end to end by the README's main command.
 */
@NullMarked
package uk.gov.lancashire.socialvalue.examples.scenario;

import org.jspecify.annotations.NullMarked;
