package uk.gov.lancashire.socialvalue.valuation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.immutables.value.Value;
import uk.gov.lancashire.socialvalue.basics.Amounts;
import uk.gov.lancashire.socialvalue.basics.MoneyRounding;
import uk.gov.lancashire.socialvalue.basics.ProblemPath;
import uk.gov.lancashire.socialvalue.framework.Adjustments;
import uk.gov.lancashire.socialvalue.basics.Problems;
import uk.gov.lancashire.socialvalue.basics.SocialValueStyle;
import uk.gov.lancashire.socialvalue.discounting.DiscountSchedule;
import uk.gov.lancashire.socialvalue.discounting.TimingConvention;
import uk.gov.lancashire.socialvalue.pricebase.PriceIndexSeries;

/**
 * A valuation to run: outcome lines, the investment, an optional contract value, a discount schedule
 * and timing convention, and a price base. {@link #result()} values it.
 *
 * <p><b>Precision.</b> Sums and products are exact. Quotients and powers cannot be in general, so they
 * are computed with {@link #MATH_CONTEXT} (34 significant digits, half even, IEEE 754 DECIMAL128):
 * price factors ({@code I_target ÷ I_base}), discount factors, the drop-off decay {@code (1 − d)^(t−1)},
 * ratios and percentages. A figure is then the exact product of its inputs and those stated factors: a
 * 38-digit proxy × 3 keeps every digit. Nothing is rounded to a
 * currency unit until a figure is presented with a {@link MoneyRounding}. Moneta arithmetic and
 * {@code double} are never used for money.
 *
 * <p><b>Currency.</b> Every proxy, the investment and the contract value must be in {@link #currency()}:
 * currencies never mix, and a mismatch is a {@link uk.gov.lancashire.socialvalue.basics.ValidationException}.
 *
 * <p><b>Price base.</b> Values are added only in one price year. Proxies in the price base year are
 * used as they are; others are restated with the {@link #priceIndex()} series ({@code V × I_target ÷
 * I_base}), which the result records. Without a series, proxies in different price years (or a price
 * base year other than the proxies') are refused, never silently summed. When {@link #priceBaseYear()}
 * is absent the proxies' common price year is the base. The investment and contract value are taken
 * to be in the price base year.
 *
 * <p><b>Investment.</b> Amounts by period ({@code 0} for the first). Their present value uses the same
 * schedule with period 0 undiscounted, whatever the timing convention of the outcomes: inputs are spent
 * at the start of a period, outcomes accrue over it.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SocialValueStyle
public abstract class Valuation implements WithValuation {

  /** The precision of every quotient and power: 34 significant digits, half even (DECIMAL128). */
  public static final MathContext MATH_CONTEXT = MathContext.DECIMAL128;

  Valuation() {}

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the currency of every amount */
  public abstract CurrencyUnit currency();

  /** @return the outcome lines, at least one, with unique ids */
  public abstract List<OutcomeLine> lines();

  /** @return the investment (inputs) by period; may be empty when no return is asked for */
  public abstract Map<Integer, MonetaryAmount> investment();

  /** @return the contract value, for SV% and "£ per £1" */
  public abstract Optional<MonetaryAmount> contractValue();

  /** @return the discount schedule; the Green Book declining schedule by default */
  @Value.Default
  public DiscountSchedule discountSchedule() {
    return DiscountSchedule.greenBook();
  }

  /** @return the timing convention; Green Book (year 0 undiscounted) by default */
  @Value.Default
  public TimingConvention timing() {
    return TimingConvention.GREEN_BOOK;
  }

  /** @return the price base year; the proxies' common price year when absent */
  public abstract OptionalInt priceBaseYear();

  /** @return the price index series used to restate proxies in other price years */
  public abstract Optional<PriceIndexSeries> priceIndex();

  /** @return the price year every figure of the result is in */
  public int priceBaseYearUsed() {
    return priceBaseYear().orElseGet(() -> lines().get(0).proxyUsed().priceYear());
  }

  /** @return the valuation's result: every line valued, with totals, returns and explanations */
  @Value.Lazy
  public ValuationResult result() {
    int base = priceBaseYearUsed();
    int horizon = lines().stream().mapToInt(l -> l.firstPeriod() + l.durationUsed()).max().orElse(0);
    horizon = Math.max(horizon, investment().keySet().stream().mapToInt(p -> p + 1).max().orElse(0));
    List<BigDecimal> factors = discountSchedule().factors(horizon, timing(), MATH_CONTEXT);
    List<ValuedLine> valued = lines().stream()
        .map(line -> ValuedLine.compute(line, currency(), base, priceFactor(line, base), factors, MATH_CONTEXT))
        .collect(java.util.stream.Collectors.toList());
    return new ValuationResult(this, valued,
        Amounts.of(ValuationResult.investmentPresentValue(this, horizon), currency()), horizon);
  }

  /**
   * @param lines other lines
   * @return a copy of this valuation with those lines, validated again
   */
  public abstract Valuation withLines(Iterable<? extends OutcomeLine> lines);

  /**
   * @param investment another investment by period
   * @return a copy of this valuation with that investment, validated again
   */
  public abstract Valuation withInvestment(Map<Integer, ? extends MonetaryAmount> investment);

  /**
   * @param contractValue another contract value
   * @return a copy of this valuation with that contract value, validated again
   */
  public abstract Valuation withContractValue(MonetaryAmount contractValue);

  /**
   * @param schedule another discount schedule
   * @return a copy of this valuation discounted with that schedule
   */
  public abstract Valuation withDiscountSchedule(DiscountSchedule schedule);

  private BigDecimal priceFactor(OutcomeLine line, int base) {
    int year = line.proxyUsed().priceYear();
    return year == base ? BigDecimal.ONE : priceIndex().orElseThrow().factor(year, base, MATH_CONTEXT);
  }

  @Value.Check
  void check() {
    Problems problems = new Problems();
    problems.check(!lines().isEmpty(), "lines", "must hold at least one line");
    Set<String> ids = new HashSet<>();
    SortedSet<Integer> priceYears = new TreeSet<>();
    for (int i = 0; i < lines().size(); i++) {
      OutcomeLine line = lines().get(i);
      problems.check(ids.add(line.id()), ProblemPath.of("lines").index(i).property("id"), "duplicate id '" + line.id() + "'");
      CurrencyUnit proxyCurrency = line.proxyUsed().amount().getCurrency();
      problems.check(proxyCurrency.equals(currency()), ProblemPath.of("lines").index(i).property("proxy"),
          "is in " + proxyCurrency + " but the valuation is in " + currency() + "; currencies never mix");
      priceYears.add(line.proxyUsed().priceYear());
    }
    investment().forEach((period, amount) -> {
      ProblemPath path = ProblemPath.of("investment").key(period);
      problems.check(period >= 0 && period <= Adjustments.MAX_DURATION_YEARS, path,
          "period must be from 0 to " + Adjustments.MAX_DURATION_YEARS + ", was " + period);
      if (problems.check(amount.getCurrency().equals(currency()), path,
          "is in " + amount.getCurrency() + " but the valuation is in " + currency() + "; currencies never mix")) {
        problems.check(Amounts.decimal(amount).signum() >= 0, path, "must not be negative");
      }
    });
    contractValue().ifPresent(v -> problems.check(v.getCurrency().equals(currency()), "contractValue",
        "is in " + v.getCurrency() + " but the valuation is in " + currency() + "; currencies never mix"));
    if (!lines().isEmpty()) {
      checkPriceBase(problems, priceYears);
    }
    problems.throwIfAny();
  }

  private void checkPriceBase(Problems problems, SortedSet<Integer> priceYears) {
    Set<Integer> needed = new TreeSet<>(priceYears);
    if (priceBaseYear().isPresent()) {
      needed.add(priceBaseYear().getAsInt());
    } else if (priceYears.size() > 1) {
      problems.add("priceBaseYear", "proxies are in price years " + priceYears
          + "; give a price base year (and a price index series) to restate them to one year");
      return;
    }
    if (needed.size() > 1 && priceIndex().isEmpty()) {
      problems.add("priceIndex", "values in price years " + needed
          + " cannot be added without a price index series to restate them");
      return;
    }
    priceIndex().ifPresent(series -> {
      if (needed.size() > 1) {
        needed.forEach(year -> problems.check(series.covers(year), "priceIndex",
            "series '" + series.name() + "' has no index value for " + year));
      }
    });
  }

  /** Builds a {@link Valuation}. */
  public static final class Builder extends ImmutableValuation.Builder {
    Builder() {}
  }
}
