package uk.gov.lancashire.socialvalue.needs;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.gov.lancashire.socialvalue.framework.MeasureCode;

class NeedsWeightedScoringTest {

  private static final MeasureCode NT1 = MeasureCode.parse("NT1");
  private static final MeasureCode NT3 = MeasureCode.parse("NT3");
  private static final MeasureCode RE9 = MeasureCode.parse("RE9");

  /** The worked example of the class javadoc: weights NT1 0.6, NT3 0.4 (illustrative). */
  private static NeedsWeightedScoring javadocExample() {
    NeedsWeights<MeasureCode> weights = NeedsWeights.of("burnley",
        Map.of(NT1, new BigDecimal("0.3"), NT3, new BigDecimal("0.2")), java.util.List.of());
    return NeedsWeightedScoring.of(weights);
  }

  @Test
  void workedExampleOfTheJavadoc() {
    NeedsWeightedScoring scoring = javadocExample();
    // raw needs 0.3 and 0.2 give weights 0.6 and 0.4
    assertThat(scoring.weights().weight(NT1)).isEqualByComparingTo("0.6");

    // A: 0.6 × 10,000 + 0.4 × 5,000 + 0 × 2,000 = 8,000
    Map<MeasureCode, BigDecimal> offerA = Map.of(NT1, new BigDecimal("10000"), NT3, new BigDecimal("5000"),
        RE9, new BigDecimal("2000"));
    assertThat(scoring.weigh(offerA)).isEqualByComparingTo("8000");
    assertThat(scoring.contributions(offerA)).containsOnlyKeys(NT1, NT3, RE9);
    assertThat(scoring.contributions(offerA).get(RE9)).isZero();
    // B: 0.6 × 4,000 + 0.4 × 15,000 = 8,400
    assertThat(scoring.weigh(Map.of(NT1, new BigDecimal("4000"), NT3, new BigDecimal("15000"))))
        .isEqualByComparingTo("8400");
  }

  @Test
  void scoringFromTheHandCheckedAnalysis() {
    NeedsWeightedScoring scoring = NeedsFixture.analysis().scoring("burnley");
    // LT2 0.636363636364 × 1,000 + LT4 0.121212121212 × 500 = 636.363636364 + 60.606060606 = 696.969696970
    BigDecimal weighted = scoring.weigh(Map.of(NeedsFixture.LT2, new BigDecimal("1000"),
        NeedsFixture.LT4, new BigDecimal("500")));
    assertThat(weighted).isEqualByComparingTo("696.969696970");
  }
}
