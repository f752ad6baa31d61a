package uk.gov.lancashire.socialvalue.pricebase;

import static uk.gov.lancashire.socialvalue.PublicEdge.call;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import uk.gov.lancashire.socialvalue.EdgeValues;

/** Price index series with edge values: only a result, a ValidationException or a named NPE. */
class PriceBaseEdgeProperties extends EdgeValues {

  @Property(tries = 300)
  void seriesFactorsAndRestatements(@ForAll("decimals") BigDecimal base, @ForAll("decimals") BigDecimal target,
      @ForAll("decimals") BigDecimal value, @ForAll("ints") int year, @ForAll("ints") int precision,
      @ForAll("modes") RoundingMode mode) {
    call(() -> {
      Map<Integer, BigDecimal> index = new TreeMap<>();
      index.put(2024, base);
      index.put(year, target);
      PriceIndexSeries series = PriceIndexSeries.of("cpi", index);
      series.index(year);
      series.covers(year);
      series.factor(2024, year, new MathContext(Math.max(0, Math.min(precision, 100)), mode));
      series.restate(value, year, 2024, MathContext.DECIMAL128);
    });
    call(() -> PriceIndexSeries.of("cpi", Map.of()));
    call(() -> PriceIndexSeries.of("cpi", Map.of(2024, BigDecimal.ONE)).index(year));
    call(() -> PriceIndexSeries.of("cpi", Map.of(2024, BigDecimal.ONE)).restate(null, 2024, 2024,
        MathContext.DECIMAL128));
  }
}
