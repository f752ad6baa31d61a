package uk.gov.lancashire.socialvalue.pricebase;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import org.immutables.value.Value;
import uk.gov.lancashire.socialvalue.basics.ProblemPath;
import uk.gov.lancashire.socialvalue.basics.Problems;
import uk.gov.lancashire.socialvalue.basics.SocialValueStyle;
import uk.gov.lancashire.socialvalue.basics.ValidationException;

/**
 * A named price index series, year to index value, such as "GDP deflator, calendar years, 2023 = 100".
 *
 * <p>Values in one price year are restated to another with {@code V_target = V × I_target ÷ I_base}
 * (Green Book). Financial-year and calendar-year series differ, so the series is named and every
 * valuation that restates a value records which series it used. The SDK ships no series: they are user
 * data. Index values must be positive; the years need not be contiguous, but a year that is asked for
 * must be present: a missing year is an error, never an interpolation.
 *
 * <p>Division is done with the caller's {@link MathContext}; nothing is rounded otherwise.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SocialValueStyle
public abstract class PriceIndexSeries implements WithPriceIndexSeries {

  PriceIndexSeries() {}

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Creates a series.
   *
   * @param name what the series is, e.g. {@code GDP deflator, calendar years}
   * @param indexByYear the index value of each year
   * @return the series
   */
  public static PriceIndexSeries of(String name, Map<Integer, BigDecimal> indexByYear) {
    return builder().name(name).putAllIndexByYear(indexByYear).build();
  }

  /** @return the name of the series, recorded with every result that uses it */
  public abstract String name();

  /** @return the index value of each year, in year order */
  @Value.NaturalOrder
  public abstract SortedMap<Integer, BigDecimal> indexByYear();

  /**
   * @param year a year
   * @return the index value of that year
   * @throws ValidationException when the series has no value for the year
   */
  public BigDecimal index(int year) {
    BigDecimal value = indexByYear().get(year);
    if (value == null) {
      throw ValidationException.at(ProblemPath.of("indexByYear").key(year),
          "series '" + name() + "' has no index value for " + year + " (it covers "
              + indexByYear().firstKey() + "–" + indexByYear().lastKey() + ")");
    }
    return value;
  }

  /**
   * @param year a year
   * @return true when the series has a value for it
   */
  public boolean covers(int year) {
    return indexByYear().containsKey(year);
  }

  /**
   * The factor {@code I_target ÷ I_base} that restates a value in {@code baseYear} prices to
   * {@code targetYear} prices; exactly one when the years are equal.
   *
   * @param baseYear the price year the value is in
   * @param targetYear the price year wanted
   * @param mathContext the precision of the division
   * @return the factor
   */
  public BigDecimal factor(int baseYear, int targetYear, MathContext mathContext) {
    Objects.requireNonNull(mathContext, "mathContext");
    if (baseYear == targetYear) {
      return BigDecimal.ONE;
    }
    return index(targetYear).divide(index(baseYear), mathContext);
  }

  /**
   * Restates a value: {@code V × I_target ÷ I_base}.
   *
   * @param value the value in {@code baseYear} prices
   * @param baseYear its price year
   * @param targetYear the price year wanted
   * @param mathContext the precision of the arithmetic
   * @return the value in {@code targetYear} prices
   */
  public BigDecimal restate(BigDecimal value, int baseYear, int targetYear, MathContext mathContext) {
    return value.multiply(factor(baseYear, targetYear, mathContext), mathContext);
  }

  @Value.Check
  void check() {
    Problems problems = new Problems();
    problems.check(!name().isBlank(), "name", "must not be blank");
    problems.check(!indexByYear().isEmpty(), "indexByYear", "must hold at least one year");
    indexByYear().forEach((year, value) -> problems.check(value.signum() > 0, ProblemPath.of("indexByYear").key(year),
        "must be positive, was " + value.toPlainString()));
    problems.throwIfAny();
  }

  /** Builds a {@link PriceIndexSeries}. */
  public static final class Builder extends ImmutablePriceIndexSeries.Builder {
    Builder() {}
  }
}
