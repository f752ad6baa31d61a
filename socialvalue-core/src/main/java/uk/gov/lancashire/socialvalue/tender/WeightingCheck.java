package uk.gov.lancashire.socialvalue.tender;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The result of checking a scheme's social value weighting against a {@link MinimumSocialValueWeighting}.
 *
 * @param policyId the policy checked against
 * @param policySource where the policy comes from
 * @param basis what the minimum is a share of: the total score, or the quality score under price per
 *     quality point
 * @param required the least social value weight the policy requires, in points
 * @param actual the social value weight the scheme gives (quantitative plus qualitative), in points
 * @param met true when {@code actual ≥ required}
 */
public record WeightingCheck(String policyId, String policySource, String basis, BigDecimal required,
    BigDecimal actual, boolean met) {

  /**
   * Checks the components are present.
   *
   * @param policyId the policy checked against
   * @param policySource where the policy comes from
   * @param basis what the minimum is a share of: the total score, or the quality score under price per quality point
   * @param required the least social value weight the policy requires, in points
   * @param actual the social value weight the scheme gives (quantitative plus qualitative), in points
   * @param met true when {@code actual ≥ required}
   */
  public WeightingCheck {
    Objects.requireNonNull(policyId, "policyId");
    Objects.requireNonNull(policySource, "policySource");
    Objects.requireNonNull(basis, "basis");
    Objects.requireNonNull(required, "required");
    Objects.requireNonNull(actual, "actual");
  }
}
