package uk.gov.lancashire.socialvalue.portfolio;

import uk.gov.lancashire.socialvalue.delivery.RecordStatus;

/** The stage a portfolio figure is at: committed (a KPI's schedule) or a delivery record's status. */
public enum ValueStage {
  /** Scheduled by a contract's KPIs. */
  COMMITTED,
  /** Counted, claimed by a supplier. */
  CLAIMED,
  /** Counted, backed by evidence. */
  EVIDENCED,
  /** Counted and verified: what the statement calls delivered. */
  VERIFIED,
  /** Rejected by the contract manager: shown, never part of delivery. */
  REJECTED;

  /**
   * @param status a record status
   * @return the stage of a record with that status
   */
  public static ValueStage of(RecordStatus status) {
    return valueOf(status.name());
  }
}
