package uk.gov.lancashire.socialvalue.json;

import java.util.List;
import java.util.Objects;
import uk.gov.lancashire.socialvalue.tender.ModerationDecision;

/**
 * What a moderation document ({@code "format": "socialvalue/moderation"}) holds: the evaluation panel's
 * recorded decisions on the flagged commitments of one tender's bids. Evaluate with {@code
 * TenderEvaluator.evaluate(tender, bids, decisions())}.
 *
 * @param tenderId the tender the decisions belong to
 * @param decisions the decisions, in document order
 */
public record ModerationDocument(String tenderId, List<ModerationDecision> decisions) {

  /**
   * Checks the components and copies the list.
   *
   * @param tenderId the tender the decisions belong to
   * @param decisions the decisions, in document order
   */
  public ModerationDocument {
    Objects.requireNonNull(tenderId, "tenderId");
    decisions = List.copyOf(decisions);
  }
}
