package uk.gov.lancashire.socialvalue.tender;

/**
 * The credibility checks a bid can fail. Each raises a {@link CredibilityFlag}: a question to the
 * bidder, never a verdict.
 *
 * <p>Two kinds concern quantities the panel must moderate before scores are final ({@link
 * #requiresDecision()}): until every commitment they name has a {@link ModerationDecision}, the evaluation
 * is provisional and the scheme's {@link UnresolvedFlagPolicy} applies. The others report a rule the
 * evaluator has already applied (a commitment that cannot count is not scored) or a figure for the
 * panel to follow up (an abnormally low price), and never hold the evaluation.
 */
public enum FlagKind {
  /** The offer's SV% is above {@link CredibilityRules#svPercentCeiling()}: every valued commitment is in question. */
  SV_PERCENT_ABOVE_CEILING(true),
  /** A commitment falls in a year after the contract term; it is not scored. */
  BEYOND_CONTRACT_TERM(false),
  /** A commitment is on a measure outside the tender's shortlist; it is not scored. */
  OUTSIDE_SHORTLIST(false),
  /**
   * More people committed in a contract year than the annual price could employ, counting scored
   * commitments only and never one person twice (see {@link CredibilityRules}).
   */
  IMPLAUSIBLE_EMPLOYMENT(true),
  /** The price is zero or negative; the price criterion scores 0. */
  NON_POSITIVE_PRICE(false),
  /**
   * The price is abnormally low under the scheme's {@link AbnormallyLowPriceRule}. Reported with its
   * figures; the tender is never excluded automatically (Procurement Act 2023 s.19(4)–(5)).
   */
  ABNORMALLY_LOW_PRICE(false);

  private final boolean requiresDecision;

  FlagKind(boolean requiresDecision) {
    this.requiresDecision = requiresDecision;
  }

  /** @return true when the panel must record a decision on every commitment the flag names before scores are final */
  public boolean requiresDecision() {
    return requiresDecision;
  }
}
