package uk.gov.lancashire.socialvalue.performance;

/** Why a KPI assessment is made (Procurement Act 2023, s.71(2)). */
public enum AssessmentKind {
  /** The assessment due at least once in every 12-month period of the contract. */
  PERIODIC,
  /** The assessment due on termination of the contract. */
  TERMINATION
}
