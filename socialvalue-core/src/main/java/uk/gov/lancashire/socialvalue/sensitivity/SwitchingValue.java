package uk.gov.lancashire.socialvalue.sensitivity;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import uk.gov.lancashire.socialvalue.basics.ValidationException;

/**
 * The value one input of one outcome must take, all else equal, for the SROI ratio to fall (or rise)
 * to exactly 1:1. When no admissible value does that (a fraction would have to leave [0, 1], or the
 * input has no effect) the result says so, with the reason, instead of a null or a NaN.
 *
 * <p>A proxy's switching value is stated in the proxy's own price year, as the user states proxies.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param lineId the id of the outcome line
 * @param parameter the input varied
 * @param current the input's current value
 * @param status whether a switching value exists
 * @param value the switching value, when {@code status} is {@link Status#FOUND}
 * @param note how the value was found, or why there is none
 */
public record SwitchingValue(String lineId, Parameter parameter, BigDecimal current, SwitchingValue.Status status,
    Optional<BigDecimal> value, String note) {

  /** Whether a switching value exists. */
  public enum Status {
    /** A value in the parameter's admissible range brings the ratio to 1:1. */
    FOUND,
    /** No admissible value brings the ratio to 1:1; {@link #note()} says why. */
    NO_VALUE_REACHES_ONE_TO_ONE,
    /** The parameter is not an input of this line's model (e.g. drop-off with a rising deadweight). */
    NOT_APPLICABLE
  }

  /**
   * Checks every attribute is present and a value exists exactly when one was found.
   *
   * @param lineId the id of the outcome line
   * @param parameter the input varied
   * @param current the input's current value
   * @param status whether a switching value exists
   * @param value the switching value, when {@code status} is {@link Status#FOUND}
   * @param note how the value was found, or why there is none
   */
  public SwitchingValue {
    Objects.requireNonNull(lineId, "lineId");
    Objects.requireNonNull(parameter, "parameter");
    Objects.requireNonNull(current, "current");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(note, "note");
    if (value.isPresent() != (status == Status.FOUND)) {
      throw ValidationException.of("value", "present exactly when the status is FOUND, was " + status);
    }
  }

  static SwitchingValue found(String lineId, Parameter parameter, BigDecimal current, BigDecimal value, String note) {
    return new SwitchingValue(lineId, parameter, current, Status.FOUND, Optional.of(value), note);
  }

  static SwitchingValue none(String lineId, Parameter parameter, BigDecimal current, Status status, String note) {
    return new SwitchingValue(lineId, parameter, current, status, Optional.empty(), note);
  }

  @Override
  public String toString() {
    return lineId + " " + parameter + ": " + value.map(BigDecimal::toPlainString).orElse(status.toString())
        + " (current " + current.toPlainString() + "; " + note + ")";
  }
}
