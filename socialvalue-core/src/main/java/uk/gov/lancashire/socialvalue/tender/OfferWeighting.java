package uk.gov.lancashire.socialvalue.tender;

import java.math.BigDecimal;
import java.util.Map;
import uk.gov.lancashire.socialvalue.framework.MeasureCode;

/**
 * Weighs an offer's value measure by measure, for a {@link
 * ScoringMethod#RELATIVE_TO_BEST_NEEDS_WEIGHTED_VALUE} criterion: the value on each measure counts in
 * proportion to how much of the local need that measure addresses. The needs analysis provides it
 * ({@link uk.gov.lancashire.socialvalue.needs.NeedsWeightedScoring}); the tender package depends only on
 * this interface, so evaluation does not depend on how needs are analysed.
 */
public interface OfferWeighting {

  /**
   * @param valueByMeasure the offer's exact value on each measure
   * @return the weighted value, {@code Σ weight(measure) × value}, exact
   */
  BigDecimal weigh(Map<MeasureCode, BigDecimal> valueByMeasure);
}
