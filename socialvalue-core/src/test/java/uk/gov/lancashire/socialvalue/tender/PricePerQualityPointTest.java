package uk.gov.lancashire.socialvalue.tender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.gov.lancashire.socialvalue.ProcurementFixtures.GBP;
import static uk.gov.lancashire.socialvalue.ProcurementFixtures.dec;
import static uk.gov.lancashire.socialvalue.ProcurementFixtures.gbp;

import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.lancashire.socialvalue.ProcurementFixtures;
import uk.gov.lancashire.socialvalue.framework.CommitmentValuer;
import uk.gov.lancashire.socialvalue.basics.ValidationException;

/**
 * Price per quality point worked by hand. Inputs from the value-for-money index example the research
 * note cites (rdrr.io, tessa, "value for money index"): bid X £1,000,000 with 80 quality points, bid Y
 * £1,180,000 with 99. By hand: X 1,000,000 ÷ 80 = £12,500.00 a point; Y 1,180,000 ÷ 99 = £11,919.19 a
 * point (11,919.1919…); Y wins although it is dearer.
 */
class PricePerQualityPointTest {

  private static final TenderEvaluator EVALUATOR =
      TenderEvaluator.of(ProcurementFixtures.framework(), CommitmentValuer.pinned(ProcurementFixtures.edition()));

  /** 90 technical points marked 0–90 and 10 social value points marked 0–10: 100 quality points, no price criterion. */
  private static Tender tender() {
    EvaluationScheme scheme = EvaluationScheme.builder().awardMethod(AwardMethod.PRICE_PER_QUALITY_POINT)
        .addCriteria(Criterion.builder().id("technical").title("Technical").weight(dec("90"))
                .kind(CriterionKind.QUALITY).method(ScoringMethod.LEVELS).maxMark(dec("90")).build(),
            Criterion.builder().id("sv").title("Social value").weight(dec("10"))
                .kind(CriterionKind.SOCIAL_VALUE_QUALITATIVE).method(ScoringMethod.LEVELS).maxMark(dec("10")).build())
        .build();
    return Tender.builder().id("T-PQP").title("PQP").termYears(1).currency(GBP).scheme(scheme)
        .editionReference(ProcurementFixtures.EDITION).build();
  }

  private static Bid bid(String bidder, String price, String technical, String sv) {
    return Bid.builder().bidder(bidder).price(gbp(price)).putAnswers("technical", dec(technical))
        .putAnswers("sv", dec(sv)).build();
  }

  @Test
  void lowestPricePerQualityPointWins() {
    TenderEvaluation result = EVALUATOR.evaluate(tender(),
        List.of(bid("x", "1000000", "72", "8"), bid("y", "1180000", "89", "10")));

    BidScore x = result.bid("x").orElseThrow();
    BidScore y = result.bid("y").orElseThrow();
    assertThat(x.total()).isEqualByComparingTo("80");
    assertThat(y.total()).isEqualByComparingTo("99");
    assertThat(x.pricePerQualityPoint().orElseThrow()).isEqualByComparingTo("12500");
    assertThat(y.pricePerQualityPoint().orElseThrow().setScale(2, RoundingMode.HALF_UP)).isEqualByComparingTo("11919.19");
    assertThat(result.ranking()).extracting(BidScore::bidder).containsExactly("y", "x");
    assertThat(result.winner().orElseThrow().bidder()).isEqualTo("y");
  }

  @Test
  void equalPricesPerPointAreTiesBrokenByMorePoints() {
    // z: 1,250,000 ÷ 100 = 12,500, exactly x's ratio; z has more points and ranks first; the tie is reported.
    TenderEvaluation result = EVALUATOR.evaluate(tender(),
        List.of(bid("x", "1000000", "72", "8"), bid("z", "1250000", "90", "10"), bid("none", "900000", "0", "0")));

    assertThat(result.ranking()).extracting(BidScore::bidder).containsExactly("z", "x", "none");
    assertThat(result.ties()).containsExactly(List.of("z", "x"));
    // no quality points, no ratio: ranked last whatever its price
    assertThat(result.bid("none").orElseThrow().pricePerQualityPoint()).isEmpty();
  }

  @Test
  void aPricePerQualityPointSchemeHasNoPriceCriterion() {
    assertThatThrownBy(() -> EvaluationScheme.builder().awardMethod(AwardMethod.PRICE_PER_QUALITY_POINT)
        .addCriteria(Criterion.quality("q", "Quality", dec("80")), Criterion.price(dec("20"))).build())
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("a PRICE_PER_QUALITY_POINT scheme divides the price by the quality points and has no PRICE criterion, has 1");
  }
}
