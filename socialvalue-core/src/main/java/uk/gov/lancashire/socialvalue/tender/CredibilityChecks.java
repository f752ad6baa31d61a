package uk.gov.lancashire.socialvalue.tender;

import uk.gov.lancashire.socialvalue.basics.Explanation;
import uk.gov.lancashire.socialvalue.basics.ProblemPath;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import uk.gov.lancashire.socialvalue.framework.CommitmentValuer;
import uk.gov.lancashire.socialvalue.framework.Framework;
import uk.gov.lancashire.socialvalue.framework.Measure;
import uk.gov.lancashire.socialvalue.framework.Unit;

/**
 * The checks {@link TenderEvaluator} runs on one bid: which commitments can be scored at all (the
 * others raise a notice flag), and the two credibility questions that need a panel decision (SV% above
 * the ceiling; more people than the price can employ), raised on the quantities as offered.
 */
final class CredibilityChecks {

  private static final MathContext DIVISION = MathContext.DECIMAL128;
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final Framework framework;
  private final CommitmentValuer valuer;
  private final Tender tender;

  CredibilityChecks(Framework framework, CommitmentValuer valuer, Tender tender) {
    this.framework = framework;
    this.valuer = valuer;
    this.tender = tender;
  }

  /**
   * Sorts the bid's commitments into scored and not scored.
   *
   * @param bid the bid
   * @param notices receives one flag for each commitment that cannot be scored
   * @return the indexes of the commitments that are scored, ascending
   */
  List<Integer> scored(Bid bid, List<CredibilityFlag> notices) {
    List<Integer> scored = new ArrayList<>();
    for (int i = 0; i < bid.commitments().size(); i++) {
      Commitment c = bid.commitments().get(i);
      ProblemPath path = ProblemPath.of("commitments").index(i);
      List<Integer> at = List.of(i);
      boolean counts = true;
      if (c.year() > tender.termYears()) {
        notices.add(CredibilityFlag.of(FlagKind.BEYOND_CONTRACT_TERM, path, Explanation.of("commitment to "
            + c.measure() + " in year " + c.year() + " of a " + tender.termYears() + "-year contract; not scored")
            .with("measure", c.measure()).with("year", c.year()).with("contract term", tender.termYears() + " years")
            .with("rule", "a commitment after the contract's last year cannot be delivered under it"), at));
        counts = false;
      }
      if (!tender.scheme().shortlist().contains(c.measure())) {
        notices.add(CredibilityFlag.of(FlagKind.OUTSIDE_SHORTLIST, path, Explanation.of("measure " + c.measure()
            + " is not on the tender's shortlist; not scored")
            .with("measure", c.measure())
            .with("shortlist", tender.scheme().shortlist().stream().map(Object::toString).sorted()
                .collect(java.util.stream.Collectors.joining(", ")))
            .with("rule", "only the measures the tender shortlisted are scored"), at));
        counts = false;
      }
      if (counts) {
        scored.add(i);
      }
    }
    return scored;
  }

  /**
   * Raises the questions that need a decision, on the given quantities.
   *
   * @param bid the bid
   * @param price the bid's price, positive
   * @param quantities the quantity of each scored commitment, by index
   * @return the flags
   */
  List<CredibilityFlag> questions(Bid bid, BigDecimal price, Map<Integer, BigDecimal> quantities) {
    List<CredibilityFlag> flags = new ArrayList<>();
    BigDecimal value = value(bid, quantities);
    BigDecimal svPercent = value.multiply(HUNDRED).divide(price, DIVISION);
    BigDecimal ceiling = tender.scheme().credibility().svPercentCeiling();
    if (svPercent.compareTo(ceiling) > 0) {
      List<Integer> valued = new ArrayList<>();
      quantities.forEach((i, q) -> {
        if (q.signum() != 0 && valuer.isValued(bid.commitments().get(i).measure())) {
          valued.add(i);
        }
      });
      flags.add(CredibilityFlag.of(FlagKind.SV_PERCENT_ABOVE_CEILING, ProblemPath.root(), Explanation.of(
          "social value is " + plain(svPercent.setScale(2, RoundingMode.HALF_UP)) + "% of the price, above the"
              + " ceiling of " + plain(ceiling) + "%")
          .with("social value offered", plain(value) + " (" + valuer.basis() + ")")
          .with("price", plain(price))
          .with("SV%", plain(svPercent) + " (social value ÷ price × 100)")
          .with("ceiling", plain(ceiling) + "% (the scheme's credibility rules)"), valued));
    }
    Optional<BigDecimal> costPerFte = tender.scheme().credibility().minimumAnnualCostPerFte();
    if (costPerFte.isPresent()) {
      BigDecimal affordable = affordableFte(price).orElseThrow();
      fteByYear(bid, quantities).forEach((year, fte) -> {
        if (fte.compareTo(affordable) > 0) {
          flags.add(CredibilityFlag.of(FlagKind.IMPLAUSIBLE_EMPLOYMENT,
              ProblemPath.of("commitments").key("year=" + year), Explanation.of(plain(fte)
              + " FTE committed in year " + year + " (scored commitments, no person counted twice) but the annual"
              + " price pays for at most " + plain(affordable.setScale(1, RoundingMode.DOWN)) + " FTE at "
              + plain(costPerFte.get()) + " each")
              .with("year", year)
              .with("FTE committed", plain(fte))
              .with("price", plain(price) + " over " + tender.termYears() + " years")
              .with("minimum annual cost per FTE", plain(costPerFte.get()))
              .with("FTE the annual price pays for", plain(affordable)),
              employmentIn(bid, quantities, year)));
        }
      });
    }
    return flags;
  }

  /**
   * @param price the bid's price, positive
   * @return the FTE the annual price pays for at the minimum cost per FTE, if the scheme sets one
   */
  Optional<BigDecimal> affordableFte(BigDecimal price) {
    return tender.scheme().credibility().minimumAnnualCostPerFte().map(cost ->
        price.divide(BigDecimal.valueOf(tender.termYears()), DIVISION).divide(cost, DIVISION));
  }

  /**
   * The fewest people, in FTE, who could deliver each year's employment commitments: the largest of each
   * employment measure on its own and each exclusive group's sum (see {@link CredibilityRules}).
   *
   * @param bid the bid
   * @param quantities the quantity of each scored commitment, by index
   * @return FTE by contract year, for the years with an employment commitment
   */
  Map<Integer, BigDecimal> fteByYear(Bid bid, Map<Integer, BigDecimal> quantities) {
    Map<Integer, Map<String, BigDecimal>> pools = new TreeMap<>();
    quantities.forEach((i, q) -> {
      Commitment c = bid.commitments().get(i);
      employment(c).ifPresent(m -> pools.computeIfAbsent(c.year(), y -> new HashMap<>())
          .merge(m.countingRules().exclusiveGroup().map(g -> "group:" + g).orElse("measure:" + m.code()), q,
              BigDecimal::add));
    });
    Map<Integer, BigDecimal> fte = new TreeMap<>();
    pools.forEach((year, byPool) -> fte.put(year, byPool.values().stream().max(BigDecimal::compareTo).orElseThrow()));
    return fte;
  }

  /**
   * @param bid the bid
   * @param quantities the scored commitments, by index
   * @param year a contract year
   * @return the indexes of the scored employment commitments in that year
   */
  List<Integer> employmentIn(Bid bid, Map<Integer, BigDecimal> quantities, int year) {
    List<Integer> found = new ArrayList<>();
    quantities.keySet().forEach(i -> {
      Commitment c = bid.commitments().get(i);
      if (c.year() == year && employment(c).isPresent()) {
        found.add(i);
      }
    });
    return found;
  }

  /**
   * @param bid the bid
   * @param quantities the quantity of each scored commitment, by index
   * @return {@code Σ value(measure, quantity)}, exact
   */
  BigDecimal value(Bid bid, Map<Integer, BigDecimal> quantities) {
    BigDecimal value = BigDecimal.ZERO;
    for (Map.Entry<Integer, BigDecimal> e : quantities.entrySet()) {
      value = value.add(valuer.value(bid.commitments().get(e.getKey()).measure(), e.getValue()));
    }
    return value;
  }

  private Optional<Measure> employment(Commitment c) {
    return framework.measure(c.measure()).filter(m -> m.unit() == Unit.FTE || m.unit() == Unit.FTE_YEARS);
  }

  static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }
}
