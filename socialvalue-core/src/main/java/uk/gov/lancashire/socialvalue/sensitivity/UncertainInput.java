package uk.gov.lancashire.socialvalue.sensitivity;

import java.util.Objects;

/**
 * A declared uncertain input of a Monte Carlo run: one {@link Parameter} of one outcome line and its
 * {@link Distribution}. A proxy's distribution is in the proxy's own price year.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class UncertainInput {

  private final String lineId;
  private final Parameter parameter;
  private final Distribution distribution;

  private UncertainInput(String lineId, Parameter parameter, Distribution distribution) {
    this.lineId = lineId;
    this.parameter = parameter;
    this.distribution = distribution;
  }

  /**
   * @param lineId the id of the outcome line
   * @param parameter the input
   * @param distribution its distribution; a fraction's must lie within [0, 1]
   * @return the declaration
   */
  public static UncertainInput of(String lineId, Parameter parameter, Distribution distribution) {
    return new UncertainInput(Objects.requireNonNull(lineId, "lineId"), Objects.requireNonNull(parameter, "parameter"),
        Objects.requireNonNull(distribution, "distribution"));
  }

  /** @return the id of the outcome line */
  public String lineId() {
    return lineId;
  }

  /** @return the input */
  public Parameter parameter() {
    return parameter;
  }

  /** @return its distribution */
  public Distribution distribution() {
    return distribution;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof UncertainInput
        && ((UncertainInput) other).lineId.equals(lineId)
        && ((UncertainInput) other).parameter == parameter
        && ((UncertainInput) other).distribution.equals(distribution);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(lineId, parameter, distribution);
  }

  @Override
  public String toString() {
    return lineId + " " + parameter + " ~ " + distribution;
  }
}
