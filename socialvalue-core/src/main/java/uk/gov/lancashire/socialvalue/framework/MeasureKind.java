package uk.gov.lancashire.socialvalue.framework;

/** How a measure counts towards social value. */
public enum MeasureKind {
  /** Counted and valued in money with a proxy value (£ per unit). */
  MONETISED,
  /** Counted and reported, never valued (e.g. "% of local employees"). */
  RECORD_ONLY,
  /** Scored in levels 1–5 against a plan, never valued. */
  QUALITATIVE
}
