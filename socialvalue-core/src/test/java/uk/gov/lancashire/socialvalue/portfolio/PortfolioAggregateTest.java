package uk.gov.lancashire.socialvalue.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.gov.lancashire.socialvalue.ProcurementFixtures.GBP;
import static uk.gov.lancashire.socialvalue.ProcurementFixtures.LOCAL_JOBS;
import static uk.gov.lancashire.socialvalue.ProcurementFixtures.LOCAL_SHARE;
import static uk.gov.lancashire.socialvalue.ProcurementFixtures.LTU_HIRES;
import static uk.gov.lancashire.socialvalue.ProcurementFixtures.dec;

import java.math.BigDecimal;
import java.util.List;
import javax.money.Monetary;
import org.junit.jupiter.api.Test;
import uk.gov.lancashire.socialvalue.ProcurementFixtures;
import uk.gov.lancashire.socialvalue.basics.Amounts;
import uk.gov.lancashire.socialvalue.basics.FinancialYear;
import uk.gov.lancashire.socialvalue.basics.ValidationException;
import uk.gov.lancashire.socialvalue.delivery.LocalStatus;
import uk.gov.lancashire.socialvalue.framework.Framework;
import uk.gov.lancashire.socialvalue.framework.MeasureCode;

class PortfolioAggregateTest {

  private static final Framework FRAMEWORK = ProcurementFixtures.framework();
  private static final FinancialYear FY24 = FinancialYear.of(2024);

  private static PortfolioFact fact(String contract, MeasureCode measure, LocalStatus local, ValueStage stage,
      String quantity, String value) {
    return PortfolioFact.of(contract, "prime", measure, local, FY24, stage, dec(quantity), dec(value), GBP);
  }

  @Test
  void aMeasureAlignedToSeveralPrioritiesIsSplitNeverRepeated() {
    // NT1 is weighted 0.6 growth / 0.4 caring; NT3 is aligned to growth and caring without weights (equal
    // split); NT40 is aligned to nothing.
    PortfolioAggregate portfolio = PortfolioAggregate.of(List.of(
        fact("C1", LOCAL_JOBS, LocalStatus.LOCAL, ValueStage.VERIFIED, "1", "30000"),
        fact("C1", LTU_HIRES, LocalStatus.LOCAL, ValueStage.VERIFIED, "1", "20000.01"),
        fact("C2", LOCAL_SHARE, LocalStatus.UNKNOWN, ValueStage.VERIFIED, "60", "0")));

    PriorityBreakdown lcc = portfolio.byPriority(FRAMEWORK, "lcc");

    assertThat(lcc.splits()).containsEntry(LOCAL_JOBS, AlignmentSplit.WEIGHTED)
        .containsEntry(LTU_HIRES, AlignmentSplit.EQUAL).containsEntry(LOCAL_SHARE, AlignmentSplit.UNALIGNED);
    assertThat(Amounts.decimal(lcc.breakdown().parts().get("growth").value())).isEqualByComparingTo("28000.005");
    assertThat(Amounts.decimal(lcc.breakdown().parts().get("caring").value())).isEqualByComparingTo("22000.005");
    assertThat(Amounts.decimal(lcc.breakdown().parts().get("environment").value())).isEqualByComparingTo("0");
    BigDecimal sum = lcc.breakdown().parts().values().stream().map(t -> Amounts.decimal(t.value())).reduce(BigDecimal.ZERO, BigDecimal::add)
        .add(Amounts.decimal(lcc.breakdown().unclassified().value()));
    assertThat(sum).isEqualByComparingTo(Amounts.decimal(portfolio.total().value())).isEqualByComparingTo("50000.01");
  }

  @Test
  void viewsByThemeOutcomeMeasureLocalityContractAndStage() {
    PortfolioAggregate portfolio = PortfolioAggregate.of(List.of(
        fact("C1", LOCAL_JOBS, LocalStatus.LOCAL, ValueStage.VERIFIED, "2", "60000"),
        fact("C1", LOCAL_JOBS, LocalStatus.NOT_LOCAL, ValueStage.VERIFIED, "1", "30000"),
        fact("C2", ProcurementFixtures.CARBON, LocalStatus.UNKNOWN, ValueStage.CLAIMED, "-4", "-1000"),
        fact("C2", MeasureCode.parse("ZZ9"), LocalStatus.UNKNOWN, ValueStage.CLAIMED, "1", "5")));

    assertThat(Amounts.decimal(portfolio.byTheme(FRAMEWORK).parts().get("jobs").value())).isEqualByComparingTo("90000");
    assertThat(Amounts.decimal(portfolio.byTheme(FRAMEWORK).parts().get("environment").value())).isEqualByComparingTo("-1000");
    assertThat(Amounts.decimal(portfolio.byTheme(FRAMEWORK).unclassified().value())).isEqualByComparingTo("5");
    assertThat(portfolio.byOutcome(FRAMEWORK).parts().get("employment").facts()).isEqualTo(2);
    assertThat(portfolio.byMeasure().get(LOCAL_JOBS).quantity()).hasValueSatisfying(q -> assertThat(q).isEqualByComparingTo("3"));
    assertThat(Amounts.decimal(portfolio.byLocality().get(LocalStatus.LOCAL).value())).isEqualByComparingTo("60000");
    assertThat(Amounts.decimal(portfolio.byContract().get("C2").value())).isEqualByComparingTo("-995");
    assertThat(Amounts.decimal(portfolio.only(ValueStage.VERIFIED).total().value())).isEqualByComparingTo("90000");
    assertThat(portfolio.byStage().keySet()).containsExactly(ValueStage.CLAIMED, ValueStage.VERIFIED);
    assertThat(portfolio.bySupplier().get("prime").value().isEqualTo(ProcurementFixtures.gbp("89005"))).isTrue();
    assertThat(portfolio.byFinancialYear()).containsOnlyKeys(FY24);
    assertThat(portfolio.forYear(FinancialYear.of(2025)).isEmpty()).isTrue();
  }

  @Test
  void currenciesNeverMix() {
    PortfolioAggregate pounds = PortfolioAggregate.of(List.of(fact("C1", LOCAL_JOBS, LocalStatus.LOCAL, ValueStage.VERIFIED, "1", "1")));
    PortfolioAggregate euros = PortfolioAggregate.of(List.of(PortfolioFact.of("C9", "x", LOCAL_JOBS, LocalStatus.LOCAL, FY24,
        ValueStage.VERIFIED, BigDecimal.ONE, BigDecimal.ONE, Monetary.getCurrency("EUR"))));

    assertThatThrownBy(() -> pounds.combine(euros)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("cannot aggregate EUR with GBP");
  }

  @Test
  void unknownSchemeIsAnError() {
    assertThatThrownBy(() -> PortfolioAggregate.empty().byPriority(FRAMEWORK, "nope"))
        .hasMessageContaining("no priority scheme 'nope'");
  }

  @Test
  void aNullStageIsNamed() {
    assertThatThrownBy(() -> PortfolioAggregate.empty().only(ValueStage.CLAIMED, null))
        .isInstanceOf(NullPointerException.class).hasMessage("stages[1]");
    assertThatThrownBy(() -> PortfolioAggregate.empty().only((ValueStage[]) null))
        .isInstanceOf(NullPointerException.class).hasMessage("stages");
  }
}
