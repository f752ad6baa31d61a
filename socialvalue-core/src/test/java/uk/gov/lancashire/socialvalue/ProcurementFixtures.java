package uk.gov.lancashire.socialvalue;

import java.math.BigDecimal;
import java.time.LocalDate;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import uk.gov.lancashire.socialvalue.basics.Amounts;
import uk.gov.lancashire.socialvalue.basics.FinancialQuarter;
import uk.gov.lancashire.socialvalue.delivery.Contract;
import uk.gov.lancashire.socialvalue.delivery.DeliveryRecord;
import uk.gov.lancashire.socialvalue.delivery.Kpi;
import uk.gov.lancashire.socialvalue.delivery.Locality;
import uk.gov.lancashire.socialvalue.delivery.RecordStatus;
import uk.gov.lancashire.socialvalue.delivery.Supplier;
import uk.gov.lancashire.socialvalue.delivery.SupplyChain;
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
import uk.gov.lancashire.socialvalue.framework.ProxyEdition;
import uk.gov.lancashire.socialvalue.framework.ProxyValue;

/**
 * A small framework for the procurement tests. Every proxy value is ILLUSTRATIVE ONLY, invented for the
 * tests; none comes from the National TOMs or the HACT Social Value Bank.
 */
public final class ProcurementFixtures {

  public static final CurrencyUnit GBP = Monetary.getCurrency("GBP");
  public static final String EDITION = "test-illustrative@2024.1";

  /** Local employment, FTE-years, £30,000 each; LCC weighted 0.6 growth / 0.4 caring. */
  public static final MeasureCode LOCAL_JOBS = MeasureCode.parse("NT1");
  /** Long-term unemployed hires, FTE, first year only, exclusive group "disadvantaged"; LCC unweighted. */
  public static final MeasureCode LTU_HIRES = MeasureCode.parse("NT3");
  /** NEET hires, FTE, first year only, exclusive group "disadvantaged". */
  public static final MeasureCode NEET_HIRES = MeasureCode.parse("NT4");
  /** Training, weeks, £300 a week. */
  public static final MeasureCode TRAINING = MeasureCode.parse("NT10");
  /** Local spend, £, 0.5 per £1; local-only (spend outside the contract's locality does not count). */
  public static final MeasureCode LOCAL_SPEND = MeasureCode.parse("NT18");
  /** Carbon saved, tCO2e, £250 a tonne. */
  public static final MeasureCode CARBON = MeasureCode.parse("NT31");
  /** Percent local workforce, record-only, aligned to nothing. */
  public static final MeasureCode LOCAL_SHARE = MeasureCode.parse("NT40");

  private ProcurementFixtures() {}

  public static BigDecimal dec(String value) {
    return new BigDecimal(value);
  }

  public static javax.money.MonetaryAmount gbp(String value) {
    return Amounts.of(new BigDecimal(value), GBP);
  }

  public static ProxyEdition edition() {
    return ProxyEdition.builder().id("test-illustrative").version("2024.1")
        .title("Illustrative test values").currency(GBP).licence("illustrative")
        .putValues(LOCAL_JOBS, proxy("30000", Unit.FTE_YEARS))
        .putValues(LTU_HIRES, proxy("20000", Unit.FTE))
        .putValues(NEET_HIRES, proxy("15000", Unit.FTE))
        .putValues(TRAINING, proxy("300", Unit.WEEKS))
        .putValues(LOCAL_SPEND, proxy("0.5", Unit.MONEY))
        .putValues(CARBON, proxy("250", Unit.TONNES_CO2E))
        .build();
  }

  private static ProxyValue proxy(String amount, Unit unit) {
    return ProxyValue.builder().amount(gbp(amount)).unit(unit).priceYear(2024)
        .source("ILLUSTRATIVE ONLY: invented for tests").licence("illustrative").build();
  }

  public static Framework framework() {
    return Framework.builder()
        .id("test-toms").title("Test framework (illustrative)").edition("2024-28")
        .validity(ValidityPeriod.of(LocalDate.of(2024, 4, 1), LocalDate.of(2028, 3, 31)))
        .currency(GBP).provenance("tests").licenceNote("illustrative")
        .addSchemes(PriorityScheme.builder().id("lcc").title("LCC")
            .addPriorities(Priority.of("growth", "Supporting economic growth"),
                Priority.of("caring", "Caring for the vulnerable"),
                Priority.of("environment", "Protecting our environment"))
            .build())
        .addThemes(Theme.of("jobs", "Jobs"), Theme.of("growth", "Growth"), Theme.of("environment", "Environment"))
        .addOutcomes(Outcome.of("employment", "More local employment", "jobs"),
            Outcome.of("inclusion", "Opportunities for disadvantaged people", "jobs"),
            Outcome.of("skills", "Improved skills", "jobs"),
            Outcome.of("local-economy", "Stronger local economy", "growth"),
            Outcome.of("carbon", "Lower emissions", "environment"))
        .addMeasures(
            measure(LOCAL_JOBS, Unit.FTE_YEARS, MeasureKind.MONETISED, "employment", CountingRules.none(),
                Alignment.weighted("lcc", "growth", dec("0.6")), Alignment.weighted("lcc", "caring", dec("0.4"))),
            measure(LTU_HIRES, Unit.FTE, MeasureKind.MONETISED, "inclusion", disadvantaged(),
                Alignment.of("lcc", "growth"), Alignment.of("lcc", "caring")),
            measure(NEET_HIRES, Unit.FTE, MeasureKind.MONETISED, "inclusion", disadvantaged(),
                Alignment.of("lcc", "caring")),
            measure(TRAINING, Unit.WEEKS, MeasureKind.MONETISED, "skills", CountingRules.none(),
                Alignment.of("lcc", "growth")),
            measure(LOCAL_SPEND, Unit.MONEY, MeasureKind.MONETISED, "local-economy",
                CountingRules.builder().localOnly(true).build(),
                Alignment.of("lcc", "growth")),
            measure(CARBON, Unit.TONNES_CO2E, MeasureKind.MONETISED, "carbon", CountingRules.none(),
                Alignment.of("lcc", "environment")),
            measure(LOCAL_SHARE, Unit.PERCENT, MeasureKind.RECORD_ONLY, "employment", CountingRules.none()))
        .addProxyEditions(edition())
        .build();
  }

  /** Prime "prime" (tier 1), "sub" under it (tier 2), "subsub" under that (tier 3). */
  public static SupplyChain chain(String prime) {
    return SupplyChain.builder().addSuppliers(Supplier.prime(prime, "Prime Ltd"),
        Supplier.subcontractor("sub", "Sub Ltd", prime), Supplier.subcontractor("subsub", "Sub-sub Ltd", "sub"))
        .build();
  }

  /**
   * A 2-year contract from 2024/25-Q1, local = PR postcodes; KPIs: 4 FTE-years of local jobs a year,
   * 2 long-term unemployed hires in year 1, 40 training weeks a year.
   */
  public static Contract contract(String id, String prime) {
    return Contract.builder().id(id).title("Contract " + id).currency(GBP)
        .start(FinancialQuarter.parse("2024/25-Q1")).termYears(2).editionReference(EDITION)
        .primeSupplier(prime).locality(Locality.postcodePrefixes("PR"))
        .addKpis(Kpi.builder().measure(LOCAL_JOBS).putYearly(1, dec("4")).putYearly(2, dec("4")).build(),
            Kpi.builder().measure(LTU_HIRES).putYearly(1, dec("2")).build(),
            Kpi.builder().measure(TRAINING).putYearly(1, dec("40")).putYearly(2, dec("40")).build())
        .build();
  }

  /** A record builder with id, period, measure, quantity, supplier and status set; evidence when needed. */
  public static DeliveryRecord.Builder record(String id, String period, MeasureCode measure, String quantity,
      String supplier, RecordStatus status) {
    DeliveryRecord.Builder b = DeliveryRecord.builder().id(id).period(FinancialQuarter.parse(period))
        .measure(measure).quantity(dec(quantity)).supplier(supplier).status(status);
    if (status == RecordStatus.EVIDENCED || status == RecordStatus.VERIFIED) {
      b.addEvidence("evidence/" + id);
    }
    return b;
  }

  private static CountingRules disadvantaged() {
    return CountingRules.builder().firstYearOnly(true).exclusiveGroup("disadvantaged").build();
  }

  private static Measure measure(MeasureCode code, Unit unit, MeasureKind kind, String outcome,
      CountingRules rules, Alignment... alignments) {
    return Measure.builder().code(code).title("Measure " + code).unit(unit).kind(kind).outcomeId(outcome)
        .countingRules(rules).addAlignments(alignments).build();
  }
}
