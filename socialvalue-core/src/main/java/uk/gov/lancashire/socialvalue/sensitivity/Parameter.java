package uk.gov.lancashire.socialvalue.sensitivity;

/** An input of one outcome line that sensitivity analysis varies. */
public enum Parameter {
  /** The quantity; present value is linear in it. */
  QUANTITY(false),
  /** The proxy per unit, in the proxy's own price year; present value is linear in it. */
  PROXY(false),
  /** The constant deadweight of the drop-off model; present value is linear in {@code 1 − deadweight}. */
  DEADWEIGHT(true),
  /** The displacement; present value is linear in {@code 1 − displacement}. */
  DISPLACEMENT(true),
  /** The attribution; present value is linear in {@code 1 − attribution}. */
  ATTRIBUTION(true),
  /** The drop-off; present value is a polynomial in it, so its switching value is searched for. */
  DROP_OFF(true);

  private final boolean fraction;

  Parameter(boolean fraction) {
    this.fraction = fraction;
  }

  /** @return true when the parameter is a fraction in [0, 1] */
  public boolean isFraction() {
    return fraction;
  }
}
