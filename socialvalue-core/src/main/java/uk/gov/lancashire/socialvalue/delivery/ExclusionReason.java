package uk.gov.lancashire.socialvalue.delivery;

/** Why a delivery record was not counted. Every excluded record is reported with its reason. */
public enum ExclusionReason {
  /** The record was rejected by the contract manager. */
  REJECTED,
  /**
   * Another record of the same supplier claims this claim key for this measure (and period, unless
   * first-year-only) with evidence at least as strong; the exclusion names the record kept and why.
   */
  DUPLICATE_CLAIM,
  /** Another supplier of the chain claims this claim key for this measure, and its record was kept. */
  DUPLICATE_ACROSS_TIERS,
  /** The claim key already counts under another measure of the same exclusive group. */
  EXCLUSIVE_GROUP,
  /**
   * The measure counts in the first 12 months of the person's own employment and the record's period
   * falls outside them (or before the employment started).
   */
  FIRST_YEAR_ONLY,
  /** The measure counts local delivery only and the record is not shown to be inside the contract's locality. */
  NOT_LOCAL,
  /** The record's period is outside the contract term. */
  OUTSIDE_CONTRACT_TERM
}
