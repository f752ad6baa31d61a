package uk.gov.lancashire.socialvalue.framework;

/**
 * What a {@link Unit} measures. Quantities of different dimensions are never added together.
 */
public enum Dimension {
  /** People employed at a point in time (full-time equivalents). */
  EMPLOYMENT,
  /** People employed over time (FTE-years). */
  EMPLOYMENT_TIME,
  /** Elapsed time (hours, weeks). */
  TIME,
  /** Participation: time multiplied by people taking part (hours × attendees). */
  PARTICIPATION,
  /** Money spent, invested or donated. */
  MONEY,
  /** Mass (tonnes). */
  MASS,
  /** Greenhouse-gas emissions (tonnes CO2e). */
  EMISSIONS,
  /** Distance (miles). */
  DISTANCE,
  /** A number of things or events. */
  COUNT,
  /** A proportion, in percent. */
  RATIO,
  /** An ordinal level, 1 to 5. */
  LEVEL,
  /** Free text; not a number. */
  TEXT
}
