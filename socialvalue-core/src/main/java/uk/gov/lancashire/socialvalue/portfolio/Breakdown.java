package uk.gov.lancashire.socialvalue.portfolio;

import java.util.Map;
import java.util.Objects;
import uk.gov.lancashire.socialvalue.basics.Args;

/**
 * A portfolio total broken down into groups (themes, outcomes, priorities), plus what belongs to no
 * group (a measure the framework does not know, a measure aligned to no priority of the scheme). The
 * parts and the unclassified rest add up exactly to {@link #total()}: nothing is counted twice.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <K> the group key, e.g. a theme id
 * @param parts the total of each group, in the framework's order (copied, order kept)
 * @param unclassified what belongs to no group
 * @param total the whole: the parts plus the unclassified rest
 */
public record Breakdown<K>(Map<K, Totals> parts, Totals unclassified, Totals total) {

  /**
   * Checks every component is present and copies the parts, keeping their order.
   *
   * @param parts the total of each group, in the framework's order
   * @param unclassified what belongs to no group
   * @param total the whole: the parts plus the unclassified rest
   */
  public Breakdown {
    parts = Args.copyOf(parts, "parts");
    Objects.requireNonNull(unclassified, "unclassified");
    Objects.requireNonNull(total, "total");
  }

  /** @return one line per group */
  @Override
  public String toString() {
    return parts + ", unclassified " + unclassified + ", total " + total;
  }
}
