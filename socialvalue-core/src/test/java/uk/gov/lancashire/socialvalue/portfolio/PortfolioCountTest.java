package uk.gov.lancashire.socialvalue.portfolio;

import uk.gov.lancashire.socialvalue.RecordNulls;
import uk.gov.lancashire.socialvalue.basics.Amounts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.gov.lancashire.socialvalue.ProcurementFixtures.GBP;
import static uk.gov.lancashire.socialvalue.ProcurementFixtures.LOCAL_JOBS;
import static uk.gov.lancashire.socialvalue.ProcurementFixtures.TRAINING;
import static uk.gov.lancashire.socialvalue.ProcurementFixtures.dec;
import static uk.gov.lancashire.socialvalue.ProcurementFixtures.record;
import static uk.gov.lancashire.socialvalue.delivery.RecordStatus.CLAIMED;
import static uk.gov.lancashire.socialvalue.delivery.RecordStatus.VERIFIED;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import uk.gov.lancashire.socialvalue.ProcurementFixtures;
import uk.gov.lancashire.socialvalue.basics.FinancialQuarter;
import uk.gov.lancashire.socialvalue.basics.FinancialYear;
import uk.gov.lancashire.socialvalue.basics.ValidationException;
import uk.gov.lancashire.socialvalue.delivery.ContractDelivery;
import uk.gov.lancashire.socialvalue.delivery.DeliveryRecord;
import uk.gov.lancashire.socialvalue.delivery.LocalStatus;
import uk.gov.lancashire.socialvalue.delivery.SharedResource;
import uk.gov.lancashire.socialvalue.framework.CommitmentValuer;
import uk.gov.lancashire.socialvalue.pricebase.PriceIndexSeries;

class PortfolioCountTest {

  private static final CommitmentValuer VALUER = CommitmentValuer.pinned(ProcurementFixtures.edition());

  private static ContractDelivery delivery(String contract, DeliveryRecord... records) {
    return ContractDelivery.count(ProcurementFixtures.framework(), ProcurementFixtures.contract(contract, "prime"),
        ProcurementFixtures.chain("prime"), VALUER, List.of(records));
  }

  private static PortfolioFact fact(String contract, int priceYear, String value) {
    return PortfolioFact.of(contract, "prime", LOCAL_JOBS, LocalStatus.LOCAL, FinancialYear.of(2024),
        ValueStage.VERIFIED, dec("1"), dec(value), GBP, OptionalInt.of(priceYear));
  }

  // ---------------------------------------------------------------- price base

  @Test
  void valuesOfDifferentPriceYearsAreRefusedNamingTheContractsThenRestatedThroughAnIndex() {
    PortfolioAggregate mixed = PortfolioAggregate.of(List.of(fact("C1", 2024, "2000"), fact("C2", 2023, "1000"),
        fact("C3", 2023, "500")));

    assertThatThrownBy(mixed::total).isInstanceOf(ValidationException.class)
        .hasMessageContaining("priceYear: values in 2023 prices (contracts C2, C3) and 2024 prices (contracts C1) "
            + "cannot be added without a price index");
    assertThatThrownBy(() -> mixed.byContract()).isInstanceOf(ValidationException.class);

    // GDP-deflator-like illustrative series: 2023 = 100, 2024 = 105. C2's 1,000 and C3's 500 in 2023 prices
    // are 1,050 and 525 in 2024 prices (V × 105 ÷ 100): total 2,000 + 1,050 + 525 = 3,575.
    PriceIndexSeries series = PriceIndexSeries.of("illustrative deflator, financial years", Map.of(2023, dec("100"), 2024, dec("105")));
    PortfolioAggregate restated = mixed.restatedTo(2024, series);

    assertThat(restated.priceYears()).containsExactly(2024);
    assertThat(Amounts.decimal(restated.total().value())).isEqualByComparingTo("3575");
    assertThat(Amounts.decimal(restated.byContract().get("C2").value())).isEqualByComparingTo("1050");
    assertThat(Amounts.decimal(mixed.restatedTo(2023, series).total().value()))
        .isEqualByComparingTo(dec("2000").multiply(dec("100").divide(dec("105"), java.math.MathContext.DECIMAL128))
            .add(dec("1500"))); // the index quotient at 34 digits, the product exact

    PriceIndexSeries partial = PriceIndexSeries.of("2024 only", Map.of(2024, dec("105")));
    assertThatThrownBy(() -> mixed.restatedTo(2024, partial)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("priceIndex.indexByYear[2023]: series '2024 only' has no index for 2023; "
            + "contracts C2, C3 have values in 2023 prices");
  }

  @Test
  void factsFromDeliveryStateThePriceYearOfTheirProxies() {
    List<PortfolioFact> facts = PortfolioFacts.of(delivery("C1",
        record("a", "2024/25-Q1", TRAINING, "1", "prime", VERIFIED).build()));
    assertThat(facts).allSatisfy(f -> assertThat(f.priceYear()).hasValue(2024));
  }

  // ---------------------------------------------------------------- the same claim on several contracts

  @Test
  void theSameClaimOnTwoContractsInOnePeriodCountsOnceAndTheDuplicateIsReported() {
    // person-1 is claimed in full as a local job on C1 (verified) and C2 (claimed) in the same quarter
    ContractDelivery c1 = delivery("C1", record("c1-a", "2024/25-Q1", LOCAL_JOBS, "0.25", "prime", VERIFIED)
        .claimKey("person-1").build());
    ContractDelivery c2 = delivery("C2", record("c2-a", "2024/25-Q1", LOCAL_JOBS, "0.25", "sub", CLAIMED)
        .claimKey("person-1").build(), record("c2-b", "2024/25-Q2", LOCAL_JOBS, "0.25", "prime", CLAIMED)
        .claimKey("person-1").build());

    PortfolioCount count = PortfolioFacts.of(List.of(c2, c1));

    assertThat(count.duplicates()).singleElement().satisfies(d -> {
      assertThat(d.contract()).isEqualTo("C2");
      assertThat(d.record().record().id()).isEqualTo("c2-a");
      assertThat(d.keptContract()).isEqualTo("C1");
      assertThat(d.keptRecord()).isEqualTo("c1-a");
      assertThat(d.explanation().title()).isEqualTo("'person-1' is claimed for NT1 on contract C1 (record c1-a) as well: "
          + "with share 1 it would count more than one whole claim across contracts (shares counted 1); kept on C1: "
          + "stronger evidence (verified over claimed)");
      assertThat(d.explanation().entry("record")).contains("c2-a");
      assertThat(d.explanation().entry("claim")).contains("person-1");
      assertThat(d.explanation().entry("share")).contains("1");
      assertThat(d.explanation().entry("kept on contract")).contains("C1");
      assertThat(d.explanation().entry("kept record")).contains("c1-a");
      assertThat(d.explanation().entry("why kept")).contains("stronger evidence (verified over claimed)");
    });
    PortfolioAggregate portfolio = count.aggregate().only(ValueStage.CLAIMED, ValueStage.VERIFIED);
    // 0.25 FTE-years verified on C1 and C2's own Q2 claim: 2 × 0.25 × 30,000
    assertThat(Amounts.decimal(portfolio.total().value())).isEqualByComparingTo("15000");
    assertThat(Amounts.decimal(portfolio.byContract().get("C2").value())).isEqualByComparingTo("7500");
  }

  @Test
  void aResourceSharedByDeclaredSharesCountsOnEachContract() {
    SharedResource apprentice = SharedResource.builder().id("app-1").period(FinancialQuarter.parse("2024/25-Q1"))
        .measure(TRAINING).quantity(dec("12")).supplier("prime").status(VERIFIED).addEvidence("timesheets")
        .claimKey("apprentice-1").putAllShares(SharedResource.equalShares("C1", "C2")).build();

    PortfolioCount count = PortfolioFacts.of(List.of(delivery("C1", apprentice.recordFor("C1")),
        delivery("C2", apprentice.recordFor("C2"))));

    assertThat(count.duplicates()).isEmpty();
    assertThat(Amounts.decimal(count.aggregate().only(ValueStage.VERIFIED).total().value())).isEqualByComparingTo("3600");
  }

  @Test
  void everyNullInTheCountsListsIsNamed() {
    RecordNulls.collectionsNamed(new PortfolioCount(List.of(fact("C1", 2024, "10")), List.of()));
  }
}
