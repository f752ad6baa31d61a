package uk.gov.lancashire.socialvalue.tender;

import java.math.BigDecimal;
import java.util.List;
import org.immutables.value.Value;
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
    for (int i = 1; i < bands().size(); i++) {
      problems.check(bands().get(i).minimumSvPercent().compareTo(bands().get(i - 1).minimumSvPercent()) > 0,
          "bands[" + i + "].minimumSvPercent", "bands must be in strictly ascending order of minimum SV%");
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
