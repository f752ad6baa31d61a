package uk.gov.lancashire.socialvalue.valuation;

/**
 * How an outcome fades over its duration. The two models are alternatives and never combine
 * (SROI practice, <i>A Guide to Social Return on Investment</i>): a line that gives the inputs of both is refused.
 */
public enum DeadweightModel {
  /**
   * SROI practice: a constant deadweight, and the outcome drops off each later year:
   * {@code impact_t = impact_1 × (1 − dropOff)^(t − 1)}.
   */
  DROP_OFF,
  /**
   * Wellbeing-valuation practice: a deadweight that rises each year (e.g. 15%, 30%, 45%) and no
   * drop-off: {@code impact_t = quantity × proxy × (1 − deadweight_t) × (1 − displacement) × (1 − attribution)}.
   */
  RISING_DEADWEIGHT
}
