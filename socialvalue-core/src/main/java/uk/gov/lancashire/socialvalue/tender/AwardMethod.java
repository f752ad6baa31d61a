package uk.gov.lancashire.socialvalue.tender;

/**
 * How an {@link EvaluationScheme} turns criterion scores into a ranking.
 *
 * <p>Under the Procurement Act 2023 s.19 the award goes to the most advantageous tender assessed
 * against the published award criteria and their relative importance (s.23(3)); both methods here are
 * ways of stating that importance.
 */
public enum AwardMethod {
  /**
   * The criteria (price among them) are weighted to add up to 100 and the highest exact total wins
   * (for example quality 70 / price 20 / social value 10).
   */
  WEIGHTED_SUM,
  /**
   * Price per quality point: the non-price criteria add up to 100 quality points, and each bid's price
   * is divided by the points it scored; the lowest price per point wins. The scheme has no price
   * criterion. Described in the Cabinet Office <i>Bid Evaluation Guidance Note</i> (May 2021, §7.3 and
   * Appendix II); under PPN 002 the minimum social value weighting then applies to the quality score.
   * Worked example (illustrative figures): £1,000,000 with 80 points is £12,500.00 a point; £1,180,000
   * with 99 points is £11,919.19 a point and wins. Like any value-for-money index it can reward quality
   * beyond what is needed; buyers pair it with a published budget.
   */
  PRICE_PER_QUALITY_POINT
}
