package uk.gov.lancashire.socialvalue.portfolio;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.money.CurrencyUnit;
import uk.gov.lancashire.socialvalue.basics.Amounts;
import uk.gov.lancashire.socialvalue.basics.ValidationException;
import uk.gov.lancashire.socialvalue.framework.Alignment;
import uk.gov.lancashire.socialvalue.framework.Framework;
import uk.gov.lancashire.socialvalue.framework.Measure;
import uk.gov.lancashire.socialvalue.framework.MeasureCode;
import uk.gov.lancashire.socialvalue.framework.Outcome;
import uk.gov.lancashire.socialvalue.framework.Priority;
import uk.gov.lancashire.socialvalue.framework.PriorityScheme;
import uk.gov.lancashire.socialvalue.framework.Theme;

/**
 * The framework views of exact per-measure sums (by theme, outcome, priority), one implementation for
 * {@link PortfolioAggregate} and the fast {@link PortfolioRollup} path so both split a measure between
 * priorities with exactly the same arithmetic.
 */
final class MeasureViews {

  /**
   * The stated precision of an equal split: each part but the last is the value ÷ n cut down at this
   * many decimal places, and the last part takes the remainder, so the parts add up exactly. A fixed
   * scale (not one derived from the value's own scale) makes the split depend only on the value:
   * {@code 610.00} and {@code 610} split alike.
   */
  static final int EQUAL_SPLIT_SCALE = 20;

  private MeasureViews() {}

  static Breakdown<String> byTheme(Map<MeasureCode, Sums> byMeasure, Framework framework,
      Optional<CurrencyUnit> currency) {
    Map<String, Sums> parts = ordered(framework.themes().stream().map(Theme::id).iterator());
    return classify(byMeasure, parts, code -> framework.themeOf(code).map(Theme::id), currency);
  }

  static Breakdown<String> byOutcome(Map<MeasureCode, Sums> byMeasure, Framework framework,
      Optional<CurrencyUnit> currency) {
    Map<String, Sums> parts = ordered(framework.outcomes().stream().map(Outcome::id).iterator());
    return classify(byMeasure, parts, code -> framework.measure(code).map(Measure::outcomeId), currency);
  }

  static PriorityBreakdown byPriority(Map<MeasureCode, Sums> byMeasure, Framework framework, String schemeId,
      Optional<CurrencyUnit> currency) {
    PriorityScheme scheme = framework.scheme(schemeId).orElseThrow(() ->
        ValidationException.of("schemeId", "no priority scheme '" + schemeId + "' in framework " + framework.id()));
    Map<String, Sums> parts = ordered(scheme.priorities().stream().map(Priority::id).iterator());
    Sums unclassified = new Sums();
    Sums total = new Sums();
    Map<MeasureCode, AlignmentSplit> splits = new TreeMap<>();
    for (Map.Entry<MeasureCode, Sums> e : byMeasure.entrySet()) {
      Sums sums = e.getValue();
      total.add(sums);
      List<Alignment> alignments = framework.measure(e.getKey()).stream().flatMap(m -> m.alignments().stream())
          .filter(a -> a.schemeId().equals(schemeId)).collect(Collectors.toList());
      if (alignments.isEmpty()) {
        unclassified.add(sums);
        splits.put(e.getKey(), AlignmentSplit.UNALIGNED);
        continue;
      }
      boolean weighted = alignments.stream().allMatch(a -> a.weight().isPresent());
      splits.put(e.getKey(), weighted ? AlignmentSplit.WEIGHTED : AlignmentSplit.EQUAL);
      BigDecimal equalPart = sums.value.divide(BigDecimal.valueOf(alignments.size()), EQUAL_SPLIT_SCALE,
          RoundingMode.DOWN);
      BigDecimal allocated = BigDecimal.ZERO;
      for (int i = 0; i < alignments.size(); i++) {
        Alignment a = alignments.get(i);
        BigDecimal part = weighted ? sums.value.multiply(a.weight().get())
            : i < alignments.size() - 1 ? equalPart : sums.value.subtract(allocated);
        allocated = allocated.add(part);
        parts.get(a.priorityId()).addPart(part, sums.count);
      }
    }
    return new PriorityBreakdown(schemeId,
        new Breakdown<>(totals(parts, currency), totals(unclassified, false, currency),
            totals(total, false, currency)), splits);
  }

  static Totals totals(Sums s, boolean withQuantity, Optional<CurrencyUnit> currency) {
    return new Totals(Amounts.of(s.value, currency.orElse(Amounts.NO_CURRENCY)),
        withQuantity ? Optional.of(s.quantity) : Optional.empty(), s.count);
  }

  private static Map<String, Sums> ordered(Iterator<String> keys) {
    Map<String, Sums> parts = new LinkedHashMap<>();
    keys.forEachRemaining(k -> parts.put(k, new Sums()));
    return parts;
  }

  private static Breakdown<String> classify(Map<MeasureCode, Sums> byMeasure, Map<String, Sums> parts,
      Function<MeasureCode, Optional<String>> groupOf, Optional<CurrencyUnit> currency) {
    Sums unclassified = new Sums();
    Sums total = new Sums();
    byMeasure.forEach((code, s) -> {
      total.add(s);
      Optional<Sums> part = groupOf.apply(code).map(parts::get);
      part.orElse(unclassified).add(s);
    });
    return new Breakdown<>(totals(parts, currency), totals(unclassified, false, currency),
        totals(total, false, currency));
  }

  private static Map<String, Totals> totals(Map<String, Sums> parts, Optional<CurrencyUnit> currency) {
    Map<String, Totals> result = new LinkedHashMap<>();
    parts.forEach((k, s) -> result.put(k, totals(s, false, currency)));
    return result;
  }
}
