package uk.gov.lancashire.socialvalue.tender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.gov.lancashire.socialvalue.ProcurementFixtures.GBP;
import static uk.gov.lancashire.socialvalue.ProcurementFixtures.LOCAL_SPEND;
import static uk.gov.lancashire.socialvalue.ProcurementFixtures.TRAINING;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import uk.gov.lancashire.socialvalue.ProcurementFixtures;
import uk.gov.lancashire.socialvalue.basics.Amounts;
import uk.gov.lancashire.socialvalue.basics.ValidationException;
import uk.gov.lancashire.socialvalue.framework.CommitmentValuer;

class TenderEvaluatorProperties {

  private static final TenderEvaluator EVALUATOR =
      TenderEvaluator.of(ProcurementFixtures.framework(), CommitmentValuer.pinned(ProcurementFixtures.edition()));

  @Property(tries = 200)
  void everyCriterionScoreLiesBetweenZeroAndItsWeight(
      @ForAll("bids") List<Bid> bids, @ForAll @IntRange(min = 0, max = 100) int price,
      @ForAll @IntRange(min = 0, max = 100) int sv, @ForAll("methods") ScoringMethod method) {
    TenderEvaluation result = EVALUATOR.evaluate(tender(price, sv, method), bids);

    for (BidScore bid : result.ranking()) {
      for (CriterionScore s : bid.scores()) {
        assertThat(s.score()).isBetween(BigDecimal.ZERO, s.criterion().weight());
      }
      assertThat(bid.total()).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100));
    }
  }

  @Property(tries = 200)
  void theBestOfferAndTheLowestPriceGetFullMarks(
      @ForAll("bids") List<Bid> bids, @ForAll @IntRange(min = 1, max = 99) int sv,
      @ForAll("methods") ScoringMethod method) {
    TenderEvaluation result = EVALUATOR.evaluate(tender(100 - sv, sv, method), bids);

    result.ranking().stream().filter(b -> b.svPercent().isPresent())
        .min(Comparator.comparing(b -> Amounts.decimal(b.bid().price())))
        .ifPresent(cheapest -> assertThat(cheapest.score("price").orElseThrow().score())
            .isEqualByComparingTo(BigDecimal.valueOf(100 - sv)));
    Comparator<BidScore> byOffer = method == ScoringMethod.RELATIVE_TO_BEST_VALUE
        ? Comparator.comparing((BidScore b) -> Amounts.decimal(b.offer()))
        : Comparator.comparing(b -> b.svPercent().orElse(BigDecimal.ZERO));
    BidScore best = result.ranking().stream().max(byOffer).orElseThrow();
    BigDecimal bestMeasure = method == ScoringMethod.RELATIVE_TO_BEST_VALUE
        ? Amounts.decimal(best.offer()) : best.svPercent().orElse(BigDecimal.ZERO);
    if (bestMeasure.signum() > 0) {
      assertThat(best.score("sv-offer").orElseThrow().score()).isEqualByComparingTo(BigDecimal.valueOf(sv));
    }
  }

  @Property(tries = 200)
  void everyFlagExplainsItselfAndKeepsItsTextForm(@ForAll("bids") List<Bid> bids,
      @ForAll @IntRange(min = 0, max = 100) int price, @ForAll @IntRange(min = 0, max = 100) int sv,
      @ForAll("methods") ScoringMethod method) {
    TenderEvaluation result = EVALUATOR.evaluate(tender(price, sv, method), bids);

    for (BidScore bid : result.ranking()) {
      for (CredibilityFlag f : bid.flags()) {
        assertThat(f.message()).isEqualTo(f.explanation().title());
        assertThat(f.path()).isEqualTo(f.where().toString());
        assertThat(f.toString()).isEqualTo(f.kind() + (f.path().isEmpty() ? "" : " " + f.path()) + ": " + f.message());
        assertThat(f.explanation().entries()).as("the figures the check used").isNotEmpty();
        assertThat(f.commitments()).isSorted().doesNotHaveDuplicates()
            .allSatisfy(i -> assertThat(i).isBetween(0, bid.bid().commitments().size() - 1));
        CredibilityFlag copy = new CredibilityFlag(f.kind(), f.where(), f.explanation(), f.commitments());
        assertThat(copy).isEqualTo(f).hasSameHashCodeAs(f).hasToString(f.toString());
      }
      assertThat(bid.openFlags()).isSubsetOf(bid.flags());
    }
  }

  @Property(tries = 200)
  void everyScoreIsAValueThatRefusesScoresOutsideItsWeight(@ForAll("bids") List<Bid> bids,
      @ForAll @IntRange(min = 0, max = 100) int price, @ForAll @IntRange(min = 0, max = 100) int sv,
      @ForAll("methods") ScoringMethod method) {
    TenderEvaluation result = EVALUATOR.evaluate(tender(price, sv, method), bids);

    for (BidScore bid : result.ranking()) {
      for (CriterionScore s : bid.scores()) {
        CriterionScore copy = new CriterionScore(s.criterion(), s.score(), s.explanation());
        assertThat(copy).isEqualTo(s).hasSameHashCodeAs(s).hasToString(s.toString());
        assertThat(s.toString()).contains(s.explanation().title());
        assertThatThrownBy(() -> new CriterionScore(s.criterion(), s.criterion().weight().add(BigDecimal.ONE),
            s.explanation())).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> new CriterionScore(s.criterion(), BigDecimal.ONE.negate(), s.explanation()))
            .isInstanceOf(ValidationException.class);
      }
    }
  }

  private static Tender tender(int price, int sv, ScoringMethod method) {
    EvaluationScheme scheme = EvaluationScheme.builder()
        .addCriteria(Criterion.quality("quality", "Quality", BigDecimal.valueOf(100 - price - Math.min(sv, 100 - price))),
            Criterion.price(BigDecimal.valueOf(price)),
            Criterion.socialValueOffer(BigDecimal.valueOf(Math.min(sv, 100 - price)), method))
        .addShortlist(LOCAL_SPEND, TRAINING)
        .build();
    return Tender.builder().id("T").title("T").termYears(3).currency(GBP).scheme(scheme)
        .editionReference(ProcurementFixtures.EDITION).build();
  }

  @Provide
  Arbitrary<ScoringMethod> methods() {
    return Arbitraries.of(ScoringMethod.RELATIVE_TO_BEST_VALUE, ScoringMethod.RELATIVE_TO_BEST_SV_PERCENT);
  }

  @Provide
  Arbitrary<List<Bid>> bids() {
    Arbitrary<BigDecimal> price = Arbitraries.oneOf(
        Arbitraries.bigDecimals().between(BigDecimal.valueOf(-1000), BigDecimal.valueOf(10_000_000)).ofScale(2),
        Arbitraries.just(BigDecimal.ZERO));
    Arbitrary<Commitment> commitment = Combinators.combine(
        Arbitraries.of(LOCAL_SPEND, TRAINING, ProcurementFixtures.CARBON),
        Arbitraries.integers().between(1, 4),
        Arbitraries.bigDecimals().between(BigDecimal.valueOf(-50), BigDecimal.valueOf(500_000)).ofScale(2))
        .as(Commitment::of);
    Arbitrary<BigDecimal> mark = Arbitraries.integers().between(0, 5).map(BigDecimal::valueOf);
    Arbitrary<Bid.Builder> bid = Combinators.combine(price, commitment.list().ofMaxSize(4), mark)
        .as((p, cs, m) -> Bid.builder().price(Amounts.of(p, GBP)).addAllCommitments(cs).putAnswers("quality", m));
    return bid.list().ofMinSize(1).ofMaxSize(6).map(builders -> {
      List<Bid> bids = new ArrayList<>();
      for (int i = 0; i < builders.size(); i++) {
        bids.add(builders.get(i).bidder("bidder-" + i).build());
      }
      return bids;
    });
  }
}
