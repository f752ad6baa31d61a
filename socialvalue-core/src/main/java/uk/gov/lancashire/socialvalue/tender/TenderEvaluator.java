package uk.gov.lancashire.socialvalue.tender;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import uk.gov.lancashire.socialvalue.basics.Amounts;
import uk.gov.lancashire.socialvalue.basics.Problems;
import uk.gov.lancashire.socialvalue.basics.ValidationException;
import uk.gov.lancashire.socialvalue.framework.CommitmentValuer;
import uk.gov.lancashire.socialvalue.framework.Framework;
import uk.gov.lancashire.socialvalue.framework.Measure;
import uk.gov.lancashire.socialvalue.framework.Unit;

/**
 * Evaluates the bids of a tender: values each offer with the pinned edition, scores every criterion
 * exactly, raises credibility flags and ranks the bids (see {@link TenderEvaluation} for the tie-break).
 *
 * <p>Scoring: the quantitative social value criterion is {@code weight × offer ÷ best offer} (or by SV%,
 * or in absolute bands), price is {@code weight × lowest price ÷ price}, marked criteria are
 * {@code weight × mark ÷ maximum mark}. Every score lies in [0, weight]; the best offer and the lowest
 * price get the full weight. Divisions use {@link MathContext#DECIMAL128} (34 significant digits) and
 * are exact whenever the quotient terminates; nothing is rounded for presentation here.
 *
 * <p>The offer counts only commitments on shortlisted measures within the contract term; the others
 * raise a flag and are not scored. A bid with a zero or negative price is flagged and scores 0 on
 * price. Flagged bids are never excluded.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TenderEvaluator {

  private static final MathContext DIVISION = MathContext.DECIMAL128;
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final Framework framework;
  private final CommitmentValuer valuer;

  private TenderEvaluator(Framework framework, CommitmentValuer valuer) {
    this.framework = Objects.requireNonNull(framework, "framework");
    this.valuer = Objects.requireNonNull(valuer, "valuer");
  }

  /**
   * @param framework the framework the measures come from
   * @param valuer values commitments; its basis must be the tender's pinned edition
   * @return the evaluator
   */
  public static TenderEvaluator of(Framework framework, CommitmentValuer valuer) {
    return new TenderEvaluator(framework, valuer);
  }

  /**
   * Evaluates bids.
   *
   * @param tender the tender
   * @param bids the bids, in any order
   * @return the evaluation, bids in rank order
   * @throws ValidationException listing every problem: a valuer not based on the tender's edition,
   *     shortlisted measures unknown to the framework, duplicate bidders, prices in another currency,
   *     marks for unknown criteria or outside [0, maximum mark]
   */
  public TenderEvaluation evaluate(Tender tender, List<Bid> bids) {
    validate(tender, bids);
    List<Offer> offers = bids.stream().map(b -> offer(tender, b)).collect(Collectors.toList());
    Bests bests = Bests.of(offers);
    List<BidScore> scored = new ArrayList<>();
    for (Offer offer : offers) {
      List<CriterionScore> scores = tender.scheme().criteria().stream()
          .map(c -> score(c, offer, bests)).collect(Collectors.toList());
      scored.add(new BidScore(offer.bid, scores, Amounts.of(offer.value, tender.currency()),
          offer.svPercent, offer.flags, 0));
    }
    scored.sort(ranking());
    List<BidScore> ranked = new ArrayList<>();
    for (int i = 0; i < scored.size(); i++) {
      ranked.add(scored.get(i).ranked(i + 1));
    }
    return new TenderEvaluation(tender, valuer.basis(), ranked);
  }

  // ---------------------------------------------------------------- validation

  private void validate(Tender tender, List<Bid> bids) {
    Problems problems = new Problems();
    problems.check(valuer.basis().equals(tender.editionReference()), "valuer",
        "values with " + valuer.basis() + " but the tender pinned " + tender.editionReference());
    problems.check(valuer.currency().equals(tender.currency()), "valuer",
        "values in " + valuer.currency() + " but the tender is in " + tender.currency());
    for (var code : tender.scheme().shortlist()) {
      problems.check(framework.measure(code).isPresent(), "scheme.shortlist[" + code + "]",
          "no measure " + code + " in framework " + framework.id());
    }
    Set<String> bidders = new HashSet<>();
    for (int i = 0; i < bids.size(); i++) {
      Bid bid = bids.get(i);
      String path = "bids[" + i + "]";
      problems.check(bidders.add(bid.bidder()), path + ".bidder", "duplicate bidder '" + bid.bidder() + "'");
      problems.check(bid.price().getCurrency().equals(tender.currency()), path + ".price",
          "currency " + bid.price().getCurrency() + " does not match the tender's " + tender.currency());
      bid.answers().forEach((id, mark) -> {
        String at = path + ".answers[" + id + "]";
        Optional<Criterion> criterion = tender.scheme().criterion(id);
        if (problems.check(criterion.filter(c -> c.method() == ScoringMethod.LEVELS).isPresent(), at,
            "no marked criterion '" + id + "' in the scheme")) {
          BigDecimal max = criterion.get().maxMark();
          problems.check(mark.signum() >= 0 && mark.compareTo(max) <= 0, at,
              "mark must be between 0 and " + max.toPlainString() + ", was " + mark.toPlainString());
        }
      });
    }
    problems.throwIfAny();
  }

  // ---------------------------------------------------------------- offers and flags

  private Offer offer(Tender tender, Bid bid) {
    List<CredibilityFlag> flags = new ArrayList<>();
    BigDecimal value = BigDecimal.ZERO;
    Map<Integer, BigDecimal> ftePerYear = new TreeMap<>();
    for (int i = 0; i < bid.commitments().size(); i++) {
      Commitment c = bid.commitments().get(i);
      String path = "commitments[" + i + "]";
      boolean scored = true;
      if (c.year() > tender.termYears()) {
        flags.add(CredibilityFlag.of(FlagKind.BEYOND_CONTRACT_TERM, path, "commitment to " + c.measure()
            + " in year " + c.year() + " of a " + tender.termYears() + "-year contract; not scored"));
        scored = false;
      }
      if (!tender.scheme().shortlist().contains(c.measure())) {
        flags.add(CredibilityFlag.of(FlagKind.OUTSIDE_SHORTLIST, path,
            "measure " + c.measure() + " is not on the tender's shortlist; not scored"));
        scored = false;
      }
      // a first-year-only measure (a disadvantaged-group hire) counts in the first year of each person's
      // employment, whichever contract year that is: a commitment in year 2 or 3 is to new hires and scores
      if (scored) {
        value = value.add(valuer.value(c.measure(), c.quantity()));
      }
      if (c.year() <= tender.termYears() && isEmployment(c)) {
        ftePerYear.merge(c.year(), c.quantity(), BigDecimal::add);
      }
    }
    BigDecimal price = Amounts.decimal(bid.price());
    Optional<BigDecimal> svPercent = Optional.empty();
    if (price.signum() <= 0) {
      flags.add(CredibilityFlag.of(FlagKind.NON_POSITIVE_PRICE, "price",
          "price " + plain(price) + " is not positive; the price criterion scores 0"));
    } else {
      svPercent = Optional.of(value.multiply(HUNDRED).divide(price, DIVISION));
      BigDecimal ceiling = tender.scheme().credibility().svPercentCeiling();
      if (svPercent.get().compareTo(ceiling) > 0) {
        flags.add(CredibilityFlag.of(FlagKind.SV_PERCENT_ABOVE_CEILING, "", "social value is "
            + plain(svPercent.get().setScale(2, RoundingMode.HALF_UP)) + "% of the price, above the ceiling of " + plain(ceiling) + "%"));
      }
      Optional<BigDecimal> costPerFte = tender.scheme().credibility().minimumAnnualCostPerFte();
      if (costPerFte.isPresent()) {
        BigDecimal affordable = price.divide(BigDecimal.valueOf(tender.termYears()), DIVISION)
            .divide(costPerFte.get(), DIVISION);
        ftePerYear.forEach((year, fte) -> {
          if (fte.compareTo(affordable) > 0) {
            flags.add(CredibilityFlag.of(FlagKind.IMPLAUSIBLE_EMPLOYMENT, "commitments", plain(fte)
                + " FTE committed in year " + year + " but the annual price pays for at most "
                + plain(affordable.setScale(1, RoundingMode.DOWN)) + " FTE at " + plain(costPerFte.get())
                + " each"));
          }
        });
      }
    }
    return new Offer(bid, price, value, svPercent, flags);
  }

  private boolean isEmployment(Commitment c) {
    return framework.measure(c.measure()).map(Measure::unit)
        .filter(u -> u == Unit.FTE || u == Unit.FTE_YEARS).isPresent();
  }

  // ---------------------------------------------------------------- scoring

  private static CriterionScore score(Criterion c, Offer offer, Bests bests) {
    BigDecimal w = c.weight();
    switch (c.method()) {
      case LOWEST_PRICE:
        if (offer.price.signum() <= 0) {
          return CriterionScore.of(c, BigDecimal.ZERO, "price " + plain(offer.price) + " is not positive: 0 (flagged)");
        }
        return proportional(c, bests.lowestPrice.orElseThrow(), offer.price, "lowest price", "price");
      case RELATIVE_TO_BEST_VALUE:
        return relativeToBest(c, offer.value, bests.bestValue, "offer");
      case RELATIVE_TO_BEST_SV_PERCENT:
        if (offer.svPercent.isEmpty()) {
          return CriterionScore.of(c, BigDecimal.ZERO, "no SV% without a positive price: 0");
        }
        return relativeToBest(c, offer.svPercent.get(), bests.bestSvPercent, "SV%");
      case ABSOLUTE_BANDS:
        return banded(c, offer.svPercent);
      case LEVELS:
        BigDecimal mark = offer.bid.answers().get(c.id());
        if (mark == null) {
          return CriterionScore.of(c, BigDecimal.ZERO, "no mark: 0");
        }
        return CriterionScore.of(c, w.multiply(mark).divide(c.maxMark(), DIVISION),
            plain(w) + " × mark " + plain(mark) + " ÷ " + plain(c.maxMark()));
      default:
        throw new IllegalStateException("unknown method " + c.method());
    }
  }

  private static CriterionScore relativeToBest(Criterion c, BigDecimal offer, BigDecimal best, String what) {
    if (best.signum() <= 0) {
      return CriterionScore.of(c, BigDecimal.ZERO, "no bid offers a positive " + what + ": 0");
    }
    if (offer.signum() <= 0) {
      return CriterionScore.of(c, BigDecimal.ZERO, what + " " + plain(offer) + " is not positive: 0");
    }
    return proportional(c, offer, best, what, "best " + what);
  }

  /** {@code weight × numerator ÷ denominator}; multiplying first keeps it exact when the quotient terminates. */
  private static CriterionScore proportional(Criterion c, BigDecimal numerator, BigDecimal denominator,
      String numeratorName, String denominatorName) {
    BigDecimal score = c.weight().multiply(numerator).divide(denominator, DIVISION);
    return CriterionScore.of(c, score, plain(c.weight()) + " × " + numeratorName + " " + plain(numerator)
        + " ÷ " + denominatorName + " " + plain(denominator) + " = " + plain(score));
  }

  private static CriterionScore banded(Criterion c, Optional<BigDecimal> svPercent) {
    if (svPercent.isEmpty()) {
      return CriterionScore.of(c, BigDecimal.ZERO, "no SV% without a positive price: 0");
    }
    ScoreBand reached = null;
    for (ScoreBand band : c.bands()) {
      if (svPercent.get().compareTo(band.minimumSvPercent()) >= 0) {
        reached = band;
      }
    }
    if (reached == null) {
      return CriterionScore.of(c, BigDecimal.ZERO, "SV% " + plain(svPercent.get())
          + " is below the lowest band (" + plain(c.bands().get(0).minimumSvPercent()) + "%): 0");
    }
    BigDecimal score = c.weight().multiply(reached.fraction());
    return CriterionScore.of(c, score, "SV% " + plain(svPercent.get()) + " reaches the band from "
        + plain(reached.minimumSvPercent()) + "%: " + plain(reached.fraction()) + " × " + plain(c.weight())
        + " = " + plain(score));
  }

  private static Comparator<BidScore> ranking() {
    Comparator<BidScore> byTotal = Comparator.comparing(BidScore::total);
    Comparator<BidScore> byPrice = Comparator.comparing(TenderEvaluator::priceScore);
    Comparator<BidScore> byOffer = Comparator.comparing(BidScore::decimalOffer);
    return byTotal.reversed().thenComparing(byPrice.reversed()).thenComparing(byOffer.reversed())
        .thenComparing(BidScore::bidder);
  }

  private static BigDecimal priceScore(BidScore score) {
    return score.scores().stream().filter(s -> s.criterion().kind() == CriterionKind.PRICE)
        .map(CriterionScore::score).findFirst().orElse(BigDecimal.ZERO);
  }

  private static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }

  // ---------------------------------------------------------------- working values

  /** A bid with its scored offer, SV% and flags. */
  private static final class Offer {
    final Bid bid;
    final BigDecimal price;
    final BigDecimal value;
    final Optional<BigDecimal> svPercent;
    final List<CredibilityFlag> flags;

    Offer(Bid bid, BigDecimal price, BigDecimal value, Optional<BigDecimal> svPercent, List<CredibilityFlag> flags) {
      this.bid = bid;
      this.price = price;
      this.value = value;
      this.svPercent = svPercent;
      this.flags = flags;
    }
  }

  /** The best offer, best SV% and lowest positive price across all bids. */
  private static final class Bests {
    final BigDecimal bestValue;
    final BigDecimal bestSvPercent;
    final Optional<BigDecimal> lowestPrice;

    private Bests(BigDecimal bestValue, BigDecimal bestSvPercent, Optional<BigDecimal> lowestPrice) {
      this.bestValue = bestValue;
      this.bestSvPercent = bestSvPercent;
      this.lowestPrice = lowestPrice;
    }

    static Bests of(List<Offer> offers) {
      return new Bests(
          offers.stream().map(o -> o.value).max(Comparator.naturalOrder()).orElse(BigDecimal.ZERO),
          offers.stream().flatMap(o -> o.svPercent.stream()).max(Comparator.naturalOrder()).orElse(BigDecimal.ZERO),
          offers.stream().map(o -> o.price).filter(p -> p.signum() > 0).min(Comparator.naturalOrder()));
    }
  }
}
