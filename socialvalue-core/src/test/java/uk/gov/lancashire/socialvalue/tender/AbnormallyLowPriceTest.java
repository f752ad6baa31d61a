package uk.gov.lancashire.socialvalue.tender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.gov.lancashire.socialvalue.ProcurementFixtures.GBP;
import static uk.gov.lancashire.socialvalue.ProcurementFixtures.LOCAL_SPEND;
import static uk.gov.lancashire.socialvalue.ProcurementFixtures.dec;
import static uk.gov.lancashire.socialvalue.ProcurementFixtures.gbp;

import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;
import javax.money.Monetary;
import uk.gov.lancashire.socialvalue.basics.Amounts;
import uk.gov.lancashire.socialvalue.basics.ValidationException;
import uk.gov.lancashire.socialvalue.ProcurementFixtures;
import uk.gov.lancashire.socialvalue.framework.CommitmentValuer;

/** An abnormally low price is reported with its figures and never excludes the tender (Procurement Act 2023 s.19(4)). */
class AbnormallyLowPriceTest {

  private static final TenderEvaluator EVALUATOR =
      TenderEvaluator.of(ProcurementFixtures.framework(), CommitmentValuer.pinned(ProcurementFixtures.edition()));

  private static Tender tender() {
    EvaluationScheme scheme = EvaluationScheme.builder()
        .addCriteria(Criterion.quality("quality", "Quality", dec("40")), Criterion.price(dec("50")),
            Criterion.socialValueOffer(dec("10"), ScoringMethod.RELATIVE_TO_BEST_VALUE))
        .addShortlist(LOCAL_SPEND)
        .abnormallyLowPrice(AbnormallyLowPriceRule.percentBelowMedian(dec("20")))
        .build();
    return Tender.builder().id("T-ALP").title("ALP").termYears(1).currency(GBP).scheme(scheme)
        .editionReference(ProcurementFixtures.EDITION).build();
  }

  private static Bid bid(String bidder, String price) {
    return Bid.builder().bidder(bidder).price(gbp(price)).putAnswers("quality", dec("3")).build();
  }

  @Test
  void aPriceMoreThanTwentyPercentBelowTheMedianIsReportedWithItsFigures() {
    // Prices 1,000,000 / 950,000 / 900,000 / 600,000: median (900,000 + 950,000) ÷ 2 = 925,000; threshold
    // 925,000 × 0.8 = 740,000; 600,000 is (925,000 − 600,000) ÷ 925,000 = 35.14% below.
    TenderEvaluation result = EVALUATOR.evaluate(tender(), List.of(
        bid("a", "1000000"), bid("b", "950000"), bid("c", "900000"), bid("low", "600000")));

    assertThat(result.abnormallyLowPrices()).hasSize(1);
    AbnormallyLowPrice low = result.abnormallyLowPrices().get(0);
    assertThat(low.bidder()).isEqualTo("low");
    assertThat(Amounts.decimal(low.median())).isEqualByComparingTo("925000");
    assertThat(low.median().getCurrency()).isEqualTo(low.price().getCurrency());
    assertThat(Amounts.decimal(low.threshold())).isEqualByComparingTo("740000");
    assertThat(low.threshold().getCurrency()).isEqualTo(low.price().getCurrency());
    assertThat(low.percentBelow().setScale(2, RoundingMode.HALF_UP)).isEqualByComparingTo("35.14");
    assertThat(low.bidsCompared()).isEqualTo(4);
    BidScore scored = result.bid("low").orElseThrow();
    assertThat(scored.flags()).extracting(CredibilityFlag::kind).containsExactly(FlagKind.ABNORMALLY_LOW_PRICE);
    assertThat(scored.flags().get(0).message()).contains("35.14% below the median 925000 of 4 bids")
        .contains("s.19(4)").endsWith("not excluded");
    // never an exclusion, never a hold: it is ranked, it wins on price, and the evaluation is final
    assertThat(result.isFinal()).isTrue();
    assertThat(result.winner().orElseThrow().bidder()).isEqualTo("low");
  }

  @Test
  void fewerThanThreePricesAreNotCompared() {
    TenderEvaluation result = EVALUATOR.evaluate(tender(), List.of(bid("a", "1000000"), bid("low", "100000")));

    assertThat(result.abnormallyLowPrices()).isEmpty();
  }

  @Test
  void theMedianAndThresholdArePricesInTheBidsCurrencyAndMixedCurrenciesAreRefused() {
    AbnormallyLowPriceRule rule = AbnormallyLowPriceRule.percentBelowMedian(dec("20"));
    Bid euros = Bid.builder().bidder("eur").price(Amounts.of(dec("500000"), Monetary.getCurrency("EUR")))
        .putAnswers("quality", dec("3")).build();

    assertThatThrownBy(() -> rule.assess(List.of(bid("a", "1000000"), euros, bid("c", "900000"))))
        .isInstanceOf(ValidationException.class).hasMessageContaining("bids[1].price");
    assertThatThrownBy(() -> new AbnormallyLowPrice("low", gbp("600000"), euros.price(), gbp("740000"), dec("35"), 4))
        .isInstanceOf(ValidationException.class).hasMessageContaining("median");
    assertThatThrownBy(() -> new AbnormallyLowPrice("low", gbp("600000"), gbp("925000"), gbp("740000"), dec("35"), 0))
        .isInstanceOf(ValidationException.class).hasMessageContaining("bidsCompared");
  }
}
