package uk.gov.lancashire.socialvalue.sensitivity;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The value one input of one outcome must take, all else equal, for the SROI ratio to fall (or rise)
 * to exactly 1:1. When no admissible value does that (a fraction would have to leave [0, 1], or the
 * input has no effect) the result says so, with the reason, instead of a null or a NaN.
 *
 * <p>A proxy's switching value is stated in the proxy's own price year, as the user states proxies.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SwitchingValue {

  /** Whether a switching value exists. */
  public enum Status {
    /** A value in the parameter's admissible range brings the ratio to 1:1. */
    FOUND,
    /** No admissible value brings the ratio to 1:1; {@link #note()} says why. */
    NO_VALUE_REACHES_ONE_TO_ONE,
    /** The parameter is not an input of this line's model (e.g. drop-off with a rising deadweight). */
    NOT_APPLICABLE
  }

  private final String lineId;
  private final Parameter parameter;
  private final BigDecimal current;
  private final Status status;
  private final Optional<BigDecimal> value;
  private final String note;

  private SwitchingValue(String lineId, Parameter parameter, BigDecimal current, Status status,
      Optional<BigDecimal> value, String note) {
    this.lineId = lineId;
    this.parameter = parameter;
    this.current = current;
    this.status = status;
    this.value = value;
    this.note = note;
  }

  static SwitchingValue found(String lineId, Parameter parameter, BigDecimal current, BigDecimal value, String note) {
    return new SwitchingValue(lineId, parameter, current, Status.FOUND, Optional.of(value), note);
  }

  static SwitchingValue none(String lineId, Parameter parameter, BigDecimal current, Status status, String note) {
    return new SwitchingValue(lineId, parameter, current, status, Optional.empty(), note);
  }

  /** @return the id of the outcome line */
  public String lineId() {
    return lineId;
  }

  /** @return the input varied */
  public Parameter parameter() {
    return parameter;
  }

  /** @return the input's current value */
  public BigDecimal current() {
    return current;
  }

  /** @return whether a switching value exists */
  public Status status() {
    return status;
  }

  /** @return the switching value, when {@link #status()} is {@link Status#FOUND} */
  public Optional<BigDecimal> value() {
    return value;
  }

  /** @return how the value was found, or why there is none */
  public String note() {
    return note;
  }

  @Override
  public String toString() {
    return lineId + " " + parameter + ": " + value.map(BigDecimal::toPlainString).orElse(status.toString())
        + " (current " + current.toPlainString() + "; " + note + ")";
  }
}
