package uk.gov.lancashire.socialvalue.delivery;

import uk.gov.lancashire.socialvalue.RecordNulls;
import uk.gov.lancashire.socialvalue.basics.Amounts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.gov.lancashire.socialvalue.ProcurementFixtures.LOCAL_JOBS;
import static uk.gov.lancashire.socialvalue.ProcurementFixtures.LOCAL_SPEND;
import static uk.gov.lancashire.socialvalue.ProcurementFixtures.LTU_HIRES;
import static uk.gov.lancashire.socialvalue.ProcurementFixtures.NEET_HIRES;
import static uk.gov.lancashire.socialvalue.ProcurementFixtures.TRAINING;
import static uk.gov.lancashire.socialvalue.ProcurementFixtures.dec;
import static uk.gov.lancashire.socialvalue.ProcurementFixtures.record;
import static uk.gov.lancashire.socialvalue.delivery.RecordStatus.CLAIMED;
import static uk.gov.lancashire.socialvalue.delivery.RecordStatus.REJECTED;
import static uk.gov.lancashire.socialvalue.delivery.RecordStatus.VERIFIED;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.lancashire.socialvalue.ProcurementFixtures;
import uk.gov.lancashire.socialvalue.basics.FinancialQuarter;
import uk.gov.lancashire.socialvalue.basics.ProblemPath;
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
  void aRecordClaimedAsEvidencedOrVerifiedWithoutEvidenceIsRefusedInPlainEnglish() {
    assertThatThrownBy(() -> withoutEvidence(RecordStatus.EVIDENCED))
        .hasMessageContaining("evidence: an evidenced record must name its evidence");
    assertThatThrownBy(() -> withoutEvidence(VERIFIED))
        .hasMessageContaining("evidence: a verified record must name its evidence");
  }

  private static DeliveryRecord withoutEvidence(RecordStatus status) {
    return DeliveryRecord.builder().id("r1").period(FinancialQuarter.parse("2024/25-Q1")).measure(LOCAL_JOBS)
        .quantity(BigDecimal.ONE).supplier("prime").status(status).build();
  }

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
    assertThat(Amounts.decimal(delivery.value(VERIFIED))).isEqualByComparingTo("22500"); // 0.75 FTE-years × 30,000
    assertThat(delivery.byTier().get(1).counted()).isEqualTo(2);
    assertThat(Amounts.decimal(delivery.byTier().get(1).value())).isEqualByComparingTo("15000");
    assertThat(delivery.byTier().get(2).counted()).isZero();
    assertThat(delivery.byTier().get(2).excluded()).isEqualTo(1);
    assertThat(delivery.byTier().get(3).quantities()).containsEntry(LOCAL_JOBS, dec("0.25"));
    assertThat(delivery.bySupplier().get("sub").excluded()).isEqualTo(1);
  }

  @Test
  void firstYearOnlyMeasuresCountOncePerPersonInThatPersonsFirstYear() {
    ContractDelivery delivery = count(
        record("h1", "2024/25-Q2", LTU_HIRES, "1", "prime", VERIFIED).claimKey("person-2").build(),
        record("h2", "2024/25-Q3", LTU_HIRES, "1", "prime", VERIFIED).claimKey("person-2").build());

    assertThat(delivery.counted()).extracting(c -> c.record().id()).containsExactly("h1");
    assertThat(delivery.exclusions()).singleElement().satisfies(e -> {
      assertThat(e.reason()).isEqualTo(ExclusionReason.DUPLICATE_CLAIM);
      assertThat(e.countedInstead()).contains("h1");
      assertThat(e.explanation().title()).isEqualTo("'person-2' is claimed for NT3 by record h1, kept: "
          + "same evidence (verified), earlier period 2024/25-Q2");
    });
  }

  @Test
  void aLongTermUnemployedPersonHiredInContractYearTwoCountsInFull() {
    // The first year is the person's, not the contract's (council TOMs guidance; DOMAIN.md §3): two hires
    // in contract year 2 are 2 × £20,000 = £40,000, not the £20,000 of year 1 alone.
    ContractDelivery delivery = count(
        record("y1", "2024/25-Q3", LTU_HIRES, "1", "prime", VERIFIED).claimKey("person-a").build(),
        record("y2", "2025/26-Q1", LTU_HIRES, "1", "prime", VERIFIED).claimKey("person-b").build(),
        record("y2b", "2025/26-Q3", LTU_HIRES, "1", "sub", VERIFIED).claimKey("person-c")
            .employmentStart(LocalDate.of(2025, 2, 10)).build());

    assertThat(delivery.counted()).extracting(c -> c.record().id()).containsExactly("y1", "y2", "y2b");
    assertThat(Amounts.decimal(delivery.value(VERIFIED))).isEqualByComparingTo("60000");
    assertThat(delivery.exclusions()).isEmpty();
  }

  @Test
  void aHireOutsideThePersonsFirstTwelveMonthsIsExcludedAndSaysWhy() {
    ContractDelivery delivery = count(
        // declared start 1 June 2024: the first year ends 31 May 2025, before 2025/26-Q2 (July)
        record("late", "2025/26-Q2", LTU_HIRES, "1", "prime", VERIFIED).claimKey("person-d")
            .employmentStart(LocalDate.of(2024, 6, 1)).build(),
        // reported as a local job from 2024/25-Q1, so employed since April 2024: no new hire in 2025/26-Q2
        record("job", "2024/25-Q1", LOCAL_JOBS, "0.25", "prime", VERIFIED).claimKey("person-e").build(),
        record("restated", "2025/26-Q2", LTU_HIRES, "1", "prime", VERIFIED).claimKey("person-e").build());

    assertThat(delivery.counted()).extracting(c -> c.record().id()).containsExactly("job");
    assertThat(delivery.exclusions()).extracting(Exclusion::reason)
        .containsExactly(ExclusionReason.FIRST_YEAR_ONLY, ExclusionReason.FIRST_YEAR_ONLY);
    assertThat(delivery.exclusions().get(0).explanation().title()).isEqualTo("NT3 counts in the first 12 months of the "
        + "person's employment (from 2024-06-01 to 2025-05-31); 2025/26-Q2 is after it");
    assertThat(delivery.exclusions().get(1).explanation().title()).contains("from 2024-04-01 to 2025-03-31");
  }

  @Test
  void theVerifiedRecordIsKeptOverTheClaimedOneWhateverTheOrder() {
    // the prime's claimed record comes first (Q1) but the subcontractor's verified record (Q2) is the
    // stronger evidence: it is kept, and the prime's record is the duplicate
    DeliveryRecord claimed = record("prime-q1", "2024/25-Q1", LTU_HIRES, "1", "prime", CLAIMED).claimKey("person-9").build();
    DeliveryRecord verified = record("sub-q2", "2024/25-Q2", LTU_HIRES, "1", "sub", VERIFIED).claimKey("person-9").build();

    for (ContractDelivery delivery : List.of(count(claimed, verified), count(verified, claimed))) {
      assertThat(delivery.counted()).extracting(c -> c.record().id()).containsExactly("sub-q2");
      assertThat(Amounts.decimal(delivery.value(VERIFIED))).isEqualByComparingTo("20000");
      assertThat(delivery.exclusions()).singleElement().satisfies(e -> {
        assertThat(e.record().id()).isEqualTo("prime-q1");
        assertThat(e.reason()).isEqualTo(ExclusionReason.DUPLICATE_ACROSS_TIERS);
        assertThat(e.countedInstead()).contains("sub-q2");
        assertThat(e.explanation().title()).endsWith("kept: stronger evidence (verified over claimed)");
        assertThat(e.explanation().entry("why kept")).contains("stronger evidence (verified over claimed)");
        assertThat(e.explanation().entry("counted instead")).contains("sub-q2");
      });
    }
  }

  @Test
  void aLocalOnlyRecordOutsideTheContractsLocalityIsExcluded() {
    // NT18 (local spend) is local-only; the contract's locality is PR postcodes
    ContractDelivery delivery = count(
        record("in", "2024/25-Q1", LOCAL_SPEND, "1000", "prime", VERIFIED).location(Location.postcode("PR1 8XJ")).build(),
        record("out", "2024/25-Q1", LOCAL_SPEND, "1000", "prime", VERIFIED).location(Location.postcode("M1 1AE")).build(),
        record("none", "2024/25-Q1", LOCAL_SPEND, "1000", "prime", VERIFIED).build(),
        record("job", "2024/25-Q1", TRAINING, "1", "prime", VERIFIED).location(Location.postcode("M1 1AE")).build());

    assertThat(delivery.counted()).extracting(c -> c.record().id()).containsExactly("in", "job");
    assertThat(delivery.exclusions()).extracting(Exclusion::reason)
        .containsExactly(ExclusionReason.NOT_LOCAL, ExclusionReason.NOT_LOCAL);
    assertThat(delivery.exclusions()).extracting(e -> e.explanation().title()).containsExactly(
        "NT18 counts local delivery only; the record has no location to test against the contract's locality POSTCODE[PR]",
        "NT18 counts local delivery only; M11AE is outside the contract's locality POSTCODE[PR]");
    assertThat(Amounts.decimal(delivery.value(VERIFIED))).isEqualByComparingTo("800"); // 1,000 × 0.5 + 1 week × 300
  }

  @Test
  void contractTermsAreBoundedAndRefusedWithTheirPath() {
    for (int years : new int[] {Integer.MAX_VALUE, 10_000, 201, 0}) {
      assertThatThrownBy(() -> term(years))
          .isInstanceOf(ValidationException.class)
          .satisfies(e -> assertThat(((ValidationException) e).problems()).extracting(p -> p.path())
              .contains("termYears"));
    }
    assertThat(term(200).quarters()).hasSize(800);
    assertThatThrownBy(() -> Kpi.builder().measure(TRAINING).putYearly(201, dec("1")).build())
        .isInstanceOf(ValidationException.class).hasMessageContaining("yearly[201]");
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
      assertThat(e.explanation().title()).contains("exclusive group 'disadvantaged'");
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
    assertThat(Amounts.decimal(delivery.value(CLAIMED))).isEqualByComparingTo("3000");
  }

  @Test
  void sharedResourcesCountTheirShareAndLocalityFollowsTheContract() {
    SharedResource apprentice = SharedResource.builder().id("app-1").period(FinancialQuarter.parse("2024/25-Q1"))
        .measure(TRAINING).quantity(dec("12")).supplier("prime").status(VERIFIED).addEvidence("timesheets")
        .claimKey("apprentice-1").location(Location.postcode("PR1 8XJ"))
        .putShares("C1", dec("0.5")).putShares("C2", dec("0.5")).build();

    CountedRecord counted = count(apprentice.recordFor("C1")).counted().get(0);

    assertThat(counted.quantity()).isEqualByComparingTo("6");
    assertThat(Amounts.decimal(counted.value())).isEqualByComparingTo("1800");
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

  @Test
  void aRecordIdHoldingPathSyntaxStaysOneKeyOfTheProblemPath() {
    DeliveryRecord odd = record("a.b[0]", "2024/25-Q1", TRAINING, "1", "stranger", CLAIMED).build();
    assertThatThrownBy(() -> ContractDelivery.count(FRAMEWORK, CONTRACT, ProcurementFixtures.chain("prime"),
        VALUER, List.of(odd)))
        .isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(((ValidationException) e).problems()).singleElement().satisfies(p -> {
          assertThat(p.where()).isEqualTo(ProblemPath.of("records").key("a.b[0]").property("supplier"));
          assertThat(p.where().segments()).containsExactly(new ProblemPath.Property("records"),
              new ProblemPath.Key("a.b[0]"), new ProblemPath.Property("supplier"));
          assertThat(p.path()).isEqualTo("records[\"a.b[0]\"].supplier");
        }));
  }

  private static Contract term(int years) {
    return Contract.builder().id("long").title("Long").currency(ProcurementFixtures.GBP)
        .start(FinancialQuarter.parse("2024/25-Q1")).termYears(years).editionReference(ProcurementFixtures.EDITION)
        .primeSupplier("prime").locality(Locality.postcodePrefixes("PR")).build();
  }

  // ---------------------------------------------------------------- progress

  @Test
  void progressComparesCommittedClaimedAndVerifiedWithRagShortfallAndForecast() {
    // Training KPI: 40 weeks a year = 10 a quarter. By 2024/25-Q2, 20 weeks were due; 15 verified and
    // 3 more claimed. On the default (claimed) basis 18 ÷ 20 = 90% delivered, green with the defaults 90/70;
    // on the verified basis 75%, amber. The gap of 5 to verified is 2 the supplier did not claim and 3
    // awaiting verification. Forecast on profile: 15 verified + year 1's 40 less the 20 scheduled so far
    // + year 2's 40 = 75.
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
    assertThat(training.basis()).isEqualTo(RagBasis.CLAIMED);
    assertThat(training.percentDelivered()).hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("90"));
    assertThat(training.rag()).isEqualTo(RagStatus.GREEN);
    assertThat(training.shortfall()).isEqualByComparingTo("5");
    assertThat(training.supplierShortfall()).isEqualByComparingTo("2");
    assertThat(training.verificationBacklog()).isEqualByComparingTo("3");
    assertThat(training.forecast()).isEqualByComparingTo("75");
    assertThat(training.forecastAtCompletion().method()).isEqualTo(ForecastMethod.ON_PROFILE);
    assertThat(training.forecastAtCompletion().explanation().title())
        .isEqualTo("on profile: verified to date 15 + remaining commitment 60");
    assertThat(Amounts.decimal(progress.measure(TRAINING).orElseThrow().value().verified())).isEqualByComparingTo("4500");
    assertThat(progress.measure(LTU_HIRES).orElseThrow().rag()).isEqualTo(RagStatus.RED);
    ProgressFigures audited = delivery.progress(FinancialQuarter.parse("2024/25-Q2"),
        RagThresholds.defaults().on(RagBasis.VERIFIED)).measure(TRAINING).orElseThrow().quantity();
    assertThat(audited.percentDelivered()).hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("75"));
    assertThat(audited.rag()).isEqualTo(RagStatus.AMBER);
    assertThat(delivery.progress(FinancialQuarter.parse("2024/25-Q2"), RagThresholds.of(dec("75"), dec("50"))
        .on(RagBasis.VERIFIED)).measure(TRAINING).orElseThrow().rag()).isEqualTo(RagStatus.GREEN);
    // total value: committed to date = 2 FTE-years × 30,000 + 2 hires × 20,000 ÷ 2 + 20 weeks × 300
    assertThat(Amounts.decimal(progress.total().committedToDate())).isEqualByComparingTo("86000");
    assertThat(Amounts.decimal(progress.total().verified())).isEqualByComparingTo("4500");
  }

  @Test
  void aForecastNeverExceedsWhatTheRulesAllowFromTheRemainingProfile() {
    // 2 long-term unemployed hires committed in year 1 (0.5 a quarter); both verified by Q2. A run rate
    // would forecast 2 ÷ 2 quarters × 8 = 8 hires; the profile allows none beyond the year's 2, and a
    // hire counts once, in that person's first year: the forecast is 2 by either method.
    ContractDelivery delivery = count(
        record("h1", "2024/25-Q1", LTU_HIRES, "1", "prime", VERIFIED).claimKey("person-1").build(),
        record("h2", "2024/25-Q2", LTU_HIRES, "1", "prime", VERIFIED).claimKey("person-2").build());
    FinancialQuarter q2 = FinancialQuarter.parse("2024/25-Q2");

    for (ForecastMethod method : ForecastMethod.values()) {
      ProgressFigures hires = delivery.progress(q2, RagThresholds.defaults(), method).measure(LTU_HIRES)
          .orElseThrow().quantity();
      BigDecimal remainingSchedule = CONTRACT.schedule(LTU_HIRES).tailMap(q2, false).values().stream()
          .reduce(BigDecimal.ZERO, BigDecimal::add);
      assertThat(hires.forecast()).as(method.name()).isEqualByComparingTo("2")
          .isLessThanOrEqualTo(hires.verified().add(remainingSchedule));
    }
    // at the current rate, training at half its profile is forecast to finish at half the rest
    ContractDelivery training = count(record("t1", "2024/25-Q1", TRAINING, "5", "prime", VERIFIED).build());
    ProgressFigures rate = training.progress(FinancialQuarter.parse("2024/25-Q1"), RagThresholds.defaults(),
        ForecastMethod.AT_CURRENT_RATE).measure(TRAINING).orElseThrow().quantity();
    assertThat(rate.forecast()).isEqualByComparingTo("40"); // 5 + (40 − 10 + 40) × 0.5
    assertThat(rate.forecastAtCompletion().explanation().title()).isEqualTo("at current rate: verified to date 5 + "
        + "remaining commitment 70 × rate 0.5 (verified ÷ committed to date 10)");
  }

  @Test
  void nothingDueIsNotDue() {
    Progress before = count().progress(FinancialQuarter.parse("2023/24-Q4"));
    assertThat(before.elapsedQuarters()).isZero();
    assertThat(before.total().rag()).isEqualTo(RagStatus.NOT_DUE);
    // before the term, the forecast on profile is the whole commitment
    assertThat(before.total().forecast()).isEqualTo(before.total().committed());
  }

  @Test
  void everyNullInTheProgressMeasuresIsNamed() {
    RecordNulls.collectionsNamed(count().progress(FinancialQuarter.parse("2025/26-Q1")));
  }

  @Test
  void everyNullInAContributionIsNamed() {
    Contribution tier = count(record("a1", "2024/25-Q1", LOCAL_JOBS, "0.25", "prime", VERIFIED).build())
        .byTier().get(1);
    assertThat(tier.quantities()).isNotEmpty();
    RecordNulls.collectionsNamed(tier);
  }
}
