package uk.gov.lancashire.socialvalue.delivery;

/**
 * How a forecast at completion is made. Both start from what is verified to date and add the remaining
 * commitment of the profile (the KPI schedule), never a straight-line extrapolation of delivery to date:
 * one-off counts such as hires do not recur at their early rate.
 *
 * <p><strong>Remaining commitment.</strong> For each contract year, the year's commitment less the larger
 * of what was scheduled and what was verified in that year to date, never below zero: a finished year has
 * nothing left; delivery ahead of profile counts toward its year's commitment rather than adding to it.
 *
 * <p>Forecasting at completion as actual to date plus the remaining planned work, on plan or scaled by
 * the performance to date, is the estimate-at-completion practice of earned value management (e.g.
 * Association for Project Management, "Earned value management" guidance).
 */
public enum ForecastMethod {
  /** Verified to date + the remaining commitment, delivered as profiled. The default. */
  ON_PROFILE,
  /**
   * Verified to date + the remaining commitment × the delivery rate against profile so far (verified ÷
   * committed to date, at least 0). A first-year-only measure's rate is capped at 1: each person counts
   * once, in their own first year, so early hires never multiply later ones. With nothing due yet the
   * rate is 1 (on profile), and the forecast says so.
   */
  AT_CURRENT_RATE
}
