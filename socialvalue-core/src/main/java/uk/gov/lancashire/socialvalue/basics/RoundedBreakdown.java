package uk.gov.lancashire.socialvalue.basics;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A total and its parts rounded for presentation so that the rounded parts add up to the rounded total
 * (see {@link MoneyRounding#allocate(List)}). Parts and total are plain decimals: this is a presentation
 * of figures already rounded, for any decimal breakdown, and carries no currency of its own.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param parts the rounded parts, by label, in order (copied, order kept)
 * @param total the rounded total; equal to the sum of {@link #parts()}
 * @param rounding the rounding used
 */
public record RoundedBreakdown(Map<String, BigDecimal> parts, BigDecimal total, MoneyRounding rounding) {

  /**
   * Checks the rounded parts add up to the rounded total and copies them.
   *
   * @param parts the rounded parts, by label, in order
   * @param total the rounded total; must equal the sum of the parts
   * @param rounding the rounding used
   * @throws ValidationException when the parts do not add up to the total
   */
  public RoundedBreakdown {
    parts = Args.copyOf(parts, "parts");
    Objects.requireNonNull(total, "total");
    Objects.requireNonNull(rounding, "rounding");
    BigDecimal sum = parts.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    if (sum.compareTo(total) != 0) {
      throw ValidationException.of("total", "is " + total.toPlainString() + " but the parts add up to "
          + sum.toPlainString());
    }
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
    return new RoundedBreakdown(parts, rounding.round(total), rounding);
  }
}
