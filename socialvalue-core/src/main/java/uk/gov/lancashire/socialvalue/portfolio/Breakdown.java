package uk.gov.lancashire.socialvalue.portfolio;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A portfolio total broken down into groups (themes, outcomes, priorities), plus what belongs to no
 * group (a measure the framework does not know, a measure aligned to no priority of the scheme). The
 * parts and the unclassified rest add up exactly to {@link #total()}: nothing is counted twice.
 *
 * @param <K> the group key, e.g. a theme id
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Breakdown<K> {

  private final Map<K, Totals> parts;
  private final Totals unclassified;
  private final Totals total;

  Breakdown(Map<K, Totals> parts, Totals unclassified, Totals total) {
    this.parts = Collections.unmodifiableMap(new LinkedHashMap<>(parts));
    this.unclassified = Objects.requireNonNull(unclassified, "unclassified");
    this.total = Objects.requireNonNull(total, "total");
  }

  /** @return the total of each group, in the framework's order */
  public Map<K, Totals> parts() {
    return parts;
  }

  /** @return what belongs to no group */
  public Totals unclassified() {
    return unclassified;
  }

  /** @return the whole: the parts plus the unclassified rest */
  public Totals total() {
    return total;
  }

  /** @return one line per group */
  @Override
  public String toString() {
    return parts + ", unclassified " + unclassified + ", total " + total;
  }
}
