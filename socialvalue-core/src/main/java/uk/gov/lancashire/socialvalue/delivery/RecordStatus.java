package uk.gov.lancashire.socialvalue.delivery;

/** Where a delivery record stands. Committed (the KPI) is not a record status: it is the schedule. */
public enum RecordStatus {
  /** Reported by the supplier, not yet backed by evidence. */
  CLAIMED,
  /** Backed by evidence references, not yet checked. */
  EVIDENCED,
  /** Checked and accepted by the contract manager. */
  VERIFIED,
  /** Checked and refused; reported, never counted. */
  REJECTED
}
