package uk.gov.lancashire.socialvalue.needs;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import uk.gov.lancashire.socialvalue.basics.ValidationException;
import uk.gov.lancashire.socialvalue.framework.MeasureCode;
import uk.gov.lancashire.socialvalue.tender.OfferWeighting;

/**
 * A needs-weighted scoring option for tender evaluation: an offer's value on each measure counts in
 * proportion to how much of the area's need that measure addresses.
 *
 * <p>The weighted offer value is {@code Σ weight(m) × offer(m)} over the measures offered, with the
 * area's {@link NeedsWeights measure weights} (which add up to 1). A measure that addresses no local
 * need (weight 0, or not linked to any indicator) adds nothing. The arithmetic is exact: weights have
 * {@value NeedsWeights#SCALE} decimal places and products and sums of decimals are exact, so nothing is
 * rounded here. An evaluation scheme then scores weighted values as it scores plain ones, e.g. relative
 * to the best offer ({@code weight × offer ÷ best}); such a score does not depend on the weights adding
 * up to 1, only on their ratios.
 *
 * <p><b>Worked example</b> (illustrative figures). An area's needs give measure weights {@code NT1 =
 * 0.6}, {@code NT3 = 0.4}. Offer A commits £10,000 on NT1, £5,000 on NT3 and £2,000 on RE9; offer B
 * commits £4,000 on NT1 and £15,000 on NT3.
 *
 * <pre>
 *   A: 0.6 × 10,000 + 0.4 × 5,000 + 0 × 2,000 = 6,000 + 2,000 + 0 = 8,000
 *   B: 0.6 ×  4,000 + 0.4 × 15,000             = 2,400 + 6,000     = 8,400
 * </pre>
 *
 * <p>Unweighted, A offers £17,000 and B £19,000; weighted by need, B still leads, 8,400 to 8,000. With a
 * 10-point social value weighting scored relative to the best, A scores {@code 10 × 8,000 ÷ 8,400 =
 * 9.52} and B 10 (the comparison is the evaluation scheme's, not this class's).
 *
 * <pre>{@code
 * NeedsWeightedScoring scoring = analysis.scoring("burnley");
 * BigDecimal weighted = scoring.weigh(Map.of(MeasureCode.parse("NT1"), new BigDecimal("10000")));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class NeedsWeightedScoring implements OfferWeighting {

  private final NeedsWeights<MeasureCode> weights;

  private NeedsWeightedScoring(NeedsWeights<MeasureCode> weights) {
    this.weights = weights;
  }

  /**
   * Creates the scoring from an area's measure weights.
   *
   * @param weights the area's measure weights, complete
   * @return the scoring
   * @throws ValidationException listing the weights' problems when they are not complete
   */
  public static NeedsWeightedScoring of(NeedsWeights<MeasureCode> weights) {
    Objects.requireNonNull(weights, "weights");
    if (!weights.isComplete()) {
      throw new ValidationException(weights.problems());
    }
    return new NeedsWeightedScoring(weights);
  }

  /** @return the measure weights the scoring uses */
  public NeedsWeights<MeasureCode> weights() {
    return weights;
  }

  /**
   * Weighs an offer.
   *
   * @param offerValueByMeasure the offer's value on each measure (in money, or any one unit used for
   *     every offer compared)
   * @return the weighted offer value, {@code Σ weight × value}, exact
   */
  @Override
  public BigDecimal weigh(Map<MeasureCode, BigDecimal> offerValueByMeasure) {
    return contributions(offerValueByMeasure).values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /**
   * The explain trail of {@link #weigh}: each offered measure's weighted value.
   *
   * @param offerValueByMeasure the offer's value on each measure
   * @return {@code weight × value} for each offered measure, by code; zero for a measure with no weight
   */
  public Map<MeasureCode, BigDecimal> contributions(Map<MeasureCode, BigDecimal> offerValueByMeasure) {
    Map<MeasureCode, BigDecimal> contributions = new LinkedHashMap<>();
    new TreeMap<>(offerValueByMeasure).forEach((code, value) -> contributions.put(
        Objects.requireNonNull(code, "measure"),
        weights.weight(code).multiply(Objects.requireNonNull(value, "offerValueByMeasure[" + code + "]"))));
    return contributions;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof NeedsWeightedScoring && ((NeedsWeightedScoring) other).weights.equals(weights);
  }

  @Override
  public int hashCode() {
    return weights.hashCode();
  }

  /** @return the weights used */
  @Override
  public String toString() {
    return "NeedsWeightedScoring{" + weights + "}";
  }
}
