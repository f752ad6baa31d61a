package uk.gov.lancashire.socialvalue.sensitivity;

import java.util.Objects;

/**
 * A declared uncertain input of a Monte Carlo run: one {@link Parameter} of one outcome line and its
 * {@link Distribution}. A proxy's distribution is in the proxy's own price year.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param lineId the id of the outcome line
 * @param parameter the input
 * @param distribution its distribution; a fraction's must lie within [0, 1] (checked by {@link MonteCarlo})
 */
public record UncertainInput(String lineId, Parameter parameter, Distribution distribution) {

  /**
   * Checks every component is present.
   *
   * @param lineId the id of the outcome line
   * @param parameter the input
   * @param distribution its distribution
   */
  public UncertainInput {
    Objects.requireNonNull(lineId, "lineId");
    Objects.requireNonNull(parameter, "parameter");
    Objects.requireNonNull(distribution, "distribution");
  }

  /**
   * @param lineId the id of the outcome line
   * @param parameter the input
   * @param distribution its distribution; a fraction's must lie within [0, 1]
   * @return the declaration
   */
  public static UncertainInput of(String lineId, Parameter parameter, Distribution distribution) {
    return new UncertainInput(lineId, parameter, distribution);
  }

  @Override
  public String toString() {
    return lineId + " " + parameter + " ~ " + distribution;
  }
}
