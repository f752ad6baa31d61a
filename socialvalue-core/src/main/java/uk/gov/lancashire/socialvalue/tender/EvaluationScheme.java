package uk.gov.lancashire.socialvalue.tender;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import uk.gov.lancashire.socialvalue.basics.Problems;
import uk.gov.lancashire.socialvalue.basics.SocialValueStyle;
import uk.gov.lancashire.socialvalue.framework.MeasureCode;

/**
 * How a tender's bids are evaluated: criteria whose weights add up to exactly 100 (for example quality
 * 70 / price 20 / social value 10, or quality 30 / social value 10 / price 60), the social value weight
 * split into a quantitative part (the valued offer) and qualitative parts (the delivery plan), the
 * measure shortlist bidders may commit to, and the credibility rules.
 *
 * <p>A scheme has exactly one price criterion and at most one quantitative social value criterion
 * (it scores the whole offer). Qualitative criteria may be many. Validation reports every problem.
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

  /** @return the measures bidders are asked to commit to (a shortlist, often at most six) */
  public abstract Set<MeasureCode> shortlist();

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
      problems.check(ids.add(criteria().get(i).id()), "criteria[" + i + "].id",
          "duplicate criterion id '" + criteria().get(i).id() + "'");
    }
    long prices = criteria().stream().filter(c -> c.kind() == CriterionKind.PRICE).count();
    problems.check(prices == 1, "criteria", "needs exactly one PRICE criterion, has " + prices);
    long offers = criteria().stream().filter(c -> c.kind() == CriterionKind.SOCIAL_VALUE_QUANTITATIVE).count();
    problems.check(offers <= 1, "criteria", "may have at most one SOCIAL_VALUE_QUANTITATIVE criterion, has " + offers);
    problems.check(!shortlist().isEmpty(), "shortlist", "must name at least one measure");
    problems.throwIfAny();
  }

  /** Builds an {@link EvaluationScheme}. */
  public static final class Builder extends ImmutableEvaluationScheme.Builder {
    Builder() {}
  }
}
