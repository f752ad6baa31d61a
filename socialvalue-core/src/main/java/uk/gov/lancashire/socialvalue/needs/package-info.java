/**
 * Local needs analysis: {@link uk.gov.lancashire.socialvalue.needs.NeedsAnalysis} (the entry point)
 * compares current with desired conditions ({@link uk.gov.lancashire.socialvalue.needs.Gap gaps}) per
 * {@link uk.gov.lancashire.socialvalue.needs.Indicator indicator} and {@link
 * uk.gov.lancashire.socialvalue.needs.Area area}, ranks needs per area and across the county, turns them
 * into {@link uk.gov.lancashire.socialvalue.needs.NeedsWeights needs weights} per measure, outcome and
 * priority, recommends a {@link uk.gov.lancashire.socialvalue.needs.MeasureShortlist measure shortlist}
 * for a tender, and offers a {@link uk.gov.lancashire.socialvalue.needs.NeedsWeightedScoring
 * needs-weighted scoring} for evaluation. Missing observations are reported, never read as zero.
 */
@NullMarked
package uk.gov.lancashire.socialvalue.needs;

import org.jspecify.annotations.NullMarked;
