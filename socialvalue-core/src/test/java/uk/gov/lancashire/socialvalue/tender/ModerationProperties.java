package uk.gov.lancashire.socialvalue.tender;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.lancashire.socialvalue.ProcurementFixtures.GBP;
import static uk.gov.lancashire.socialvalue.ProcurementFixtures.LOCAL_JOBS;
import static uk.gov.lancashire.socialvalue.ProcurementFixtures.LOCAL_SPEND;
import static uk.gov.lancashire.socialvalue.ProcurementFixtures.LTU_HIRES;
import static uk.gov.lancashire.socialvalue.ProcurementFixtures.TRAINING;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import uk.gov.lancashire.socialvalue.ProcurementFixtures;
import uk.gov.lancashire.socialvalue.framework.CommitmentValuer;
import uk.gov.lancashire.socialvalue.basics.Amounts;
import uk.gov.lancashire.socialvalue.framework.MeasureCode;

/**
 * The laws of moderation: moderating an offer down never raises its score; under the HOLD and
 * EXCLUDE_FLAGGED policies an unmoderated flagged bid never changes another bid's scores; every score stays
 * in [0, weight] whatever the policy, method and decisions.
 */
class ModerationProperties {

  private static final TenderEvaluator EVALUATOR =
      TenderEvaluator.of(ProcurementFixtures.framework(), CommitmentValuer.pinned(ProcurementFixtures.edition()));
  private static final List<MeasureCode> MEASURES = List.of(LOCAL_JOBS, LOCAL_SPEND, TRAINING, LTU_HIRES);
  private static final LocalDate DAY = LocalDate.of(2025, 6, 3);

  // ---------------------------------------------------------------- moderating down

  @Property(tries = 300)
  void moderatingAnOfferDownNeverRaisesItsScore(
      @ForAll("bids") List<Bid> bids, @ForAll("policies") UnresolvedFlagPolicy policy,
      @ForAll("methods") ScoringMethod method, @ForAll @IntRange(min = 0, max = 5) int which,
      @ForAll @IntRange(min = 0, max = 9) int commitment, @ForAll("fractions") BigDecimal fraction) {
    Bid target = bids.get(which % bids.size());
    Assume.that(!target.commitments().isEmpty());
    int moderated = commitment % target.commitments().size();
    Tender tender = tender(policy, method);
    // Before: every commitment of the target accepted as offered. After: one accepted at a lower quantity.
    List<ModerationDecision> asOffered = new ArrayList<>();
    List<ModerationDecision> lowered = new ArrayList<>();
    for (int i = 0; i < target.commitments().size(); i++) {
      Commitment c = target.commitments().get(i);
      asOffered.add(decision(target.bidder(), c, ModerationOutcome.ACCEPTED_AS_OFFERED, null));
      lowered.add(i == moderated
          ? decision(target.bidder(), c, ModerationOutcome.ACCEPTED_AT_QUANTITY, c.quantity().multiply(fraction))
          : decision(target.bidder(), c, ModerationOutcome.ACCEPTED_AS_OFFERED, null));
    }

    BidScore before = EVALUATOR.evaluate(tender, bids, asOffered).bid(target.bidder()).orElseThrow();
    BidScore after = EVALUATOR.evaluate(tender, bids, lowered).bid(target.bidder()).orElseThrow();

    assertThat(after.total()).isLessThanOrEqualTo(before.total());
    for (CriterionScore s : after.scores()) {
      assertThat(s.score()).isLessThanOrEqualTo(before.score(s.criterion().id()).orElseThrow().score());
    }
    if (policy == UnresolvedFlagPolicy.HOLD) {
      // Under HOLD the undecided offer is scored as offered (provisionally): a decision lowering it never raises it.
      BidScore undecided = EVALUATOR.evaluate(tender, bids).bid(target.bidder()).orElseThrow();
      assertThat(after.total()).isLessThanOrEqualTo(undecided.total());
    }
  }

  // ---------------------------------------------------------------- irrelevant alternatives

  @Property(tries = 300)
  void anUnmoderatedFlaggedBidNeverChangesAnotherBidsScores(
      @ForAll("bids") List<Bid> bids, @ForAll("holdOrExclude") UnresolvedFlagPolicy policy,
      @ForAll("methods") ScoringMethod method, @ForAll("outliers") Bid outlier) {
    Tender tender = tender(policy, method);
    List<Bid> with = new ArrayList<>(bids);
    with.add(outlier);

    TenderEvaluation without = EVALUATOR.evaluate(tender, bids);
    TenderEvaluation withOutlier = EVALUATOR.evaluate(tender, with);

    assertThat(withOutlier.bid("outlier").orElseThrow().openFlags()).isNotEmpty();
    for (BidScore other : without.ranking()) {
      BidScore same = withOutlier.bid(other.bidder()).orElseThrow();
      for (CriterionScore s : other.scores()) {
        assertThat(same.score(s.criterion().id()).orElseThrow().score()).isEqualByComparingTo(s.score());
      }
    }
  }

  // ---------------------------------------------------------------- bounds

  @Property(tries = 300)
  void everyScoreStaysWithinZeroAndItsWeight(
      @ForAll("bids") List<Bid> bids, @ForAll("policies") UnresolvedFlagPolicy policy,
      @ForAll("methods") ScoringMethod method, @ForAll("choices") List<Integer> choices,
      @ForAll("fractions") BigDecimal fraction) {
    List<ModerationDecision> decisions = new ArrayList<>();
    int k = 0;
    for (Bid bid : bids) {
      for (Commitment c : bid.commitments()) {
        int choice = choices.get(k++ % choices.size());
        if (choice == 1) {
          decisions.add(decision(bid.bidder(), c, ModerationOutcome.ACCEPTED_AS_OFFERED, null));
        } else if (choice == 2) {
          decisions.add(decision(bid.bidder(), c, ModerationOutcome.ACCEPTED_AT_QUANTITY, c.quantity().multiply(fraction)));
        } else if (choice == 3) {
          decisions.add(decision(bid.bidder(), c, ModerationOutcome.REJECTED, null));
        }
      }
    }

    TenderEvaluation result = EVALUATOR.evaluate(tender(policy, method), bids, decisions);

    for (BidScore bid : result.ranking()) {
      for (CriterionScore s : bid.scores()) {
        assertThat(s.score()).isBetween(BigDecimal.ZERO, s.criterion().weight());
      }
      assertThat(bid.total()).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100));
    }
  }

  // ---------------------------------------------------------------- generators

  private static Tender tender(UnresolvedFlagPolicy policy, ScoringMethod method) {
    EvaluationScheme scheme = EvaluationScheme.builder()
        .addCriteria(Criterion.quality("quality", "Quality", BigDecimal.valueOf(60)), Criterion.price(BigDecimal.valueOf(30)),
            Criterion.socialValueOffer(BigDecimal.valueOf(10), method))
        .addShortlist(LOCAL_JOBS, LOCAL_SPEND, LTU_HIRES)
        .credibility(CredibilityRules.builder().svPercentCeiling(BigDecimal.valueOf(25))
            .minimumAnnualCostPerFte(BigDecimal.valueOf(20000)).build())
        .unresolvedFlags(policy)
        .build();
    return Tender.builder().id("T").title("T").termYears(3).currency(GBP).scheme(scheme)
        .editionReference(ProcurementFixtures.EDITION).build();
  }

  private static ModerationDecision decision(String bidder, Commitment c, ModerationOutcome outcome, BigDecimal quantity) {
    ModerationDecision.Builder b = ModerationDecision.builder().bidder(bidder).measure(c.measure()).year(c.year())
        .outcome(outcome).decidedBy("panel").decidedOn(DAY).reason("generated");
    if (quantity != null) {
      b.moderatedQuantity(quantity);
    }
    return b.build();
  }

  @Provide
  Arbitrary<UnresolvedFlagPolicy> policies() {
    return Arbitraries.of(UnresolvedFlagPolicy.class);
  }

  @Provide
  Arbitrary<UnresolvedFlagPolicy> holdOrExclude() {
    return Arbitraries.of(UnresolvedFlagPolicy.HOLD, UnresolvedFlagPolicy.EXCLUDE_FLAGGED);
  }

  @Provide
  Arbitrary<ScoringMethod> methods() {
    return Arbitraries.of(ScoringMethod.RELATIVE_TO_BEST_VALUE, ScoringMethod.RELATIVE_TO_BEST_SV_PERCENT);
  }

  @Provide
  Arbitrary<BigDecimal> fractions() {
    return Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.ONE).ofScale(2);
  }

  @Provide
  Arbitrary<List<Integer>> choices() {
    return Arbitraries.integers().between(0, 3).list().ofMinSize(1).ofMaxSize(12);
  }

  @Provide
  Arbitrary<List<Bid>> bids() {
    Arbitrary<BigDecimal> price = Arbitraries.bigDecimals().between(BigDecimal.valueOf(10_000), BigDecimal.valueOf(5_000_000)).ofScale(2);
    Arbitrary<Commitment> commitment = Combinators.combine(
        Arbitraries.of(MEASURES), Arbitraries.integers().between(1, 4),
        Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.valueOf(200)).ofScale(1))
        .as(Commitment::of);
    Arbitrary<List<Commitment>> commitments = commitment.list().ofMaxSize(5)
        .uniqueElements(c -> c.measure() + "/" + c.year());
    Arbitrary<BigDecimal> mark = Arbitraries.integers().between(0, 5).map(BigDecimal::valueOf);
    Arbitrary<Bid.Builder> bid = Combinators.combine(price, commitments, mark)
        .as((p, cs, m) -> Bid.builder().price(Amounts.of(p, GBP)).addAllCommitments(cs).putAnswers("quality", m));
    return bid.list().ofMinSize(1).ofMaxSize(5).map(builders -> {
      List<Bid> bids = new ArrayList<>();
      for (int i = 0; i < builders.size(); i++) {
        bids.add(builders.get(i).bidder("bidder-" + i).build());
      }
      return bids;
    });
  }

  /** A bid that is always flagged and never moderated: its offer is far above the 25% ceiling. */
  @Provide
  Arbitrary<Bid> outliers() {
    return Combinators.combine(
            Arbitraries.bigDecimals().between(BigDecimal.valueOf(10_000), BigDecimal.valueOf(1_000_000)).ofScale(2),
            Arbitraries.integers().between(0, 5))
        .as((price, mark) -> Bid.builder().bidder("outlier").price(Amounts.of(price, GBP))
            // local spend valued at £0.50 per £1: four times the price is worth 200% of it
            .addCommitments(Commitment.of(LOCAL_SPEND, 1, price.multiply(BigDecimal.valueOf(4))))
            .putAnswers("quality", BigDecimal.valueOf(mark)).build());
  }
}
