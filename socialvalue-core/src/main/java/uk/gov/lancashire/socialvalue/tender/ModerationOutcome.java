package uk.gov.lancashire.socialvalue.tender;

/** What the panel decided about one flagged (or otherwise questioned) commitment. */
public enum ModerationOutcome {
  /** The bidder's answer satisfied the panel: the commitment scores as offered. */
  ACCEPTED_AS_OFFERED,
  /** The panel accepts a lower quantity (between zero and the quantity offered), which is scored. */
  ACCEPTED_AT_QUANTITY,
  /** The commitment is not credible: it scores nothing (and is not contracted). */
  REJECTED
}
