package uk.gov.lancashire.socialvalue.valuation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import uk.gov.lancashire.socialvalue.framework.Measure;
import uk.gov.lancashire.socialvalue.framework.Unit;

/**
 * Generated inputs of one outcome line for property tests (all values invented), and the generators.
 *
 * @param quantity the quantity, may be negative
 * @param proxy the proxy, positive
 * @param deadweight the deadweight
 * @param displacement the displacement
 * @param attribution the attribution
 * @param dropOff the drop-off
 * @param duration the duration in years
 * @param activityPeriod the activity period
 * @param nextPeriod whether the outcome starts in the next period
 */
public record LineSpec(BigDecimal quantity, BigDecimal proxy, BigDecimal deadweight, BigDecimal displacement,
    BigDecimal attribution, BigDecimal dropOff, int duration, int activityPeriod, boolean nextPeriod) {

  /** The measure every generated line counts. */
  public static final Measure MEASURE = Fixtures.measure("NT50", Unit.COUNT);

  /** @return fractions in [0, 1] */
  public static Arbitrary<BigDecimal> fractions() {
    return Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.ONE).ofScale(3);
  }

  /**
   * @param allowNegative whether quantities may be negative
   * @return line inputs
   */
  public static Arbitrary<LineSpec> specs(boolean allowNegative) {
    Arbitrary<BigDecimal> quantities = Arbitraries.bigDecimals()
        .between(allowNegative ? new BigDecimal("-1000") : new BigDecimal("0.01"), new BigDecimal("1000")).ofScale(2);
    Arbitrary<BigDecimal> proxies = Arbitraries.bigDecimals()
        .between(new BigDecimal("0.01"), new BigDecimal("5000")).ofScale(2);
    Arbitrary<int[]> timing = Combinators.combine(
        Arbitraries.integers().between(1, 6), Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, 1))
        .as((d, a, n) -> new int[] {d, a, n});
    return Combinators.combine(quantities, proxies, fractions(), fractions(), fractions(), fractions(), timing)
        .as((q, p, dw, ds, at, dr, t) -> new LineSpec(q, p, dw, ds, at, dr, t[0], t[1], t[2] == 1));
  }

  /**
   * @param id the line id
   * @return the outcome line
   */
  public OutcomeLine line(String id) {
    return OutcomeLine.builder().id(id).measure(MEASURE).quantity(Quantity.of(quantity, Unit.COUNT))
        .proxy(Fixtures.proxy(proxy.toPlainString(), Unit.COUNT))
        .deadweight(deadweight).displacement(displacement).attribution(attribution).dropOff(dropOff)
        .durationYears(duration).activityPeriod(activityPeriod)
        .start(nextPeriod ? OutcomeStart.NEXT_PERIOD : OutcomeStart.SAME_PERIOD)
        .build();
  }

  /**
   * @param specs line inputs
   * @return lines with ids {@code L0}, {@code L1}, …
   */
  public static List<OutcomeLine> lines(List<LineSpec> specs) {
    List<OutcomeLine> lines = new ArrayList<>();
    for (int i = 0; i < specs.size(); i++) {
      lines.add(specs.get(i).line("L" + i));
    }
    return lines;
  }
}
