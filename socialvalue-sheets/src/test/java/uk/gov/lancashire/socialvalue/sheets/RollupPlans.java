package uk.gov.lancashire.socialvalue.sheets;

import java.math.BigDecimal;
import java.time.LocalDate;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import uk.gov.lancashire.socialvalue.basics.Amounts;
import uk.gov.lancashire.socialvalue.framework.Alignment;
import uk.gov.lancashire.socialvalue.framework.Framework;
import uk.gov.lancashire.socialvalue.framework.Measure;
import uk.gov.lancashire.socialvalue.framework.MeasureCode;
import uk.gov.lancashire.socialvalue.framework.MeasureKind;
import uk.gov.lancashire.socialvalue.framework.Outcome;
import uk.gov.lancashire.socialvalue.framework.Priority;
import uk.gov.lancashire.socialvalue.framework.PriorityScheme;
import uk.gov.lancashire.socialvalue.framework.Theme;
import uk.gov.lancashire.socialvalue.framework.Unit;
import uk.gov.lancashire.socialvalue.framework.ValidityPeriod;
import uk.gov.lancashire.socialvalue.portfolio.PortfolioRollup;
import uk.gov.lancashire.socialvalue.framework.ProxyEdition;
import uk.gov.lancashire.socialvalue.framework.ProxyValue;

/** A small roll-up plan for the CSV roll-up's tests: measures NT1 to NT5, illustrative proxies only. */
final class RollupPlans {

  private static final CurrencyUnit GBP = Monetary.getCurrency("GBP");
  private static final String[] PROXIES = {"1.25", "35000", "0.333", "12.5", null};

  private RollupPlans() {}

  static PortfolioRollup plan() {
    return plan(PROXIES);
  }

  /** @return the plan with these proxies of NT1 to NT5 instead (null: not priced, a record-only measure) */
  static PortfolioRollup plan(String... proxies) {
    Framework.Builder f = Framework.builder().id("csv-test").title("CSV test framework (illustrative)").edition("1")
        .currency(GBP).provenance("tests").licenceNote("illustrative")
        .validity(ValidityPeriod.of(LocalDate.of(2020, 4, 1), LocalDate.of(2030, 3, 31)))
        .addSchemes(PriorityScheme.builder().id("lcc").title("Priorities").addPriorities(Priority.of("a", "A"),
            Priority.of("b", "B"), Priority.of("c", "C")).build())
        .addThemes(Theme.of("jobs", "Jobs")).addOutcomes(Outcome.of("o1", "Outcome", "jobs"));
    ProxyEdition.Builder e = ProxyEdition.builder().id("csv-test").version("1").title("Illustrative").currency(GBP)
        .licence("illustrative");
    for (int m = 0; m < proxies.length; m++) {
      MeasureCode code = MeasureCode.parse("NT" + (m + 1));
      Measure.Builder measure = Measure.builder().code(code).title("Measure " + (m + 1)).unit(Unit.COUNT)
          .kind(proxies[m] == null ? MeasureKind.RECORD_ONLY : MeasureKind.MONETISED).outcomeId("o1");
      if (m == 1) {
        measure.addAlignments(Alignment.of("lcc", "a"), Alignment.of("lcc", "b"), Alignment.of("lcc", "c"));
      } else if (m == 2) {
        measure.addAlignments(Alignment.of("lcc", "b"));
      }
      f.addMeasures(measure.build());
      if (proxies[m] != null) {
        e.putValues(code, ProxyValue.builder().amount(Amounts.of(new BigDecimal(proxies[m]), GBP)).unit(Unit.COUNT)
            .priceYear(2024).source("ILLUSTRATIVE ONLY").licence("illustrative").build());
      }
    }
    return PortfolioRollup.of(f.build(), e.build());
  }
}
