package uk.gov.lancashire.socialvalue.delivery;

import uk.gov.lancashire.socialvalue.basics.Amounts;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import uk.gov.lancashire.socialvalue.ProcurementFixtures;
import uk.gov.lancashire.socialvalue.basics.FinancialQuarter;
import uk.gov.lancashire.socialvalue.framework.Framework;
import uk.gov.lancashire.socialvalue.framework.MeasureCode;
import uk.gov.lancashire.socialvalue.framework.CommitmentValuer;

class ContractDeliveryProperties {

  private static final Framework FRAMEWORK = ProcurementFixtures.framework();
  private static final CommitmentValuer VALUER = CommitmentValuer.pinned(ProcurementFixtures.edition());
  private static final Contract CONTRACT = ProcurementFixtures.contract("C1", "prime");
  private static final SupplyChain CHAIN = ProcurementFixtures.chain("prime");
  private static final FinancialQuarter END = FinancialQuarter.parse("2025/26-Q4");
  private static final List<MeasureCode> MEASURES = List.of(ProcurementFixtures.LOCAL_JOBS,
      ProcurementFixtures.LTU_HIRES, ProcurementFixtures.NEET_HIRES, ProcurementFixtures.TRAINING,
      ProcurementFixtures.LOCAL_SHARE, ProcurementFixtures.LOCAL_SPEND);

  @Property(tries = 200)
  void addingANonDuplicateVerifiedRecordNeverLowersVerifiedValue(
      @ForAll("records") List<DeliveryRecord> records, @ForAll("fresh") DeliveryRecord.Builder fresh,
      @ForAll boolean withClaimKey) {
    if (withClaimKey) {
      fresh.claimKey("someone-never-claimed-before");
    }
    DeliveryRecord added = fresh.id("zz-new").status(RecordStatus.VERIFIED).addEvidence("payroll").build();
    List<DeliveryRecord> more = new ArrayList<>(records);
    more.add(added);

    ContractDelivery before = count(records);
    ContractDelivery after = count(more);

    assertThat(Amounts.decimal(after.value(RecordStatus.VERIFIED)))
        .isGreaterThanOrEqualTo(Amounts.decimal(before.value(RecordStatus.VERIFIED)));
    assertThat(after.progress(END).total().figures().verified())
        .isGreaterThanOrEqualTo(before.progress(END).total().figures().verified());
  }

  @Property(tries = 200)
  void aDuplicateClaimNeverChangesAnyTotal(
      @ForAll("records") List<DeliveryRecord> records, @ForAll("duplicate") DeliveryRecord.Builder duplicate,
      @ForAll int pick) {
    // a duplicate is a second record of a counted claim that the preference order does not prefer: weaker
    // evidence, or the same evidence from the same supplier (any quantity)
    ContractDelivery before = count(records);
    List<CountedRecord> claimed = before.counted().stream().filter(c -> c.record().claimKey().isPresent())
        .collect(Collectors.toList());
    Assume.that(!claimed.isEmpty());
    DeliveryRecord original = claimed.get(Math.floorMod(pick, claimed.size())).record();
    DeliveryRecord probe = duplicate.id("zz-probe").period(original.period()).measure(original.measure()).build();
    Assume.that(strength(probe.status()) < strength(original.status())
        || probe.status() == original.status() && probe.supplier().equals(original.supplier()));
    DeliveryRecord copy = copy(probe, "zz-dup", probe.supplier(), original.claimKey(), original.location());
    List<DeliveryRecord> more = new ArrayList<>(records);
    more.add(copy);

    ContractDelivery after = count(more);

    assertSameTotals(after, before);
    assertThat(after.counted()).extracting(c -> c.record().id())
        .containsExactlyElementsOf(before.counted().stream().map(c -> c.record().id()).collect(Collectors.toList()));
    assertThat(values(after.byTier())).isEqualTo(values(before.byTier()));
    assertThat(after.exclusions()).hasSize(before.exclusions().size() + 1);
    assertThat(after.exclusions()).anySatisfy(e -> {
      assertThat(e.record().id()).isEqualTo("zz-dup");
      assertThat(e.reason()).isIn(ExclusionReason.DUPLICATE_CLAIM, ExclusionReason.DUPLICATE_ACROSS_TIERS,
          ExclusionReason.REJECTED);
    });
  }

  @Property(tries = 200)
  void anExactCopyOfACountedClaimFromAnySupplierNeverChangesAnyTotal(
      @ForAll("records") List<DeliveryRecord> records, @ForAll int pick,
      @ForAll("suppliers") String supplier) {
    ContractDelivery before = count(records);
    List<CountedRecord> claimed = before.counted().stream().filter(c -> c.record().claimKey().isPresent())
        .collect(Collectors.toList());
    Assume.that(!claimed.isEmpty());
    DeliveryRecord original = claimed.get(Math.floorMod(pick, claimed.size())).record();
    List<DeliveryRecord> more = new ArrayList<>(records);
    more.add(copy(original, "zz-copy", supplier, original.claimKey(), original.location()));

    ContractDelivery after = count(more);

    assertSameTotals(after, before);
    assertThat(after.counted()).hasSameSizeAs(before.counted());
    assertThat(after.exclusions()).hasSize(before.exclusions().size() + 1);
  }

  @Property(tries = 200)
  void recordOrderNeverChangesAnyResult(@ForAll("records") List<DeliveryRecord> records, @ForAll Random random,
      @ForAll ForecastMethod method) {
    List<DeliveryRecord> shuffled = new ArrayList<>(records);
    Collections.shuffle(shuffled, random);

    ContractDelivery a = count(records);
    ContractDelivery b = count(shuffled);

    assertThat(b.counted()).isEqualTo(a.counted());
    assertThat(text(b.exclusions())).isEqualTo(text(a.exclusions()));
    assertThat(text(b.progress(END, RagThresholds.defaults(), method)))
        .isEqualTo(text(a.progress(END, RagThresholds.defaults(), method)));
  }

  @Property(tries = 200)
  void theForecastAtCompletionIsNeverBelowVerifiedToDate(@ForAll("records") List<DeliveryRecord> records,
      @ForAll("asOf") FinancialQuarter asOf, @ForAll ForecastMethod method, @ForAll RagBasis basis) {
    Progress progress = count(records).progress(asOf, RagThresholds.defaults().on(basis), method);

    for (MeasureProgress m : progress.measures()) {
      assertThat(m.quantity().forecast()).isGreaterThanOrEqualTo(m.quantity().verified());
      assertThat(Amounts.decimal(m.value().forecast())).isGreaterThanOrEqualTo(Amounts.decimal(m.value().verified()));
    }
    assertThat(Amounts.decimal(progress.total().forecast()))
        .isGreaterThanOrEqualTo(Amounts.decimal(progress.total().verified()));
  }

  @Property(tries = 200)
  void valueProgressIsTheValuedQuantityInTheContractsCurrency(@ForAll("records") List<DeliveryRecord> records,
      @ForAll("asOf") FinancialQuarter asOf, @ForAll ForecastMethod method, @ForAll RagBasis basis) {
    Progress progress = count(records).progress(asOf, RagThresholds.defaults().on(basis), method);

    for (MeasureProgress m : progress.measures()) {
      ValueProgress value = m.value();
      ProgressFigures quantity = m.quantity();
      BigDecimal proxy = VALUER.value(m.measure(), BigDecimal.ONE);
      assertThat(value.currency()).isEqualTo(CONTRACT.currency());
      assertThat(value.verified()).isEqualTo(Amounts.of(VALUER.value(m.measure(), quantity.verified()),
          CONTRACT.currency()));
      assertThat(value.forecast()).isEqualTo(Amounts.of(VALUER.value(m.measure(), quantity.forecast()),
          CONTRACT.currency()));
      if (proxy.signum() > 0) {
        assertThat(value.percentDelivered().isPresent()).isEqualTo(quantity.percentDelivered().isPresent());
        value.percentDelivered().ifPresent(p -> assertThat(p).isEqualByComparingTo(quantity.percentDelivered().get()));
        assertThat(value.rag()).isEqualTo(quantity.rag());
      }
    }
    assertThat(progress.total().currency()).isEqualTo(CONTRACT.currency());
    assertThat(Amounts.decimal(progress.total().committedToDate())).isEqualByComparingTo(progress.measures().stream()
        .map(m -> Amounts.decimal(m.value().committedToDate())).reduce(BigDecimal.ZERO, BigDecimal::add));
  }

  private static List<String> text(List<Exclusion> exclusions) {
    return exclusions.stream().map(e -> e.record().id() + " " + e.reason() + " " + e.countedInstead() + " "
        + e.explanation().toText()).collect(Collectors.toList());
  }

  private static String text(Progress progress) {
    StringBuilder t = new StringBuilder(progress.toString());
    progress.measures().forEach(m -> t.append(m.quantity().forecastAtCompletion().explanation().toText())
        .append(m.value().forecastExplanation().toText()));
    return t.append(progress.total().forecastExplanation().toText()).toString();
  }

  private static void assertSameTotals(ContractDelivery after, ContractDelivery before) {
    assertThat(decimals(after.valueByStatus())).isEqualTo(decimals(before.valueByStatus()));
    assertThat(after.progress(END).toString()).isEqualTo(before.progress(END).toString());
  }

  private static Map<RecordStatus, BigDecimal> decimals(Map<RecordStatus, javax.money.MonetaryAmount> values) {
    return values.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> Amounts.decimal(e.getValue())));
  }

  private static DeliveryRecord copy(DeliveryRecord r, String id, String supplier,
      java.util.Optional<String> claimKey, java.util.Optional<Location> location) {
    return DeliveryRecord.builder().id(id).period(r.period()).measure(r.measure()).quantity(r.quantity())
        .supplier(supplier).status(r.status()).addAllEvidence(r.evidence()).claimKey(claimKey).location(location)
        .employmentStart(r.employmentStart()).share(r.share()).build();
  }

  private static int strength(RecordStatus status) {
    return status == RecordStatus.VERIFIED ? 3 : status == RecordStatus.EVIDENCED ? 2 : status == RecordStatus.CLAIMED ? 1 : 0;
  }

  private static ContractDelivery count(List<DeliveryRecord> records) {
    return ContractDelivery.count(FRAMEWORK, CONTRACT, CHAIN, VALUER, records);
  }

  private static Map<Integer, String> values(Map<Integer, Contribution> tiers) {
    // a tier whose only record is the excluded duplicate appears with nothing counted: not a total
    return tiers.entrySet().stream().filter(e -> e.getValue().counted() > 0).collect(Collectors.toMap(Map.Entry::getKey,
        e -> Amounts.decimal(e.getValue().value()).stripTrailingZeros().toPlainString() + " " + e.getValue().counted()
            + " " + e.getValue().quantities().entrySet().stream()
            .map(q -> q.getKey() + "=" + q.getValue().stripTrailingZeros().toPlainString()).collect(Collectors.joining(","))));
  }

  // ---------------------------------------------------------------- generators

  private static Arbitrary<DeliveryRecord.Builder> builders() {
    Arbitrary<FinancialQuarter> period = Arbitraries.integers().between(-1, 8).map(i -> {
      FinancialQuarter q = FinancialQuarter.parse("2023/24-Q4");
      for (int k = -1; k < i; k++) {
        q = q.next();
      }
      return q;
    });
    Arbitrary<BigDecimal> quantity = Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.valueOf(50)).ofScale(2);
    return Combinators.combine(period, Arbitraries.of(MEASURES), quantity, Arbitraries.of("prime", "sub", "subsub"),
        Arbitraries.of(RecordStatus.class))
        .as((p, m, q, s, st) -> {
          DeliveryRecord.Builder b = DeliveryRecord.builder().period(p).measure(m).quantity(q).supplier(s).status(st);
          return st == RecordStatus.EVIDENCED || st == RecordStatus.VERIFIED ? b.addEvidence("evidence") : b;
        });
  }

  @Provide
  Arbitrary<List<DeliveryRecord>> records() {
    Arbitrary<String> key = Arbitraries.of("p1", "p2", "p3", "p4", "", "");
    Arbitrary<String> where = Arbitraries.of("PR1 8XJ", "M1 1AE", "");
    Arbitrary<Integer> started = Arbitraries.integers().between(-1, 800);
    return Combinators.combine(builders(), key, where, started).as((b, k, w, d) -> {
      DeliveryRecord.Builder r = k.isEmpty() ? b : b.claimKey(k);
      r = w.isEmpty() ? r : r.location(Location.postcode(w));
      return d < 0 ? r : r.employmentStart(java.time.LocalDate.of(2023, 10, 1).plusDays(d));
    })
        .list().ofMaxSize(25).map(builders -> {
          List<DeliveryRecord> records = new ArrayList<>();
          for (int i = 0; i < builders.size(); i++) {
            records.add(builders.get(i).id(String.format("r%03d", i)).build());
          }
          return records;
        });
  }

  @Provide
  Arbitrary<DeliveryRecord.Builder> fresh() {
    Arbitrary<BigDecimal> quantity = Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.valueOf(50)).ofScale(2);
    Arbitrary<FinancialQuarter> period = Arbitraries.of(CONTRACT.quarters());
    return Combinators.combine(period, Arbitraries.of(MEASURES), quantity, Arbitraries.of("prime", "sub", "subsub"))
        .as((p, m, q, s) -> DeliveryRecord.builder().period(p).measure(m).quantity(q).supplier(s));
  }

  @Provide
  Arbitrary<String> suppliers() {
    return Arbitraries.of("prime", "sub", "subsub");
  }

  @Provide
  Arbitrary<FinancialQuarter> asOf() {
    return Arbitraries.integers().between(0, 10).map(i -> {
      FinancialQuarter q = FinancialQuarter.parse("2023/24-Q4");
      for (int k = 0; k < i; k++) {
        q = q.next();
      }
      return q;
    });
  }

  @Provide
  Arbitrary<DeliveryRecord.Builder> duplicate() {
    Arbitrary<BigDecimal> quantity = Arbitraries.bigDecimals().between(BigDecimal.valueOf(-50), BigDecimal.valueOf(50)).ofScale(2);
    return Combinators.combine(quantity, Arbitraries.of("prime", "sub", "subsub"), Arbitraries.of(RecordStatus.class))
        .as((q, s, st) -> {
          DeliveryRecord.Builder b = DeliveryRecord.builder().quantity(q).supplier(s).status(st);
          return st == RecordStatus.EVIDENCED || st == RecordStatus.VERIFIED ? b.addEvidence("evidence") : b;
        });
  }
}
