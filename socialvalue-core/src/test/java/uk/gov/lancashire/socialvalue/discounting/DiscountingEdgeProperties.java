package uk.gov.lancashire.socialvalue.discounting;

import static uk.gov.lancashire.socialvalue.PublicEdge.call;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import uk.gov.lancashire.socialvalue.EdgeValues;

/** Discount schedules with edge values: only a result, a ValidationException or a named NPE. */
class DiscountingEdgeProperties extends EdgeValues {

  @Property(tries = 300)
  void ratesAndFactors(@ForAll("decimals") BigDecimal rate, @ForAll("decimals") BigDecimal later,
      @ForAll("ints") int from, @ForAll("ints") int period, @ForAll TimingConvention convention,
      @ForAll("modes") RoundingMode mode) {
    MathContext context = new MathContext(34, mode);
    call(() -> DiscountSchedule.flat(rate).factor(Math.floorMod(period, 60), convention, context));
    call(() -> DiscountSchedule.custom("edge", List.of(DiscountBand.of(0, rate), DiscountBand.of(from, later)))
        .factors(Math.floorMod(period, 60), convention, MathContext.DECIMAL128));
    call(() -> DiscountSchedule.greenBook().rate(period));
    call(() -> DiscountSchedule.greenBook().factor(period, convention, MathContext.DECIMAL128));
    call(() -> DiscountSchedule.greenBook().factors(period, convention, MathContext.DECIMAL128));
    call(() -> DiscountSchedule.zero().factor(period, convention, context));
    call(() -> DiscountSchedule.custom("empty", List.of()));
    call(() -> DiscountSchedule.flat(null));
    call(() -> convention.discountedYears(period));
  }
}
