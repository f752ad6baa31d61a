package uk.gov.lancashire.socialvalue.framework;

import java.math.BigDecimal;
import java.time.LocalDate;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import uk.gov.lancashire.socialvalue.basics.Amounts;

/** Small, valid frameworks for tests; each test corrupts one part of it. */
final class TestFrameworks {

  static final CurrencyUnit GBP = Monetary.getCurrency("GBP");

  private TestFrameworks() {}

  static Framework.Builder base() {
    return Framework.builder()
        .id("test").title("Test framework").edition("2024").currency(GBP)
        .validity(ValidityPeriod.of(LocalDate.of(2024, 4, 1), LocalDate.of(2028, 3, 31)))
        .provenance("unit tests").licenceNote("MIT")
        .addSchemes(PriorityScheme.builder().id("lcc").title("LCC")
            .addPriorities(Priority.of("growth", "Growth"), Priority.of("caring", "Caring")).build())
        .addThemes(Theme.of("jobs", "Jobs"))
        .addOutcomes(Outcome.of("employment", "More local employment", "jobs"));
  }

  static Measure.Builder measure(String code, String title, Unit unit, MeasureKind kind, String outcomeId) {
    return Measure.builder().code(MeasureCode.parse(code)).title(title).unit(unit).kind(kind).outcomeId(outcomeId);
  }

  static Measure.Builder monetised(String code) {
    return monetised(code, "employment");
  }

  static Measure.Builder monetised(String code, String outcomeId) {
    return measure(code, "Measure " + code, Unit.FTE_YEARS, MeasureKind.MONETISED, outcomeId)
        .addAlignments(Alignment.of("lcc", "growth"));
  }

  static Measure recordOnly(String code) {
    return Measure.builder().code(MeasureCode.parse(code)).title("Measure " + code).unit(Unit.PERCENT)
        .kind(MeasureKind.RECORD_ONLY).outcomeId("employment").build();
  }

  static ProxyValue proxy(String amount, Unit unit) {
    return proxy(amount, unit, GBP);
  }

  static ProxyValue proxy(String amount, Unit unit, CurrencyUnit currency) {
    return ProxyValue.builder().amount(Amounts.of(new BigDecimal(amount), currency)).unit(unit)
        .priceYear(2024).source("illustrative, unit tests").licence("illustrative").build();
  }

  static ProxyEdition.Builder edition() {
    return edition(GBP);
  }

  static ProxyEdition.Builder edition(CurrencyUnit currency) {
    return ProxyEdition.builder().id("test").version("1").title("Test edition").currency(currency)
        .licence("illustrative");
  }
}
