package uk.gov.lancashire.socialvalue.delivery;

/**
 * Which delivered figure a RAG status and its percent delivered are measured on. Committed to date is
 * always the denominator; the basis is the numerator.
 *
 * <p>The default, {@link #CLAIMED}, rates the <em>supplier's</em> delivery: every counted record, whatever
 * its status, so a verification backlog (claimed, not yet checked by the council) is not shown as
 * supplier failure; it is reported as its own figure, {@link ProgressFigures#verificationBacklog()}.
 * {@link #VERIFIED} gives the audited view, as an annual statement reports it.
 */
public enum RagBasis {
  /** Verified records only: the audited view. */
  VERIFIED,
  /** Evidenced or verified records: delivery backed by evidence. */
  EVIDENCED,
  /** Every counted record (claimed, evidenced or verified): the supplier's delivery. The default. */
  CLAIMED;

  /**
   * @param status a counted record's status
   * @return true when a record with that status counts on this basis
   */
  public boolean includes(RecordStatus status) {
    switch (this) {
      case VERIFIED:
        return status == RecordStatus.VERIFIED;
      case EVIDENCED:
        return status == RecordStatus.VERIFIED || status == RecordStatus.EVIDENCED;
      default:
        return status != RecordStatus.REJECTED;
    }
  }
}
