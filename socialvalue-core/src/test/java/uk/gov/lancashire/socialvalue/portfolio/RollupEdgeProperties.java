package uk.gov.lancashire.socialvalue.portfolio;

import static uk.gov.lancashire.socialvalue.PublicEdge.call;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import uk.gov.lancashire.socialvalue.EdgeValues;
import uk.gov.lancashire.socialvalue.basics.FinancialYear;

/** The fast roll-up with edge values: only a result, a ValidationException or a named NPE. */
class RollupEdgeProperties extends EdgeValues {

  private static final PortfolioRollup PLAN = PortfolioRollup.of(RollupFixtures.framework(), RollupFixtures.edition(
      List.of(new BigDecimal("1234.56"), new BigDecimal("99999999999999999999.99"), new BigDecimal("0.000001"),
          new BigDecimal("7"))));



  @Example
  void extremeScalesAreRefusedNotACrash() {
    call(() -> PLAN.accumulator().add(0, 2024, 5, Integer.MIN_VALUE));
    call(() -> PLAN.accumulator().add(0, 2024, 5, Integer.MAX_VALUE));
  }

  @Property(tries = 300)
  void primitiveAdds(@ForAll("ints") int measure, @ForAll("ints") int year, @ForAll long unscaled,
      @ForAll("ints") int scale, @ForAll("ints") int otherScale) {
    call(() -> {
      PortfolioRollup.Accumulator a = PLAN.accumulator();
      a.add(Math.floorMod(measure, RollupFixtures.MEASURES.size()), 2024, unscaled, otherScale);
      a.add(measure, year, unscaled, scale);
      a.add(1, 2025, Long.MAX_VALUE, scale);
      a.addAll(PLAN.accumulator()).result();
    });
  }

  @Property(tries = 300)
  void decimalAdds(@ForAll("decimals") BigDecimal quantity, @ForAll("decimals") BigDecimal other) {
    call(() -> {
      PortfolioRollup.Accumulator a = PLAN.accumulator();
      a.add(RollupFixtures.WEIGHTED, FinancialYear.of(2024), quantity);
      a.add(RollupFixtures.THREE_WAY, FinancialYear.of(2024), other);
      a.add(RollupFixtures.WEIGHTED, FinancialYear.of(2024), other);
      a.result();
    });
    call(() -> PLAN.accumulator().add(RollupFixtures.WEIGHTED, null, quantity));
  }
}
