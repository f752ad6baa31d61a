package uk.gov.lancashire.socialvalue.delivery;

/** Why a delivery record was not counted. Every excluded record is reported with its reason. */
public enum ExclusionReason {
  /** The record was rejected by the contract manager. */
  REJECTED,
  /** The same supplier already claimed this claim key for this measure (and period, unless first-year-only). */
  DUPLICATE_CLAIM,
  /** Another tier of the supply chain already claimed this claim key for this measure. */
  DUPLICATE_ACROSS_TIERS,
  /** The claim key already counts under another measure of the same exclusive group. */
  EXCLUSIVE_GROUP,
  /** The measure counts in the first contract year only and the record is in a later year. */
  FIRST_YEAR_ONLY,
  /** The record's period is outside the contract term. */
  OUTSIDE_CONTRACT_TERM
}
