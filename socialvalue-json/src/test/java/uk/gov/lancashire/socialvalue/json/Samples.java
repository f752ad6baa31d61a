package uk.gov.lancashire.socialvalue.json;

import java.math.BigDecimal;
import java.time.LocalDate;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import uk.gov.lancashire.socialvalue.basics.Amounts;
import uk.gov.lancashire.socialvalue.framework.Adjustments;
import uk.gov.lancashire.socialvalue.framework.Alignment;
import uk.gov.lancashire.socialvalue.framework.CountingRules;
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
import uk.gov.lancashire.socialvalue.framework.BenefitSplit;
import uk.gov.lancashire.socialvalue.framework.ProxyEdition;
import uk.gov.lancashire.socialvalue.framework.ProxyValue;

/** Small fixed values for the tests; every number is invented and illustrative. */
final class Samples {

  static final CurrencyUnit GBP = Monetary.getCurrency("GBP");

  private Samples() {}

  static ProxyEdition edition() {
    return ProxyEdition.builder().id("sample").version("2024.1").title("Sample edition (illustrative)")
        .currency(GBP).licence("illustrative")
        .putValues(MeasureCode.parse("NT1"), ProxyValue.builder()
            .amount(Amounts.of(new BigDecimal("1234.5678"), GBP)).unit(Unit.FTE_YEARS).priceYear(2024)
            .source("invented").licence("illustrative")
            .split(BenefitSplit.of(Amounts.of(new BigDecimal("1000"), GBP), Amounts.of(new BigDecimal("0.125"), GBP),
                Amounts.of(new BigDecimal("234.4428"), GBP)))
            .build())
        .putValues(MeasureCode.parse("NT2"), ProxyValue.builder()
            .amount(Amounts.of(new BigDecimal("0.125"), GBP)).unit(Unit.MONEY).priceYear(2023)
            .source("invented").licence("illustrative").build())
        .build();
  }

  static Framework framework() {
    return Framework.builder().id("sample").title("Sample framework").edition("2024")
        .validity(ValidityPeriod.of(LocalDate.of(2024, 4, 1), LocalDate.of(2025, 3, 31)))
        .currency(GBP).provenance("invented for tests").licenceNote("MIT")
        .addSchemes(PriorityScheme.builder().id("lcc").title("Council")
            .addPriorities(Priority.of("a", "Priority A"), Priority.of("b", "Priority B")).build())
        .addThemes(Theme.of("jobs", "Jobs"))
        .addOutcomes(Outcome.of("employment", "Employment", "jobs"))
        .addMeasures(Measure.builder().code(MeasureCode.parse("NT1")).title("Local people employed")
            .description("FTE-years of local people").unit(Unit.FTE_YEARS).kind(MeasureKind.MONETISED)
            .outcomeId("employment").addEquivalents(MeasureCode.parse("RE1"))
            .adjustments(Adjustments.builder().deadweight(new BigDecimal("0.10")).dropOff(new BigDecimal("0.25"))
                .durationYears(3).build())
            .countingRules(CountingRules.builder().firstYearOnly(true).exclusiveGroup("disadvantaged").build())
            .addAlignments(Alignment.weighted("lcc", "a", new BigDecimal("0.75")),
                Alignment.weighted("lcc", "b", new BigDecimal("0.25")))
            .build())
        .addMeasures(Measure.builder().code(MeasureCode.parse("NT2")).title("Local spend").unit(Unit.MONEY)
            .kind(MeasureKind.MONETISED).outcomeId("employment").addAlignments(Alignment.of("lcc", "a")).build())
        .addMeasures(Measure.builder().code(MeasureCode.parse("NT3")).title("Share local").unit(Unit.PERCENT)
            .kind(MeasureKind.RECORD_ONLY).outcomeId("employment").build())
        .addProxyEditions(edition())
        .build();
  }
}
