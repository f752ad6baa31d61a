package uk.gov.lancashire.socialvalue.basics;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A total and its parts rounded for presentation so that the rounded parts add up to the rounded total
 * (see {@link MoneyRounding#allocate(List)}).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RoundedBreakdown {

  private final Map<String, BigDecimal> parts;
  private final BigDecimal total;
  private final MoneyRounding rounding;

  private RoundedBreakdown(Map<String, BigDecimal> parts, BigDecimal total, MoneyRounding rounding) {
    this.parts = parts;
    this.total = total;
    this.rounding = rounding;
  }

  /**
   * Rounds a breakdown.
   *
   * @param labels the part labels, unique
   * @param exactParts the exact parts, one per label
   * @param rounding how to round
   * @return the rounded breakdown
   */
  public static RoundedBreakdown of(List<String> labels, List<BigDecimal> exactParts, MoneyRounding rounding) {
    Objects.requireNonNull(labels, "labels");
    Objects.requireNonNull(exactParts, "exactParts");
    Objects.requireNonNull(rounding, "rounding");
    if (labels.size() != exactParts.size()) {
      throw ValidationException.of("parts", "has " + exactParts.size() + " parts for " + labels.size() + " labels");
    }
    List<BigDecimal> rounded = rounding.allocate(exactParts);
    Map<String, BigDecimal> parts = new LinkedHashMap<>();
    for (int i = 0; i < labels.size(); i++) {
      if (parts.put(labels.get(i), rounded.get(i)) != null) {
        throw ValidationException.at(ProblemPath.of("labels").index(i), "duplicate label '" + labels.get(i) + "'");
      }
    }
    BigDecimal total = exactParts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    return new RoundedBreakdown(Collections.unmodifiableMap(parts), rounding.round(total), rounding);
  }

  /** @return the rounded parts, by label, in order */
  public Map<String, BigDecimal> parts() {
    return parts;
  }

  /** @return the rounded total; equal to the sum of {@link #parts()} */
  public BigDecimal total() {
    return total;
  }

  /** @return the rounding used */
  public MoneyRounding rounding() {
    return rounding;
  }
}
