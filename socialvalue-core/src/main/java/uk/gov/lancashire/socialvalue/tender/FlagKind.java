package uk.gov.lancashire.socialvalue.tender;

/** The credibility checks a bid can fail. Each raises a {@link CredibilityFlag} for clarification. */
public enum FlagKind {
  /** The offer's SV% is above {@link CredibilityRules#svPercentCeiling()}. */
  SV_PERCENT_ABOVE_CEILING,
  /** A commitment falls in a year after the contract term; it is not scored. */
  BEYOND_CONTRACT_TERM,
  /** A commitment is on a measure outside the tender's shortlist; it is not scored. */
  OUTSIDE_SHORTLIST,
  /** More FTE committed in a contract year than the annual price could employ. */
  IMPLAUSIBLE_EMPLOYMENT,
  /** The price is zero or negative; the price criterion scores 0. */
  NON_POSITIVE_PRICE
}
