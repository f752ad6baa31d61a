package uk.gov.lancashire.socialvalue.tender;

/**
 * How a criterion turns a bid into a score between 0 and the criterion's weight. Scores are exact; they
 * are rounded only for display.
 */
public enum ScoringMethod {
  /** Price: {@code weight × lowest price ÷ this price}; a zero or negative price scores 0 and is flagged. */
  LOWEST_PRICE,
  /** {@code weight × offer ÷ best offer}, offers valued in money; negative offers score 0. */
  RELATIVE_TO_BEST_VALUE,
  /** {@code weight × SV% ÷ best SV%}, SV% being the offer ÷ the bid price × 100. */
  RELATIVE_TO_BEST_SV_PERCENT,
  /**
   * {@code weight × weighted offer ÷ best weighted offer}, each measure's value weighted by the share of
   * the area's local need it addresses ({@link OfferWeighting}, made by the needs analysis);
   * the evaluator must be given the scoring with {@link TenderEvaluator#withNeedsWeighting}.
   */
  RELATIVE_TO_BEST_NEEDS_WEIGHTED_VALUE,
  /**
   * The weight times the fraction of the highest {@link ScoreBand} whose minimum SV% the bid reaches: an
   * absolute scale declared in advance, so one bid's offer never changes another's score (relative
   * scoring's "irrelevant alternatives" effect, see {@link TenderEvaluator}).
   */
  ABSOLUTE_BANDS,
  /** {@code weight × mark ÷ maximum mark}, the mark being a level (1–5) or a panel mark. */
  LEVELS
}
