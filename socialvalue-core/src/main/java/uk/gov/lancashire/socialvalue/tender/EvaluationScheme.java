package uk.gov.lancashire.socialvalue.tender;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import uk.gov.lancashire.socialvalue.basics.ProblemPath;
import uk.gov.lancashire.socialvalue.basics.Problems;
import uk.gov.lancashire.socialvalue.basics.SocialValueStyle;
import uk.gov.lancashire.socialvalue.framework.MeasureCode;

/**
 * How a tender's bids are evaluated: criteria whose weights add up to exactly 100 (for example quality
 * 70 / price 20 / social value 10, or quality 30 / social value 10 / price 60), the social value weight
 * split into a quantitative part (the valued offer) and qualitative parts (the delivery plan), the
 * measure shortlist bidders may commit to, and the credibility rules.
 *
 * <p>Under the {@link AwardMethod#WEIGHTED_SUM weighted sum} a scheme has exactly one price criterion;
 * under {@link AwardMethod#PRICE_PER_QUALITY_POINT price per quality point} it has none (the price divides
 * the quality points). It has at most one quantitative social value criterion (it scores the whole
 * offer); qualitative criteria may be many. A scheme whose social value is qualitative only (PPN 002
 * style, see {@link Criterion#qualitative}) needs no measure shortlist. The scheme also declares what
 * happens to flagged commitments the panel has not yet decided ({@link #unresolvedFlags()}) and, if
 * the authority uses one, its {@link #abnormallyLowPrice() abnormally-low-price rule}. Validation
 * reports every problem.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SocialValueStyle
public abstract class EvaluationScheme implements WithEvaluationScheme {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  EvaluationScheme() {}

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the criteria, in display order */
  public abstract List<Criterion> criteria();

  /**
   * @return the measures bidders are asked to commit to (a shortlist, often at most six); may be empty
   *     only when the scheme has no quantitative social value criterion
   */
  public abstract Set<MeasureCode> shortlist();

  /** @return how criterion scores become a ranking; {@link AwardMethod#WEIGHTED_SUM} by default */
  @Value.Default
  public AwardMethod awardMethod() {
    return AwardMethod.WEIGHTED_SUM;
  }

  /**
   * @return what undecided flagged commitments count for; {@link UnresolvedFlagPolicy#HOLD} by default, the
   *     only policy that publishes no ranking while a question is open
   */
  @Value.Default
  public UnresolvedFlagPolicy unresolvedFlags() {
    return UnresolvedFlagPolicy.HOLD;
  }

  /** @return the rule that reports abnormally low prices, if the authority declares one */
  public abstract Optional<AbnormallyLowPriceRule> abnormallyLowPrice();

  /** @return the credibility thresholds */
  @Value.Default
  public CredibilityRules credibility() {
    return CredibilityRules.defaults();
  }

  /**
   * @param kind a kind of criterion
   * @return the total weight of the criteria of that kind
   */
  public BigDecimal weightOf(CriterionKind kind) {
    return criteria().stream().filter(c -> c.kind() == kind).map(Criterion::weight)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** @return the total social value weight: the quantitative plus the qualitative parts */
  public BigDecimal socialValueWeight() {
    return weightOf(CriterionKind.SOCIAL_VALUE_QUANTITATIVE).add(weightOf(CriterionKind.SOCIAL_VALUE_QUALITATIVE));
  }

  /**
   * @param id a criterion id
   * @return the criterion, if the scheme has it
   */
  public Optional<Criterion> criterion(String id) {
    return criteria().stream().filter(c -> c.id().equals(id)).findFirst();
  }

  @Value.Check
  void check() {
    Problems problems = new Problems();
    BigDecimal sum = criteria().stream().map(Criterion::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
    problems.check(sum.compareTo(HUNDRED) == 0, "criteria",
        "weights must add up to 100, they add up to " + sum.toPlainString());
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < criteria().size(); i++) {
      problems.check(ids.add(criteria().get(i).id()), ProblemPath.of("criteria").index(i).property("id"),
          "duplicate criterion id '" + criteria().get(i).id() + "'");
    }
    long prices = criteria().stream().filter(c -> c.kind() == CriterionKind.PRICE).count();
    if (awardMethod() == AwardMethod.WEIGHTED_SUM) {
      problems.check(prices == 1, "criteria", "needs exactly one PRICE criterion, has " + prices);
    } else {
      problems.check(prices == 0, "criteria",
          "a PRICE_PER_QUALITY_POINT scheme divides the price by the quality points and has no PRICE criterion, has " + prices);
    }
    long offers = criteria().stream().filter(c -> c.kind() == CriterionKind.SOCIAL_VALUE_QUANTITATIVE).count();
    problems.check(offers <= 1, "criteria", "may have at most one SOCIAL_VALUE_QUANTITATIVE criterion, has " + offers);
    problems.check(offers == 0 || !shortlist().isEmpty(), "shortlist",
        "must name at least one measure for the quantitative social value criterion to score");
    problems.throwIfAny();
  }

  /** Builds an {@link EvaluationScheme}. */
  public static final class Builder extends ImmutableEvaluationScheme.Builder {
    Builder() {}
  }
}
