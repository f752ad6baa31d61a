package uk.gov.lancashire.socialvalue.tender;

/**
 * What an {@link EvaluationScheme} does with a commitment whose credibility flag has no
 * {@link ModerationDecision} yet. Declared in the scheme before bids are opened, so the treatment of an
 * unanswered question is never chosen after the scores are seen.
 *
 * <p>Whatever the policy, an evaluation with an open flag is provisional ({@link
 * TenderEvaluation#isFinal()} is false), and <strong>no policy lets an unmoderated implausible offer set
 * the benchmark</strong> of a relative criterion: under {@link #HOLD} and {@link #EXCLUDE_FLAGGED} a bid
 * with an open flag is scored against the other bids but is not part of the benchmark (the best offer,
 * best SV%, lowest price) they are scored against; under {@link #CAP_AT_CEILING} it joins the benchmark
 * only with its offer cut to the ceiling. Evaluators clarify and moderate before scores are final
 * (Cabinet Office, <i>Bid Evaluation Guidance Note</i>, May 2021, §9.2 clarification, §9.3 moderation);
 * a flag is a question, not a verdict.
 */
public enum UnresolvedFlagPolicy {
  /**
   * Scores are provisional and no ranking is published ({@link TenderEvaluation#winner()} is empty)
   * until every flag is decided. The flagged bid's own provisional score counts its commitments as
   * offered, capped at each criterion's weight.
   */
  HOLD,
  /** The commitments an open flag names score nothing until decided; a provisional ranking is published. */
  EXCLUDE_FLAGGED,
  /**
   * The scored offer of a bid with an open SV% flag is cut to the ceiling ({@code ceiling × price ÷ 100});
   * the undecided employment commitments of an implausible year are scaled down to the FTE the price can
   * pay for. A provisional ranking is published.
   */
  CAP_AT_CEILING
}
