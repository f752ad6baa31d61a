package uk.gov.lancashire.socialvalue.sensitivity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.gov.lancashire.socialvalue.basics.Amounts;
import uk.gov.lancashire.socialvalue.framework.Unit;
import uk.gov.lancashire.socialvalue.valuation.DeadweightModel;
import uk.gov.lancashire.socialvalue.valuation.Fixtures;
import uk.gov.lancashire.socialvalue.valuation.OutcomeLine;
import uk.gov.lancashire.socialvalue.valuation.Quantity;
import uk.gov.lancashire.socialvalue.valuation.Valuation;
import uk.gov.lancashire.socialvalue.valuation.ValuationChains;

/** The hand-worked three-outcome chain (see ValuationTest), with a chosen investment. Illustrative. */
final class ChainFixture {

  private ChainFixture() {}

  static Valuation chain(BigDecimal investment) {
    return ValuationChains.threeOutcomes().withInvestment(Map.of(0, Amounts.of(investment, Fixtures.GBP)));
  }

  static Valuation withRisingLine(BigDecimal investment) {
    Valuation chain = chain(investment);
    List<OutcomeLine> lines = new ArrayList<>(chain.lines());
    lines.add(OutcomeLine.builder().id("D wellbeing").measure(Fixtures.measure("NT60", Unit.COUNT))
        .quantity(Quantity.of("10", Unit.COUNT)).proxy(Fixtures.proxy("100", Unit.COUNT))
        .deadweightModel(DeadweightModel.RISING_DEADWEIGHT)
        .addRisingDeadweights(new BigDecimal("0.15"), new BigDecimal("0.30"), new BigDecimal("0.45")).build());
    return chain.withLines(lines);
  }
}
