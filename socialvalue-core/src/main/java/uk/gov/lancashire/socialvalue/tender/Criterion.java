package uk.gov.lancashire.socialvalue.tender;

import java.math.BigDecimal;
import java.util.List;
import org.immutables.value.Value;
import uk.gov.lancashire.socialvalue.basics.ProblemPath;
import uk.gov.lancashire.socialvalue.basics.Problems;
import uk.gov.lancashire.socialvalue.basics.SocialValueStyle;

/**
 * One criterion of an {@link EvaluationScheme}: an id, a title, a weight (points out of 100), what it
 * evaluates ({@link CriterionKind}) and how ({@link ScoringMethod}).
 *
 * <p>The method must suit the kind: price is scored {@link ScoringMethod#LOWEST_PRICE}; the quantitative
 * social value part relative to the best offer (by value or SV%) or in absolute bands; quality and the
 * qualitative social value part in {@link ScoringMethod#LEVELS levels}, out of {@link #maxMark()}.
 *
 * <p><b>Qualitative-only social value (PPN 002).</b> The UK Government's Social Value Model assesses social
 * value qualitatively: a method statement marked on a scale against the policy outcomes and model award
 * criteria the buyer selected, not a monetised offer (PPN 002, February 2025; research note §1.8–1.9). Such
 * a criterion is a {@link CriterionKind#SOCIAL_VALUE_QUALITATIVE} criterion naming its {@link #outcomes()}
 * and {@link #awardCriteria()} and declaring its marking {@link #scale()}; a scheme made only of such
 * social value criteria needs no measure shortlist. PPN 002 prescribes no scale (none was found): the
 * scale is the buyer's, declared before bids are opened ({@link #qualitative}).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SocialValueStyle
public abstract class Criterion implements WithCriterion {

  private static final BigDecimal FIVE = BigDecimal.valueOf(5);

  Criterion() {}

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * @param weight the weight
   * @return a price criterion with id {@code price}, scored lowest ÷ bid
   */
  public static Criterion price(BigDecimal weight) {
    return new Builder().id("price").title("Price").weight(weight)
        .kind(CriterionKind.PRICE).method(ScoringMethod.LOWEST_PRICE).build();
  }

  /**
   * @param weight the weight
   * @param method {@link ScoringMethod#RELATIVE_TO_BEST_VALUE} or {@link ScoringMethod#RELATIVE_TO_BEST_SV_PERCENT}
   * @return the quantitative social value criterion, id {@code sv-offer}
   */
  public static Criterion socialValueOffer(BigDecimal weight, ScoringMethod method) {
    return new Builder().id("sv-offer").title("Social value offer").weight(weight)
        .kind(CriterionKind.SOCIAL_VALUE_QUANTITATIVE).method(method).build();
  }

  /**
   * @param id the criterion id, which bids' answers are keyed by
   * @param title the title
   * @param weight the weight
   * @return a quality criterion scored in levels 1–5
   */
  public static Criterion quality(String id, String title, BigDecimal weight) {
    return new Builder().id(id).title(title).weight(weight)
        .kind(CriterionKind.QUALITY).method(ScoringMethod.LEVELS).build();
  }

  /**
   * @param id the criterion id, which bids' answers are keyed by
   * @param title the title
   * @param weight the weight
   * @return a qualitative social value criterion (the delivery plan) scored in levels 1–5
   */
  public static Criterion socialValuePlan(String id, String title, BigDecimal weight) {
    return new Builder().id(id).title(title).weight(weight)
        .kind(CriterionKind.SOCIAL_VALUE_QUALITATIVE).method(ScoringMethod.LEVELS).build();
  }

  /**
   * A qualitative social value criterion in the PPN 002 style: marked on a declared scale against
   * selected policy outcomes and award criteria.
   *
   * @param id the criterion id, which bids' answers are keyed by
   * @param title the title
   * @param weight the weight
   * @param scale the marks a panel may award, ascending, the last being the maximum (e.g. 0, 20, 40, 70, 100)
   * @param outcomes the ids of the policy outcomes selected (e.g. {@code ppn002-outcome-1})
   * @param awardCriteria the ids of the award criteria selected (e.g. {@code MAC-1a})
   * @return the criterion
   */
  public static Criterion qualitative(String id, String title, BigDecimal weight, List<BigDecimal> scale,
      List<String> outcomes, List<String> awardCriteria) {
    return new Builder().id(id).title(title).weight(weight).kind(CriterionKind.SOCIAL_VALUE_QUALITATIVE)
        .method(ScoringMethod.LEVELS).maxMark(scale.isEmpty() ? FIVE : scale.get(scale.size() - 1))
        .addAllScale(scale).addAllOutcomes(outcomes).addAllAwardCriteria(awardCriteria).build();
  }

  /** @return the id, unique within the scheme */
  public abstract String id();

  /** @return the title */
  public abstract String title();

  /** @return the weight: the most points this criterion can award, out of 100 for the scheme */
  public abstract BigDecimal weight();

  /** @return what the criterion evaluates */
  public abstract CriterionKind kind();

  /** @return how the criterion scores */
  public abstract ScoringMethod method();

  /** @return the highest mark for {@link ScoringMethod#LEVELS}; 5 by default (levels 1–5) */
  @Value.Default
  public BigDecimal maxMark() {
    return FIVE;
  }

  /** @return the bands of an {@link ScoringMethod#ABSOLUTE_BANDS} criterion, by ascending minimum SV% */
  public abstract List<ScoreBand> bands();

  /**
   * @return the marks a panel may award on a {@link ScoringMethod#LEVELS} criterion, ascending, ending at
   *     {@link #maxMark()}; empty for any mark in [0, maxMark]
   */
  public abstract List<BigDecimal> scale();

  /** @return the policy outcomes a qualitative social value criterion is marked against, by id */
  public abstract List<String> outcomes();

  /** @return the award criteria (e.g. PPN 002 model award criteria) it is marked against, by id */
  public abstract List<String> awardCriteria();

  /**
   * @param mark a mark
   * @return true when the mark is one this criterion may award
   */
  public boolean allows(BigDecimal mark) {
    boolean inRange = mark.signum() >= 0 && mark.compareTo(maxMark()) <= 0;
    return inRange && (scale().isEmpty() || scale().stream().anyMatch(m -> m.compareTo(mark) == 0));
  }

  @Value.Check
  void check() {
    Problems problems = new Problems();
    problems.check(!id().isBlank(), "id", "must not be blank");
    problems.check(weight().signum() >= 0 && weight().compareTo(BigDecimal.valueOf(100)) <= 0, "weight",
        "must be between 0 and 100, was " + weight().toPlainString());
    problems.check(maxMark().signum() > 0, "maxMark", "must be positive, was " + maxMark().toPlainString());
    problems.check(suits(kind(), method()), "method", method() + " cannot score a " + kind() + " criterion");
    problems.check(method() != ScoringMethod.ABSOLUTE_BANDS || !bands().isEmpty(), "bands",
        "an ABSOLUTE_BANDS criterion needs at least one band");
    problems.check(method() == ScoringMethod.ABSOLUTE_BANDS || bands().isEmpty(), "bands",
        "only an ABSOLUTE_BANDS criterion has bands");
    problems.check(method() == ScoringMethod.LEVELS || scale().isEmpty(), "scale",
        "only a LEVELS criterion has a marking scale");
    for (int i = 0; i < scale().size(); i++) {
      problems.check(scale().get(i).signum() >= 0 && (i == 0 || scale().get(i).compareTo(scale().get(i - 1)) > 0),
          ProblemPath.of("scale").index(i), "marks must be non-negative and strictly ascending");
    }
    problems.check(scale().isEmpty() || scale().get(scale().size() - 1).compareTo(maxMark()) == 0, "scale",
        "the last mark of the scale must be the maximum mark " + maxMark().toPlainString());
    problems.check(kind() == CriterionKind.SOCIAL_VALUE_QUALITATIVE || outcomes().isEmpty() && awardCriteria().isEmpty(),
        "outcomes", "only a qualitative social value criterion names outcomes and award criteria");
    for (int i = 1; i < bands().size(); i++) {
      problems.check(bands().get(i).minimumSvPercent().compareTo(bands().get(i - 1).minimumSvPercent()) > 0,
          ProblemPath.of("bands").index(i).property("minimumSvPercent"), "bands must be in strictly ascending order of minimum SV%");
    }
    problems.throwIfAny();
  }

  private static boolean suits(CriterionKind kind, ScoringMethod method) {
    switch (kind) {
      case PRICE:
        return method == ScoringMethod.LOWEST_PRICE;
      case SOCIAL_VALUE_QUANTITATIVE:
        return method == ScoringMethod.RELATIVE_TO_BEST_VALUE
            || method == ScoringMethod.RELATIVE_TO_BEST_SV_PERCENT
            || method == ScoringMethod.RELATIVE_TO_BEST_NEEDS_WEIGHTED_VALUE
            || method == ScoringMethod.ABSOLUTE_BANDS;
      default:
        return method == ScoringMethod.LEVELS;
    }
  }

  /** Builds a {@link Criterion}. */
  public static final class Builder extends ImmutableCriterion.Builder {
    Builder() {}
  }
}
