package uk.gov.lancashire.socialvalue.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.gov.lancashire.socialvalue.ProcurementFixtures.LOCAL_JOBS;
import static uk.gov.lancashire.socialvalue.ProcurementFixtures.LTU_HIRES;
import static uk.gov.lancashire.socialvalue.ProcurementFixtures.NEET_HIRES;
import static uk.gov.lancashire.socialvalue.ProcurementFixtures.TRAINING;
import static uk.gov.lancashire.socialvalue.ProcurementFixtures.dec;
import static uk.gov.lancashire.socialvalue.ProcurementFixtures.record;
import static uk.gov.lancashire.socialvalue.delivery.RecordStatus.CLAIMED;
import static uk.gov.lancashire.socialvalue.delivery.RecordStatus.REJECTED;
import static uk.gov.lancashire.socialvalue.delivery.RecordStatus.VERIFIED;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.lancashire.socialvalue.ProcurementFixtures;
import uk.gov.lancashire.socialvalue.basics.FinancialQuarter;
import uk.gov.lancashire.socialvalue.basics.ValidationException;
import uk.gov.lancashire.socialvalue.framework.Framework;
import uk.gov.lancashire.socialvalue.tender.Bid;
import uk.gov.lancashire.socialvalue.framework.CommitmentValuer;
import uk.gov.lancashire.socialvalue.tender.Commitment;
import uk.gov.lancashire.socialvalue.tender.Criterion;
import uk.gov.lancashire.socialvalue.tender.EvaluationScheme;
import uk.gov.lancashire.socialvalue.tender.ScoringMethod;
import uk.gov.lancashire.socialvalue.tender.Tender;

class ContractDeliveryTest {

  private static final Framework FRAMEWORK = ProcurementFixtures.framework();
  private static final CommitmentValuer VALUER = CommitmentValuer.pinned(ProcurementFixtures.edition());
  private static final Contract CONTRACT = ProcurementFixtures.contract("C1", "prime");
  private static final SupplyChain CHAIN = ProcurementFixtures.chain("prime");

  private static ContractDelivery count(DeliveryRecord... records) {
    return ContractDelivery.count(FRAMEWORK, CONTRACT, CHAIN, VALUER, List.of(records));
  }

  // ---------------------------------------------------------------- awarding

  @Test
  void anAwardedBidsCommitmentsBecomeKpisScheduledByQuarter() {
    Tender tender = Tender.builder().id("T1").title("Care at home").termYears(2).currency(ProcurementFixtures.GBP)
        .scheme(EvaluationScheme.builder().addCriteria(Criterion.quality("q", "Q", dec("70")),
            Criterion.price(dec("20")), Criterion.socialValueOffer(dec("10"), ScoringMethod.RELATIVE_TO_BEST_VALUE))
            .addShortlist(LOCAL_JOBS).build())
        .editionReference(ProcurementFixtures.EDITION).build();
    Bid bid = Bid.builder().bidder("prime").price(ProcurementFixtures.gbp("1000000"))
        .addCommitments(Commitment.of(LOCAL_JOBS, 1, dec("4")), Commitment.of(LOCAL_JOBS, 2, dec("6"))).build();

    Contract contract = Contract.awarded("C9", tender, bid, FinancialQuarter.parse("2024/25-Q3"), Locality.areaCodes("E10000017"));

    assertThat(contract.kpi(LOCAL_JOBS).orElseThrow().total()).isEqualByComparingTo("10");
    assertThat(contract.quarters()).hasSize(8).startsWith(FinancialQuarter.parse("2024/25-Q3"))
        .endsWith(FinancialQuarter.parse("2026/27-Q2"));
    assertThat(contract.contractYear(FinancialQuarter.parse("2025/26-Q2"))).isEqualTo(1);
    assertThat(contract.contractYear(FinancialQuarter.parse("2025/26-Q3"))).isEqualTo(2);
    assertThat(contract.schedule(LOCAL_JOBS).get(FinancialQuarter.parse("2024/25-Q4"))).isEqualByComparingTo("1");
    assertThat(contract.schedule(LOCAL_JOBS).get(FinancialQuarter.parse("2026/27-Q1"))).isEqualByComparingTo("1.5");
  }

  @Test
  void onlyScoredCommitmentsBecomeKpis() {
    // a flagged bid can win (flags never exclude): its commitment beyond the term and its commitment off
    // the shortlist were not scored, so they do not become contractual KPIs, and the award does not fail
    Tender tender = Tender.builder().id("T2").title("Highways").termYears(2).currency(ProcurementFixtures.GBP)
        .scheme(EvaluationScheme.builder().addCriteria(Criterion.quality("q", "Q", dec("70")),
            Criterion.price(dec("20")), Criterion.socialValueOffer(dec("10"), ScoringMethod.RELATIVE_TO_BEST_VALUE))
            .addShortlist(LOCAL_JOBS).build())
        .editionReference(ProcurementFixtures.EDITION).build();
    Bid bid = Bid.builder().bidder("prime").price(ProcurementFixtures.gbp("1000000"))
        .addCommitments(Commitment.of(LOCAL_JOBS, 1, dec("4")), Commitment.of(LOCAL_JOBS, 3, dec("9")),
            Commitment.of(TRAINING, 1, dec("40"))).build();

    Contract contract = Contract.awarded("C10", tender, bid, FinancialQuarter.parse("2024/25-Q1"), Locality.areaCodes("E10000017"));

    assertThat(contract.kpis()).extracting(Kpi::measure).containsExactly(LOCAL_JOBS);
    assertThat(contract.kpi(LOCAL_JOBS).orElseThrow().yearly()).containsOnlyKeys(1);
    assertThat(contract.kpi(LOCAL_JOBS).orElseThrow().total()).isEqualByComparingTo("4");
  }

  // ---------------------------------------------------------------- counting rules

  @Test
  void fteYearsAreCountedFromQuarterlyRecords() {
    // 10 full-time + 5 half-time local staff = 12.5 FTE; a quarter of employment is 3.125 FTE-years,
    // so eight quarters (the 2-year term) make 25 FTE-years (DOMAIN.md §3).
    BigDecimal perQuarter = FteCount.fullTime(10).plus(5, dec("0.5")).fteYearsPerQuarter();
    DeliveryRecord[] records = CONTRACT.quarters().stream()
        .map(q -> record("jobs-" + q, q.toString(), LOCAL_JOBS, perQuarter.toPlainString(), "prime", VERIFIED).build())
        .toArray(DeliveryRecord[]::new);

    ContractDelivery delivery = count(records);

    assertThat(delivery.progress(FinancialQuarter.parse("2025/26-Q4")).measure(LOCAL_JOBS).orElseThrow()
        .quantity().verified()).isEqualByComparingTo("25");
  }

  @Test
  void theSameClaimReportedByTwoTiersCountsOnceAndTheDuplicateIsReported() {
    ContractDelivery delivery = count(
        record("a1", "2024/25-Q1", LOCAL_JOBS, "0.25", "prime", VERIFIED).claimKey("person-1").build(),
        record("b1", "2024/25-Q1", LOCAL_JOBS, "0.25", "sub", VERIFIED).claimKey("person-1").build(),
        record("c1", "2024/25-Q1", LOCAL_JOBS, "0.25", "subsub", VERIFIED).claimKey("person-2").build(),
        record("a2", "2024/25-Q2", LOCAL_JOBS, "0.25", "prime", VERIFIED).claimKey("person-1").build());

    assertThat(delivery.counted()).extracting(c -> c.record().id()).containsExactly("a1", "c1", "a2");
    assertThat(delivery.exclusions()).singleElement().satisfies(e -> {
      assertThat(e.record().id()).isEqualTo("b1");
      assertThat(e.reason()).isEqualTo(ExclusionReason.DUPLICATE_ACROSS_TIERS);
      assertThat(e.countedInstead()).contains("a1");
    });
    assertThat(delivery.value(VERIFIED)).isEqualByComparingTo("22500"); // 0.75 FTE-years × 30,000
    assertThat(delivery.byTier().get(1).counted()).isEqualTo(2);
    assertThat(delivery.byTier().get(1).decimalValue()).isEqualByComparingTo("15000");
    assertThat(delivery.byTier().get(2).counted()).isZero();
    assertThat(delivery.byTier().get(2).excluded()).isEqualTo(1);
    assertThat(delivery.byTier().get(3).quantities()).containsEntry(LOCAL_JOBS, dec("0.25"));
    assertThat(delivery.bySupplier().get("sub").excluded()).isEqualTo(1);
  }

  @Test
  void firstYearOnlyMeasuresCountOncePerPersonAndOnlyInYearOne() {
    ContractDelivery delivery = count(
        record("h1", "2024/25-Q2", LTU_HIRES, "1", "prime", VERIFIED).claimKey("person-2").build(),
        record("h2", "2024/25-Q3", LTU_HIRES, "1", "prime", VERIFIED).claimKey("person-2").build(),
        record("h3", "2025/26-Q1", LTU_HIRES, "1", "prime", VERIFIED).claimKey("person-3").build());

    assertThat(delivery.counted()).extracting(c -> c.record().id()).containsExactly("h1");
    assertThat(delivery.exclusions()).extracting(Exclusion::reason)
        .containsExactly(ExclusionReason.DUPLICATE_CLAIM, ExclusionReason.FIRST_YEAR_ONLY);
    assertThat(delivery.exclusions().get(1).explanation())
        .isEqualTo("NT3 counts in the first contract year only; 2025/26-Q1 is in year 2");
  }

  @Test
  void onePersonIsNeverTwoDisadvantagedTypesButMayAlsoBeALocalHire() {
    ContractDelivery delivery = count(
        record("h1", "2024/25-Q1", LTU_HIRES, "1", "prime", VERIFIED).claimKey("person-4").build(),
        record("h2", "2024/25-Q2", NEET_HIRES, "1", "sub", VERIFIED).claimKey("person-4").build(),
        record("j1", "2024/25-Q1", LOCAL_JOBS, "0.25", "prime", VERIFIED).claimKey("person-4").build());

    assertThat(delivery.counted()).extracting(c -> c.record().id()).containsExactly("h1", "j1");
    assertThat(delivery.exclusions()).singleElement().satisfies(e -> {
      assertThat(e.reason()).isEqualTo(ExclusionReason.EXCLUSIVE_GROUP);
      assertThat(e.countedInstead()).contains("h1");
      assertThat(e.explanation()).contains("exclusive group 'disadvantaged'");
    });
  }

  @Test
  void rejectedAndOutOfTermRecordsAreReportedNotDropped() {
    ContractDelivery delivery = count(
        record("r1", "2024/25-Q1", TRAINING, "10", "prime", REJECTED).claimKey("course-1").build(),
        record("r2", "2024/25-Q1", TRAINING, "10", "prime", CLAIMED).claimKey("course-1").build(),
        record("r3", "2027/28-Q1", TRAINING, "10", "prime", CLAIMED).build());

    assertThat(delivery.counted()).extracting(c -> c.record().id()).containsExactly("r2");
    assertThat(delivery.exclusions()).extracting(Exclusion::reason)
        .containsExactly(ExclusionReason.REJECTED, ExclusionReason.OUTSIDE_CONTRACT_TERM);
    assertThat(delivery.value(CLAIMED)).isEqualByComparingTo("3000");
  }

  @Test
  void sharedResourcesCountTheirShareAndLocalityFollowsTheContract() {
    SharedResource apprentice = SharedResource.builder().id("app-1").period(FinancialQuarter.parse("2024/25-Q1"))
        .measure(TRAINING).quantity(dec("12")).supplier("prime").status(VERIFIED).addEvidence("timesheets")
        .claimKey("apprentice-1").location(Location.postcode("PR1 8XJ"))
        .putShares("C1", dec("0.5")).putShares("C2", dec("0.5")).build();

    CountedRecord counted = count(apprentice.recordFor("C1")).counted().get(0);

    assertThat(counted.quantity()).isEqualByComparingTo("6");
    assertThat(counted.value()).isEqualByComparingTo("1800");
    assertThat(counted.local()).isEqualTo(LocalStatus.LOCAL);
  }

  @Test
  void reportsEveryInputProblem() {
    DeliveryRecord stranger = record("x", "2024/25-Q1", TRAINING, "1", "stranger", CLAIMED).build();
    assertThatThrownBy(() -> ContractDelivery.count(FRAMEWORK, CONTRACT, ProcurementFixtures.chain("other"),
        VALUER, List.of(stranger, stranger)))
        .isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(((ValidationException) e).problems()).extracting(Object::toString).contains(
            "chain: the chain's prime is other but the contract's is prime",
            "records[x]: duplicate record id",
            "records[x].supplier: 'stranger' is not in the supply chain"));
  }

  // ---------------------------------------------------------------- progress

  @Test
  void progressComparesCommittedClaimedAndVerifiedWithRagShortfallAndForecast() {
    // Training KPI: 40 weeks a year = 10 a quarter. By 2024/25-Q2, 20 weeks were due; 15 verified and
    // 3 more claimed: 75% delivered (amber with the defaults 90/70), shortfall 5, forecast 15 ÷ 2 × 8 = 60.
    ContractDelivery delivery = count(
        record("t1", "2024/25-Q1", TRAINING, "10", "prime", VERIFIED).build(),
        record("t2", "2024/25-Q2", TRAINING, "5", "sub", VERIFIED).build(),
        record("t3", "2024/25-Q2", TRAINING, "3", "sub", CLAIMED).build(),
        record("t4", "2024/25-Q3", TRAINING, "50", "sub", VERIFIED).build());

    Progress progress = delivery.progress(FinancialQuarter.parse("2024/25-Q2"));
    ProgressFigures training = progress.measure(TRAINING).orElseThrow().quantity();

    assertThat(progress.elapsedQuarters()).isEqualTo(2);
    assertThat(training.committed()).isEqualByComparingTo("80");
    assertThat(training.committedToDate()).isEqualByComparingTo("20");
    assertThat(training.claimed()).isEqualByComparingTo("18");
    assertThat(training.verified()).isEqualByComparingTo("15");
    assertThat(training.percentDelivered()).hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("75"));
    assertThat(training.rag()).isEqualTo(RagStatus.AMBER);
    assertThat(training.shortfall()).isEqualByComparingTo("5");
    assertThat(training.forecast()).isEqualByComparingTo("60");
    assertThat(progress.measure(TRAINING).orElseThrow().value().verified()).isEqualByComparingTo("4500");
    assertThat(progress.measure(LTU_HIRES).orElseThrow().rag()).isEqualTo(RagStatus.RED);
    assertThat(delivery.progress(FinancialQuarter.parse("2024/25-Q2"), RagThresholds.of(dec("75"), dec("50")))
        .measure(TRAINING).orElseThrow().rag()).isEqualTo(RagStatus.GREEN);
    // total value: committed to date = 2 FTE-years × 30,000 + 2 hires × 20,000 ÷ 2 + 20 weeks × 300
    assertThat(progress.total().committedToDate()).isEqualByComparingTo("86000");
    assertThat(progress.total().verified()).isEqualByComparingTo("4500");
  }

  @Test
  void nothingDueIsNotDue() {
    Progress before = count().progress(FinancialQuarter.parse("2023/24-Q4"));
    assertThat(before.elapsedQuarters()).isZero();
    assertThat(before.total().rag()).isEqualTo(RagStatus.NOT_DUE);
    assertThat(before.total().forecast()).isEqualByComparingTo("0");
  }
}
