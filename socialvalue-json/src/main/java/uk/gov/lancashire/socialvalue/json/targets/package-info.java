/**
 * The shape declarations for the core's {@code targets} package (not exported): {@link
 * uk.gov.lancashire.socialvalue.json.targets.TargetsJson}.
 */
package uk.gov.lancashire.socialvalue.json.targets;
