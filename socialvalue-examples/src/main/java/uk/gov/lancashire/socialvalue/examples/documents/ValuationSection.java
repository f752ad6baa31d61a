package uk.gov.lancashire.socialvalue.examples.documents;

import java.math.BigDecimal;
import java.math.RoundingMode;
import uk.gov.lancashire.socialvalue.examples.report.ReportPage;
import uk.gov.lancashire.socialvalue.examples.report.SroiTables;
import uk.gov.lancashire.socialvalue.examples.report.Words;
import uk.gov.lancashire.socialvalue.sensitivity.OneWayTable;
import uk.gov.lancashire.socialvalue.sensitivity.SwitchingValue;
import uk.gov.lancashire.socialvalue.sensitivity.SwitchingValues;
import uk.gov.lancashire.socialvalue.basics.MoneyRounding;
import uk.gov.lancashire.socialvalue.valuation.Valuation;
import uk.gov.lancashire.socialvalue.valuation.ValuationResult;

/** The valuation: returns, present value by outcome, switching values and the one-way table with its tornado. */
final class ValuationSection implements ReportSection {

  private static final BigDecimal STEP = new BigDecimal("0.10");

  @Override
  public String id() {
    return "valuation";
  }

  @Override
  public String heading(ReportInputs inputs) {
    return "Social return on investment";
  }

  @Override
  public boolean appliesTo(ReportInputs inputs) {
    return inputs.valuation().isPresent();
  }

  @Override
  public void write(ReportInputs in, ReportPage page) {
    Valuation valuation = in.valuation().orElseThrow();
    ValuationResult v = valuation.result();
    SroiTables sroi = SroiTables.of(v, line -> valuation.lines().stream().filter(l -> l.id().equals(line))
        .findFirst().map(l -> Words.measure(in.framework(), l.measure().code())).orElse(line));
    page.table(sroi.returns("Returns (discounted)", "investment (present value)"));
    page.table(sroi.lines(MoneyRounding.of(v.currency(), RoundingMode.HALF_UP)));
    java.util.List<SwitchingValue> switching = SwitchingValues.of(v);
    page.table(sroi.switching(switching)).note(sroi.switchingSummary(switching));
    OneWayTable oneWay = OneWayTable.of(v, STEP);
    page.table(sroi.oneWay(oneWay));
    page.figure("chart-tornado", "SROI ratio when each input moves 10% either way (the ten widest swings)",
        sroi.tornado(oneWay, 10));
  }
}
