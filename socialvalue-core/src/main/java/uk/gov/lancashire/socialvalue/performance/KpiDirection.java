package uk.gov.lancashire.socialvalue.performance;

/** Whether more or less of a KPI's figure is better. */
public enum KpiDirection {
  /** More is better (hires, hours, tonnes diverted): achievement = actual ÷ target. */
  HIGHER_IS_BETTER,
  /** Less is better (complaints, days late, emissions): achievement = target ÷ actual. */
  LOWER_IS_BETTER
}
