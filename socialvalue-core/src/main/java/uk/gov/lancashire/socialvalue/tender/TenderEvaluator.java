package uk.gov.lancashire.socialvalue.tender;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.gov.lancashire.socialvalue.basics.Amounts;
import uk.gov.lancashire.socialvalue.basics.Explanation;
import uk.gov.lancashire.socialvalue.basics.ProblemPath;
import uk.gov.lancashire.socialvalue.basics.Problems;
import uk.gov.lancashire.socialvalue.basics.ValidationException;
import uk.gov.lancashire.socialvalue.framework.CommitmentValuer;
import uk.gov.lancashire.socialvalue.framework.Framework;
import uk.gov.lancashire.socialvalue.framework.MeasureCode;

/**
 * Evaluates the bids of a tender: values each offer with the pinned edition, raises credibility flags,
 * applies the panel's moderation decisions, scores every criterion exactly and ranks the bids (see
 * {@link TenderEvaluation} for the ranking and its tie-break).
 *
 * <p><b>Scoring.</b> The quantitative social value criterion is {@code weight × offer ÷ best offer} (or by
 * SV%, by needs-weighted offer, or in absolute bands), price is {@code weight × lowest price ÷ price},
 * marked criteria are {@code weight × mark ÷ maximum mark}. Every score lies in [0, weight]. Divisions use
 * {@link MathContext#DECIMAL128} (34 significant digits) and are exact whenever the quotient terminates;
 * nothing is rounded for presentation here.
 *
 * <p><b>Moderation: scores come from accepted quantities.</b> Each commitment counts at its accepted
 * quantity: as offered, or as the panel decided ({@link ModerationDecision}). A flag whose kind {@link
 * FlagKind#requiresDecision() requires a decision} is open while any commitment it names is undecided;
 * the scheme's {@link UnresolvedFlagPolicy} says what an undecided flagged commitment counts for, and the
 * evaluation is provisional while any flag is open. Flags are raised on the quantities as offered and
 * kept for the record, whatever was decided.
 *
 * <p><b>The benchmark is taken over moderated offers.</b> Relative scoring makes every bid's score depend
 * on the best offer, so one implausible offer can crush all the others: the "irrelevant alternatives"
 * effect, where adding or removing a bid that does not win changes how the others compare (the
 * Lancashire example: an unmoderated 153.91% SV offer leaves the other bids 0.27 and 0.24 out of 5). So
 * a bid with an open flag is not part of the benchmark (best offer, best SV%, best weighted offer,
 * lowest price) that other bids are scored against, unless the policy is {@link
 * UnresolvedFlagPolicy#CAP_AT_CEILING}, which cuts its offer to the ceiling first. Each bid is scored
 * against the best of the benchmark bids and itself, so a bid outside the benchmark is capped at the
 * full weight. Under {@link UnresolvedFlagPolicy#HOLD} and {@link UnresolvedFlagPolicy#EXCLUDE_FLAGGED},
 * adding or removing a bid with an open flag therefore never changes another bid's scores. Absolute
 * scoring against a maximum declared in advance ({@link ScoringMethod#ABSOLUTE_BANDS}) avoids the effect
 * altogether, at the price of fixing the scale before the offers are known.
 *
 * <p><b>Also reported.</b> Abnormally low prices under the scheme's {@link AbnormallyLowPriceRule} (a
 * flag with the figures, never an exclusion), commitments that cannot count (beyond the term, off the
 * shortlist: flagged and not scored), and non-positive prices (flagged, 0 on
 * price). Flagged bids are never excluded.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TenderEvaluator {

  private static final MathContext DIVISION = MathContext.DECIMAL128;
  private static final String PROVISIONAL = "provisional: open flags keep this bid out of the benchmark";
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final Framework framework;
  private final CommitmentValuer valuer;
  private final Optional<OfferWeighting> needs;

  private TenderEvaluator(Framework framework, CommitmentValuer valuer, Optional<OfferWeighting> needs) {
    this.framework = Objects.requireNonNull(framework, "framework");
    this.valuer = Objects.requireNonNull(valuer, "valuer");
    this.needs = needs;
  }

  /**
   * @param framework the framework the measures come from
   * @param valuer values commitments; its basis must be the tender's pinned edition
   * @return the evaluator
   */
  public static TenderEvaluator of(Framework framework, CommitmentValuer valuer) {
    return new TenderEvaluator(framework, valuer, Optional.empty());
  }

  /**
   * Lets the evaluator score {@link ScoringMethod#RELATIVE_TO_BEST_NEEDS_WEIGHTED_VALUE} criteria: each
   * measure's value counts in proportion to the share of the area's local need it addresses.
   *
   * @param scoring the needs-weighted scoring of the area the contract serves (a {@link
   *     uk.gov.lancashire.socialvalue.needs.NeedsWeightedScoring})
   * @return a copy of this evaluator using it
   */
  public TenderEvaluator withNeedsWeighting(OfferWeighting scoring) {
    return new TenderEvaluator(framework, valuer, Optional.of(scoring));
  }

  /**
   * Evaluates bids with no moderation decision yet.
   *
   * @param tender the tender
   * @param bids the bids, in any order
   * @return the evaluation, bids in rank order; provisional if a flag needs a decision
   * @throws ValidationException listing every problem (see {@link #evaluate(Tender, List, List)})
   */
  public TenderEvaluation evaluate(Tender tender, List<Bid> bids) {
    return evaluate(tender, bids, List.of());
  }

  /**
   * Evaluates bids, applying the panel's moderation decisions.
   *
   * @param tender the tender
   * @param bids the bids, in any order
   * @param decisions the panel's decisions, in any order
   * @return the evaluation, bids in rank order
   * @throws ValidationException listing every problem: a valuer not based on the tender's edition,
   *     shortlisted measures unknown to the framework, a needs-weighted criterion without a needs
   *     weighting, duplicate bidders, prices in another currency, marks for unknown criteria or not on the
   *     criterion's scale, decisions naming no commitment or several, a commitment decided twice, a
   *     moderated quantity outside [0, offered]
   */
  public TenderEvaluation evaluate(Tender tender, List<Bid> bids, List<ModerationDecision> decisions) {
    Map<String, Map<Integer, ModerationDecision>> decided = validate(tender, bids, decisions);
    CredibilityChecks checks = new CredibilityChecks(framework, valuer, tender);
    Map<String, AbnormallyLowPrice> lowPrices = tender.scheme().abnormallyLowPrice()
        .map(rule -> rule.assess(bids)).orElse(Map.of());
    List<Offer> offers = bids.stream()
        .map(b -> offer(tender, checks, b, decided.getOrDefault(b.bidder(), Map.of()), lowPrices.get(b.bidder())))
        .collect(Collectors.toList());
    Bests benchmark = Bests.of(offers.stream().filter(o -> o.setsBenchmark).collect(Collectors.toList()));
    AwardMethod method = tender.scheme().awardMethod();
    List<BidScore> scored = new ArrayList<>();
    for (Offer offer : offers) {
      Bests bests = benchmark.with(offer);
      List<CriterionScore> scores = tender.scheme().criteria().stream()
          .map(c -> score(c, offer, bests)).collect(Collectors.toList());
      BigDecimal points = scores.stream().map(CriterionScore::score).reduce(BigDecimal.ZERO, BigDecimal::add);
      Optional<BigDecimal> ppqp = method == AwardMethod.PRICE_PER_QUALITY_POINT && offer.price.signum() > 0
          && points.signum() > 0 ? Optional.of(offer.price.divide(points, DIVISION)) : Optional.empty();
      scored.add(new BidScore(offer.bid, scores, Amounts.of(offer.offeredValue, tender.currency()),
          Amounts.of(offer.value, tender.currency()),
          offer.svPercent, offer.weighted, offer.flags, offer.openFlags, offer.decisions, offer.setsBenchmark,
          ppqp, Optional.ofNullable(offer.lowPrice), 0));
    }
    scored.sort(Rankings.order(method));
    List<BidScore> ranked = new ArrayList<>();
    for (int i = 0; i < scored.size(); i++) {
      ranked.add(scored.get(i).ranked(i + 1));
    }
    return new TenderEvaluation(tender, valuer.basis(), ranked, Rankings.ties(ranked, method));
  }

  // ---------------------------------------------------------------- validation

  private Map<String, Map<Integer, ModerationDecision>> validate(Tender tender, List<Bid> bids,
      List<ModerationDecision> decisions) {
    Problems problems = new Problems();
    problems.check(valuer.basis().equals(tender.editionReference()), "valuer",
        "values with " + valuer.basis() + " but the tender pinned " + tender.editionReference());
    problems.check(valuer.currency().equals(tender.currency()), "valuer",
        "values in " + valuer.currency() + " but the tender is in " + tender.currency());
    for (var code : tender.scheme().shortlist()) {
      problems.check(framework.measure(code).isPresent(), ProblemPath.of("scheme").property("shortlist").key(code),
          "no measure " + code + " in framework " + framework.id());
    }
    List<Criterion> criteria = tender.scheme().criteria();
    for (int i = 0; i < criteria.size(); i++) {
      problems.check(criteria.get(i).method() != ScoringMethod.RELATIVE_TO_BEST_NEEDS_WEIGHTED_VALUE
          || needs.isPresent(), ProblemPath.of("scheme").property("criteria").index(i).property("method"),
          "a needs-weighted criterion needs an evaluator given the area's needs weighting (withNeedsWeighting)");
    }
    Map<String, Bid> byBidder = new HashMap<>();
    for (int i = 0; i < bids.size(); i++) {
      Bid bid = bids.get(i);
      ProblemPath path = ProblemPath.of("bids").index(i);
      problems.check(byBidder.putIfAbsent(bid.bidder(), bid) == null, path.property("bidder"),
          "duplicate bidder '" + bid.bidder() + "'");
      problems.check(bid.price().getCurrency().equals(tender.currency()), path.property("price"),
          "currency " + bid.price().getCurrency() + " does not match the tender's " + tender.currency());
      bid.answers().forEach((id, mark) -> {
        ProblemPath at = path.property("answers").key(id);
        Optional<Criterion> criterion = tender.scheme().criterion(id);
        if (problems.check(criterion.filter(c -> c.method() == ScoringMethod.LEVELS).isPresent(), at,
            "no marked criterion '" + id + "' in the scheme")) {
          Criterion c = criterion.get();
          problems.check(c.allows(mark), at, (c.scale().isEmpty() ? "mark must be between 0 and "
              + c.maxMark().toPlainString() : "mark must be one of " + c.scale().stream()
              .map(BigDecimal::toPlainString).collect(Collectors.joining(", "))) + ", was " + mark.toPlainString());
        }
      });
    }
    Map<String, Map<Integer, ModerationDecision>> decided = new HashMap<>();
    for (int i = 0; i < decisions.size(); i++) {
      ModerationDecision d = decisions.get(i);
      ProblemPath path = ProblemPath.of("decisions").index(i);
      Bid bid = byBidder.get(d.bidder());
      if (!problems.check(bid != null, path.property("bidder"), "no bid from '" + d.bidder() + "'")) {
        continue;
      }
      List<Integer> matches = new ArrayList<>();
      for (int j = 0; j < bid.commitments().size(); j++) {
        Commitment c = bid.commitments().get(j);
        if (c.measure().equals(d.measure()) && c.year() == d.year()) {
          matches.add(j);
        }
      }
      if (!problems.check(matches.size() == 1, path, matches.isEmpty()
          ? "bid '" + d.bidder() + "' has no commitment to " + d.measure() + " in year " + d.year()
          : "bid '" + d.bidder() + "' has " + matches.size() + " commitments to " + d.measure() + " in year "
              + d.year() + "; a decision must name one")) {
        continue;
      }
      int index = matches.get(0);
      problems.check(decided.computeIfAbsent(d.bidder(), b -> new TreeMap<>()).putIfAbsent(index, d) == null, path,
          "commitment to " + d.measure() + " in year " + d.year() + " of '" + d.bidder() + "' is decided twice");
      BigDecimal offered = bid.commitments().get(index).quantity();
      d.moderatedQuantity().ifPresent(q -> problems.check(q.signum() * offered.signum() >= 0
          && q.abs().compareTo(offered.abs()) <= 0, path.property("moderatedQuantity"), "must lie between 0 and the "
          + offered.toPlainString() + " offered, was " + q.toPlainString()));
    }
    problems.throwIfAny();
    return decided;
  }

  // ---------------------------------------------------------------- offers, moderation and policy

  private Offer offer(Tender tender, CredibilityChecks checks, Bid bid, Map<Integer, ModerationDecision> decided,
      AbnormallyLowPrice lowPrice) {
    List<CredibilityFlag> flags = new ArrayList<>();
    List<Integer> scoredIndexes = checks.scored(bid, flags);
    Map<Integer, BigDecimal> offered = new LinkedHashMap<>();
    scoredIndexes.forEach(i -> offered.put(i, bid.commitments().get(i).quantity()));
    BigDecimal price = Amounts.decimal(bid.price());
    if (price.signum() <= 0) {
      flags.add(CredibilityFlag.of(FlagKind.NON_POSITIVE_PRICE, ProblemPath.of("price"),
          Explanation.of("price " + plain(price) + " is not positive; the price criterion scores 0")
              .with("price", plain(price))
              .with("rule", "a price must be positive to be compared; no social value per unit of price is computed")));
    } else {
      flags.addAll(checks.questions(bid, price, offered));
    }
    if (lowPrice != null) {
      flags.add(CredibilityFlag.of(FlagKind.ABNORMALLY_LOW_PRICE, ProblemPath.of("price"), Explanation.of("price "
          + plain(price) + " is " + plain(lowPrice.percentBelow().setScale(2, java.math.RoundingMode.HALF_UP))
          + "% below the median " + plain(Amounts.decimal(lowPrice.median())) + " of " + lowPrice.bidsCompared()
          + " bids (reported below " + plain(Amounts.decimal(lowPrice.threshold())) + "); ask the supplier to show it can perform"
          + " for that price (Procurement Act 2023 s.19(4)); not excluded")
          .with("price", plain(price))
          .with("median of the bids", plain(Amounts.decimal(lowPrice.median())))
          .with("bids compared", lowPrice.bidsCompared())
          .with("reported below", plain(Amounts.decimal(lowPrice.threshold())))
          .with("percent below the median", plain(lowPrice.percentBelow()))
          .with("source", "Procurement Act 2023 s.19(4): a supplier may be excluded for an abnormally low price"
              + " only after it was asked to show it can perform for that price")));
    }
    List<CredibilityFlag> open = flags.stream()
        .filter(f -> f.requiresDecision() && f.commitments().stream().anyMatch(i -> !decided.containsKey(i)))
        .collect(Collectors.toList());
    Set<Integer> undecided = new HashSet<>();
    open.forEach(f -> f.commitments().stream().filter(i -> !decided.containsKey(i)).forEach(undecided::add));

    Map<Integer, BigDecimal> accepted = new LinkedHashMap<>();
    offered.forEach((i, q) -> accepted.put(i, decided.containsKey(i) ? decided.get(i).acceptedQuantity(q) : q));
    UnresolvedFlagPolicy policy = tender.scheme().unresolvedFlags();
    if (policy == UnresolvedFlagPolicy.EXCLUDE_FLAGGED) {
      undecided.forEach(i -> accepted.put(i, BigDecimal.ZERO));
    }
    if (policy == UnresolvedFlagPolicy.CAP_AT_CEILING && price.signum() > 0) {
      capEmployment(checks, bid, price, open, decided, accepted);
    }
    BigDecimal value = checks.value(bid, accepted);
    Optional<BigDecimal> weighted = needs.map(n -> n.weigh(valueByMeasure(bid, accepted)));
    if (policy == UnresolvedFlagPolicy.CAP_AT_CEILING && price.signum() > 0
        && open.stream().anyMatch(f -> f.kind() == FlagKind.SV_PERCENT_ABOVE_CEILING)) {
      BigDecimal cap = tender.scheme().credibility().svPercentCeiling().multiply(price).divide(HUNDRED);
      if (value.compareTo(cap) > 0) {
        BigDecimal before = value;
        weighted = weighted.map(w -> w.multiply(cap).divide(before, DIVISION));
        value = cap;
      }
    }
    Optional<BigDecimal> svPercent = price.signum() > 0
        ? Optional.of(value.multiply(HUNDRED).divide(price, DIVISION)) : Optional.empty();
    List<ModerationDecision> decisions = new ArrayList<>(decided.values());
    boolean setsBenchmark = open.isEmpty() || policy == UnresolvedFlagPolicy.CAP_AT_CEILING;
    return new Offer(bid, price, checks.value(bid, offered), value, weighted, svPercent, flags, open, decisions,
        setsBenchmark, lowPrice);
  }

  /** Under CAP_AT_CEILING, scales each implausible year's undecided employment commitments to the FTE the price pays for. */
  private static void capEmployment(CredibilityChecks checks, Bid bid, BigDecimal price, List<CredibilityFlag> open,
      Map<Integer, ModerationDecision> decided, Map<Integer, BigDecimal> accepted) {
    Optional<BigDecimal> affordable = checks.affordableFte(price);
    Map<Integer, BigDecimal> fte = checks.fteByYear(bid, accepted);
    for (CredibilityFlag flag : open) {
      if (flag.kind() != FlagKind.IMPLAUSIBLE_EMPLOYMENT || affordable.isEmpty() || flag.commitments().isEmpty()) {
        continue;
      }
      int year = bid.commitments().get(flag.commitments().get(0)).year();
      BigDecimal committed = fte.getOrDefault(year, BigDecimal.ZERO);
      if (committed.compareTo(affordable.get()) > 0) {
        BigDecimal factor = affordable.get().divide(committed, DIVISION);
        flag.commitments().stream().filter(i -> !decided.containsKey(i))
            .forEach(i -> accepted.put(i, accepted.get(i).multiply(factor, DIVISION)));
      }
    }
  }

  private Map<MeasureCode, BigDecimal> valueByMeasure(Bid bid, Map<Integer, BigDecimal> quantities) {
    Map<MeasureCode, BigDecimal> byMeasure = new TreeMap<>();
    quantities.forEach((i, q) -> {
      MeasureCode code = bid.commitments().get(i).measure();
      byMeasure.merge(code, valuer.value(code, q), BigDecimal::add);
    });
    return byMeasure;
  }

  // ---------------------------------------------------------------- scoring

  private static CriterionScore score(Criterion c, Offer offer, Bests bests) {
    boolean provisional = !offer.setsBenchmark;
    switch (c.method()) {
      case LOWEST_PRICE:
        if (offer.price.signum() <= 0) {
          return zero(c, "price " + plain(offer.price) + " is not positive: 0 (flagged)", "price", offer.price);
        }
        return proportional(c, bests.lowestPrice.orElseThrow(), offer.price, "lowest price", "price", provisional);
      case RELATIVE_TO_BEST_VALUE:
        return relativeToBest(c, offer.value, bests.bestValue, "offer", provisional);
      case RELATIVE_TO_BEST_SV_PERCENT:
        if (offer.svPercent.isEmpty()) {
          return zero(c, "no SV% without a positive price: 0", "price", offer.price);
        }
        return relativeToBest(c, offer.svPercent.get(), bests.bestSvPercent, "SV%", provisional);
      case RELATIVE_TO_BEST_NEEDS_WEIGHTED_VALUE:
        return relativeToBest(c, offer.weighted.orElseThrow(), bests.bestWeighted, "needs-weighted offer", provisional);
      case ABSOLUTE_BANDS:
        return banded(c, offer.svPercent, offer.price);
      case LEVELS:
        BigDecimal mark = offer.bid.answers().get(c.id());
        if (mark == null) {
          return CriterionScore.of(c, BigDecimal.ZERO, working(c, "no mark: 0").with("mark", "none given")
              .with("score", "0"));
        }
        BigDecimal score = c.weight().multiply(mark).divide(c.maxMark(), DIVISION);
        return CriterionScore.of(c, score, working(c, plain(c.weight()) + " × mark " + plain(mark) + " ÷ "
            + plain(c.maxMark())).with("mark", plain(mark)).with("max mark", plain(c.maxMark()))
            .with("score", plain(score)));
      default:
        throw new IllegalStateException("unknown method " + c.method());
    }
  }

  /** @return an explanation titled with the working, with the criterion, method and weight as entries */
  private static Explanation working(Criterion c, String title) {
    return Explanation.of(title).with("criterion", c.id()).with("method", c.method())
        .with("weight", plain(c.weight()));
  }

  private static CriterionScore zero(Criterion c, String title, String figure, BigDecimal value) {
    return CriterionScore.of(c, BigDecimal.ZERO, working(c, title).with(figure, plain(value)).with("score", "0"));
  }

  private static CriterionScore relativeToBest(Criterion c, BigDecimal offer, BigDecimal best, String what,
      boolean provisional) {
    if (best.signum() <= 0) {
      return zero(c, "no bid offers a positive " + what + ": 0", "best " + what, best);
    }
    if (offer.signum() <= 0) {
      return zero(c, what + " " + plain(offer) + " is not positive: 0", what, offer);
    }
    return proportional(c, offer, best, what, "best " + what, provisional);
  }

  /** {@code weight × numerator ÷ denominator}; multiplying first keeps it exact when the quotient terminates. */
  private static CriterionScore proportional(Criterion c, BigDecimal numerator, BigDecimal denominator,
      String numeratorName, String denominatorName, boolean provisional) {
    BigDecimal score = c.weight().multiply(numerator).divide(denominator, DIVISION);
    Explanation e = working(c, plain(c.weight()) + " × " + numeratorName + " " + plain(numerator) + " ÷ "
        + denominatorName + " " + plain(denominator) + " = " + plain(score)
        + (provisional ? "; " + PROVISIONAL : ""))
        .with(numeratorName, plain(numerator)).with(denominatorName, plain(denominator))
        .with("precision", DIVISION.getPrecision() + " significant digits, " + DIVISION.getRoundingMode())
        .with("score", plain(score));
    return CriterionScore.of(c, score, provisional ? e.with("provisional", PROVISIONAL) : e);
  }

  private static CriterionScore banded(Criterion c, Optional<BigDecimal> svPercent, BigDecimal price) {
    if (svPercent.isEmpty()) {
      return zero(c, "no SV% without a positive price: 0", "price", price);
    }
    ScoreBand reached = null;
    for (ScoreBand band : c.bands()) {
      if (svPercent.get().compareTo(band.minimumSvPercent()) >= 0) {
        reached = band;
      }
    }
    if (reached == null) {
      BigDecimal lowest = c.bands().get(0).minimumSvPercent();
      return CriterionScore.of(c, BigDecimal.ZERO, working(c, "SV% " + plain(svPercent.get())
          + " is below the lowest band (" + plain(lowest) + "%): 0").with("SV%", plain(svPercent.get()))
          .with("lowest band from", plain(lowest) + "%").with("score", "0"));
    }
    BigDecimal score = c.weight().multiply(reached.fraction());
    return CriterionScore.of(c, score, working(c, "SV% " + plain(svPercent.get()) + " reaches the band from "
        + plain(reached.minimumSvPercent()) + "%: " + plain(reached.fraction()) + " × " + plain(c.weight())
        + " = " + plain(score)).with("SV%", plain(svPercent.get()))
        .with("band from", plain(reached.minimumSvPercent()) + "%").with("band fraction", plain(reached.fraction()))
        .with("score", plain(score)));
  }

  private static String plain(BigDecimal value) {
    return CredibilityChecks.plain(value);
  }

  // ---------------------------------------------------------------- working values

  /** A bid with its offered and scored value, SV%, flags and decisions. */
  private static final class Offer {
    final Bid bid;
    final BigDecimal price;
    final BigDecimal offeredValue;
    final BigDecimal value;
    final Optional<BigDecimal> weighted;
    final Optional<BigDecimal> svPercent;
    final List<CredibilityFlag> flags;
    final List<CredibilityFlag> openFlags;
    final List<ModerationDecision> decisions;
    final boolean setsBenchmark;
    final AbnormallyLowPrice lowPrice;

    Offer(Bid bid, BigDecimal price, BigDecimal offeredValue, BigDecimal value, Optional<BigDecimal> weighted,
        Optional<BigDecimal> svPercent, List<CredibilityFlag> flags, List<CredibilityFlag> openFlags,
        List<ModerationDecision> decisions, boolean setsBenchmark, AbnormallyLowPrice lowPrice) {
      this.bid = bid;
      this.price = price;
      this.offeredValue = offeredValue;
      this.value = value;
      this.weighted = weighted;
      this.svPercent = svPercent;
      this.flags = flags;
      this.openFlags = openFlags;
      this.decisions = decisions;
      this.setsBenchmark = setsBenchmark;
      this.lowPrice = lowPrice;
    }
  }

  /** The best offer, best SV%, best weighted offer and lowest positive price over a set of bids. */
  private static final class Bests {
    final BigDecimal bestValue;
    final BigDecimal bestSvPercent;
    final BigDecimal bestWeighted;
    final Optional<BigDecimal> lowestPrice;

    private Bests(BigDecimal bestValue, BigDecimal bestSvPercent, BigDecimal bestWeighted, Optional<BigDecimal> lowestPrice) {
      this.bestValue = bestValue;
      this.bestSvPercent = bestSvPercent;
      this.bestWeighted = bestWeighted;
      this.lowestPrice = lowestPrice;
    }

    static Bests of(List<Offer> offers) {
      return new Bests(max(offers, o -> Optional.of(o.value)), max(offers, o -> o.svPercent), max(offers, o -> o.weighted),
          offers.stream().map(o -> o.price).filter(p -> p.signum() > 0).min(BigDecimal::compareTo));
    }

    /** @return the bests over the benchmark bids and the given bid (a benchmark bid is already in) */
    Bests with(Offer offer) {
      Bests own = of(List.of(offer));
      Optional<BigDecimal> lowest = lowestPrice.isEmpty() ? own.lowestPrice : own.lowestPrice.isEmpty() ? lowestPrice
          : Optional.of(lowestPrice.get().min(own.lowestPrice.get()));
      return new Bests(bestValue.max(own.bestValue), bestSvPercent.max(own.bestSvPercent),
          bestWeighted.max(own.bestWeighted), lowest);
    }

    private static BigDecimal max(List<Offer> offers, Function<Offer, Optional<BigDecimal>> figure) {
      return offers.stream().flatMap(o -> figure.apply(o).stream()).max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
    }
  }
}
