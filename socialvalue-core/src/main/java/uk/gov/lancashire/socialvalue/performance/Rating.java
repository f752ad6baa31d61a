package uk.gov.lancashire.socialvalue.performance;

/**
 * The five ratings of a contract performance notice, in order from best to worst for the four that
 * describe performance against a KPI (The Procurement Regulations 2024, reg 39(5),
 * https://www.legislation.gov.uk/uksi/2024/692/regulation/39/made; Procurement Act 2023, s.71,
 * https://www.legislation.gov.uk/ukpga/2023/54/section/71). The descriptors are paraphrased.
 */
public enum Rating {
  /** Performance meets or exceeds the KPI. */
  GOOD("Good", "performance meets or exceeds the KPI"),
  /** Performance is close to meeting the KPI. */
  APPROACHING_TARGET("Approaching target", "performance is close to meeting the KPI"),
  /** Performance is below the KPI. */
  REQUIRES_IMPROVEMENT("Requires improvement", "performance is below the KPI"),
  /** Performance is significantly below the KPI. */
  INADEQUATE("Inadequate", "performance is significantly below the KPI"),
  /** Performance cannot be described by any of the other four ratings. */
  OTHER("Other", "performance cannot be described by any of the other ratings");

  private final String label;
  private final String descriptor;

  Rating(String label, String descriptor) {
    this.label = label;
    this.descriptor = descriptor;
  }

  /** @return the rating as the notice writes it, e.g. {@code Approaching target} */
  public String label() {
    return label;
  }

  /** @return what the rating means (reg 39(5), paraphrased) */
  public String descriptor() {
    return descriptor;
  }

  /** @return true for a rating below target (approaching target, requires improvement, inadequate) */
  public boolean belowTarget() {
    return this == APPROACHING_TARGET || this == REQUIRES_IMPROVEMENT || this == INADEQUATE;
  }
}
