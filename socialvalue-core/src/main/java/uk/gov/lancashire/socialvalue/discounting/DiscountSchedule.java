package uk.gov.lancashire.socialvalue.discounting;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.immutables.value.Value;
import uk.gov.lancashire.socialvalue.basics.ProblemPath;
import uk.gov.lancashire.socialvalue.basics.Problems;
import uk.gov.lancashire.socialvalue.basics.SocialValueStyle;

/**
 * A discount rate schedule held as data: named bands of yearly rates.
 *
 * <p>The discount factor is a product of per-year factors, applied year by year:
 * {@code DF(n) = 1 ÷ ((1 + r(1)) × (1 + r(2)) × … × (1 + r(n)))}, where {@code r(k)} is the rate of
 * the band containing year {@code k} and {@code n} is the number of discounted years given by the
 * {@link TimingConvention}. So the Green Book schedule (3.5% for years 0–30, 3.0% for 31–75, …) gives
 * {@code 1 ÷ (1.035^30 × 1.03^(t − 30))} for a year {@code t} in 31–75, not {@code 1 ÷ 1.03^t}.
 *
 * <p>The Green Book rates are versioned data (a review of the rate was reported in 2026): {@link
 * #greenBook()} is the schedule as published in the HM Treasury Green Book, and any other schedule can be given
 * with {@link #custom(String, List)}.
 *
 * <p>The product is accumulated with the caller's {@link MathContext} and inverted once.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SocialValueStyle
public abstract class DiscountSchedule implements WithDiscountSchedule {

  private static final DiscountSchedule GREEN_BOOK = custom(
      "HM Treasury Green Book declining STPR: 3.5% years 0–30, 3.0% 31–75, 2.5% 76–125, 2.0% 126–200, "
          + "1.5% 201–300, 1.0% 301+",
      List.of(
          DiscountBand.of(0, new BigDecimal("0.035")),
          DiscountBand.of(31, new BigDecimal("0.030")),
          DiscountBand.of(76, new BigDecimal("0.025")),
          DiscountBand.of(126, new BigDecimal("0.020")),
          DiscountBand.of(201, new BigDecimal("0.015")),
          DiscountBand.of(301, new BigDecimal("0.010"))));

  DiscountSchedule() {}

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the Green Book declining schedule of the social time preference rate */
  public static DiscountSchedule greenBook() {
    return GREEN_BOOK;
  }

  /**
   * @param rate the yearly rate for every year, in [0, 1)
   * @return a flat schedule
   */
  public static DiscountSchedule flat(BigDecimal rate) {
    return custom("flat " + rate.movePointRight(2).stripTrailingZeros().toPlainString() + "%",
        List.of(DiscountBand.of(0, rate)));
  }

  /** @return a zero rate: every discount factor is one, so present value equals the undiscounted sum */
  public static DiscountSchedule zero() {
    return custom("zero rate (undiscounted)", List.of(DiscountBand.of(0, BigDecimal.ZERO)));
  }

  /**
   * @param name what the schedule is, recorded in explanations
   * @param bands the bands; the first must start at year 0, and starts must rise
   * @return the schedule
   */
  public static DiscountSchedule custom(String name, List<DiscountBand> bands) {
    return builder().name(name).addAllBands(bands).build();
  }

  /** @return the name, recorded with every result */
  public abstract String name();

  /** @return the bands, by rising start year; the first starts at year 0 */
  public abstract List<DiscountBand> bands();

  /**
   * @param year a year, 0 or more
   * @return the rate of the band containing it
   */
  public BigDecimal rate(int year) {
    BigDecimal rate = bands().get(0).rate();
    for (DiscountBand band : bands()) {
      if (band.fromYear() > year) {
        break;
      }
      rate = band.rate();
    }
    return rate;
  }

  /**
   * The discount factor of one period.
   *
   * @param period the period, 0 for the first
   * @param convention when discounting starts
   * @param mathContext the precision
   * @return the factor, in (0, 1]
   */
  public BigDecimal factor(int period, TimingConvention convention, MathContext mathContext) {
    return factors(period + 1, convention, mathContext).get(period);
  }

  /**
   * The discount factors of periods {@code 0 … periods − 1}, computed incrementally.
   *
   * @param periods how many periods, 0 or more
   * @param convention when discounting starts
   * @param mathContext the precision
   * @return the factors, one per period
   */
  public List<BigDecimal> factors(int periods, TimingConvention convention, MathContext mathContext) {
    Objects.requireNonNull(convention, "convention");
    Objects.requireNonNull(mathContext, "mathContext");
    List<BigDecimal> factors = new ArrayList<>(Math.max(periods, 0));
    BigDecimal growth = BigDecimal.ONE;
    int years = 0;
    for (int period = 0; period < periods; period++) {
      int wanted = convention.discountedYears(period);
      while (years < wanted) {
        years++;
        growth = growth.multiply(BigDecimal.ONE.add(rate(years)), mathContext);
      }
      factors.add(BigDecimal.ONE.divide(growth, mathContext));
    }
    return List.copyOf(factors);
  }

  @Value.Check
  void check() {
    Problems problems = new Problems();
    problems.check(!name().isBlank(), "name", "must not be blank");
    if (problems.check(!bands().isEmpty(), "bands", "must hold at least one band")) {
      problems.check(bands().get(0).fromYear() == 0, ProblemPath.of("bands").index(0).property("fromYear"),
          "the first band must start at year 0, was " + bands().get(0).fromYear());
      for (int i = 1; i < bands().size(); i++) {
        problems.check(bands().get(i).fromYear() > bands().get(i - 1).fromYear(), ProblemPath.of("bands").index(i).property("fromYear"),
            "must be after the previous band's start (" + bands().get(i - 1).fromYear() + "), was "
                + bands().get(i).fromYear());
      }
    }
    problems.throwIfAny();
  }

  /** Builds a {@link DiscountSchedule}. */
  public static final class Builder extends ImmutableDiscountSchedule.Builder {
    Builder() {}
  }
}
