package uk.gov.lancashire.socialvalue.portfolio;

import java.util.Map;
import java.util.Objects;
import uk.gov.lancashire.socialvalue.basics.Args;
import uk.gov.lancashire.socialvalue.framework.MeasureCode;

/**
 * A portfolio's value by the priorities of one scheme, where a measure aligned to several priorities
 * is <strong>split, never repeated</strong>: by its declared alignment weights when the framework has
 * them, otherwise equally (the last priority in framework order takes the rounding remainder of an
 * equal split, so the parts add up exactly). {@link #splits()} says which rule each measure used, and
 * the parts plus the unclassified rest add up exactly to the total. An equal part is the measure's
 * value ÷ n cut down at 20 decimal places (a stated precision, whatever the value's own scale).
 *
 * <p><b>Combine, then view.</b> An equal split is a quotient, so splitting two portfolios' values and
 * adding the parts can differ (beyond the 20th decimal place) from splitting their combined value. The
 * right figure for a combined portfolio is the breakdown of the combined aggregate: {@link
 * PortfolioAggregate#combine combine} the aggregates (exact sums) first, then ask for this view; never
 * add breakdowns. Weighted splits are exact products and add up either way.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param schemeId the priority scheme
 * @param breakdown the value by priority id, with the unaligned rest and the total
 * @param splits how each measure's value was divided between priorities (copied, sorted by code)
 */
public record PriorityBreakdown(String schemeId, Breakdown<String> breakdown, Map<MeasureCode, AlignmentSplit> splits) {

  /**
   * Checks every component is present and copies the splits in code order.
   *
   * @param schemeId the priority scheme
   * @param breakdown the value by priority id, with the unaligned rest and the total
   * @param splits how each measure's value was divided between priorities
   */
  public PriorityBreakdown {
    Objects.requireNonNull(schemeId, "schemeId");
    Objects.requireNonNull(breakdown, "breakdown");
    splits = Args.copyOfSorted(splits, "splits");
  }

  /** @return the scheme and its breakdown */
  @Override
  public String toString() {
    return schemeId + ": " + breakdown;
  }
}
