/**
 * Strategy targets: {@link uk.gov.lancashire.socialvalue.targets.StrategyPlan} (the entry point) holds
 * {@link uk.gov.lancashire.socialvalue.targets.Target targets} per priority and per measure for each
 * financial year of the strategy, reports {@link uk.gov.lancashire.socialvalue.targets.TargetProgress
 * progress} against them on a straight-line trajectory, and tracks {@link
 * uk.gov.lancashire.socialvalue.targets.Milestone milestones} with their status.
 */
@NullMarked
package uk.gov.lancashire.socialvalue.targets;

import org.jspecify.annotations.NullMarked;
