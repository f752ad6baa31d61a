package uk.gov.lancashire.socialvalue.valuation;

import static uk.gov.lancashire.socialvalue.PublicEdge.call;

import java.math.BigDecimal;
import java.math.RoundingMode;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import uk.gov.lancashire.socialvalue.framework.Unit;
import uk.gov.lancashire.socialvalue.EdgeValues;

/** Ratios and quantities with edge values: only a result, a ValidationException or a named NPE. */
class ValuationEdgeProperties extends EdgeValues {

  @Example
  void unnecessaryRoundingOfARatioThatNeedsItIsABadArgument() {
    call(() -> Ratio.of("SROI", new BigDecimal("4.5678")).toText(2, RoundingMode.UNNECESSARY));
  }

  @Property(tries = 300)
  void ratios(@ForAll("decimals") BigDecimal value, @ForAll("ints") int scale, @ForAll("modes") RoundingMode mode) {
    call(() -> Ratio.of("r", value).toText(scale, mode));
    call(() -> Ratio.of(null, value));
  }

  @Property(tries = 300)
  void quantities(@ForAll("decimals") BigDecimal amount, @ForAll("decimals") BigDecimal factor, @ForAll Unit unit,
      @ForAll String text, @ForAll("ints") int count) {
    call(() -> Quantity.of(amount, unit).multipliedBy(factor));
    call(() -> Quantity.of(amount, unit).overYears(factor));
    call(() -> Quantity.of(text, unit));
    call(() -> Quantity.fullTimeEquivalent(count, count));
    call(() -> Quantity.sessionHours(amount, count));
  }
}
