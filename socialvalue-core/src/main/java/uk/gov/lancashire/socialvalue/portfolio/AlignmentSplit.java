package uk.gov.lancashire.socialvalue.portfolio;

/**
 * How a measure's value was divided between the priorities of one scheme in a {@link PriorityBreakdown}.
 * Whichever applies, the parts add up exactly to the measure's value: a measure aligned to several
 * priorities never inflates a total.
 */
public enum AlignmentSplit {
  /** By the alignment weights the framework declares (they add up to 1). */
  WEIGHTED,
  /** Equally between its priorities, because the framework declares no weights. */
  EQUAL,
  /** Not aligned to any priority of the scheme: shown as unclassified. */
  UNALIGNED
}
