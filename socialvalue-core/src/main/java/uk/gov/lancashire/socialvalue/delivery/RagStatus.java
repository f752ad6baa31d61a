package uk.gov.lancashire.socialvalue.delivery;

/** Red, amber or green: how delivery to date compares with the commitment to date. */
public enum RagStatus {
  /** At or above the green threshold. */
  GREEN,
  /** At or above the amber threshold, below green. */
  AMBER,
  /** Below the amber threshold. */
  RED,
  /** Nothing was due yet (no positive commitment to date), so no status applies. */
  NOT_DUE
}
