package uk.gov.lancashire.socialvalue.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
      ProcurementFixtures.LOCAL_SHARE);

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

    assertThat(after.value(RecordStatus.VERIFIED)).isGreaterThanOrEqualTo(before.value(RecordStatus.VERIFIED));
    assertThat(after.progress(END).total().verified()).isGreaterThanOrEqualTo(before.progress(END).total().verified());
  }

  @Property(tries = 200)
  void aDuplicateClaimNeverChangesAnyTotal(
      @ForAll("records") List<DeliveryRecord> records, @ForAll("duplicate") DeliveryRecord.Builder duplicate,
      @ForAll int pick) {
    ContractDelivery before = count(records);
    List<CountedRecord> claimed = before.counted().stream().filter(c -> c.record().claimKey().isPresent())
        .collect(Collectors.toList());
    Assume.that(!claimed.isEmpty());
    DeliveryRecord original = claimed.get(Math.floorMod(pick, claimed.size())).record();
    DeliveryRecord copy = duplicate.id("zz-dup").period(original.period()).measure(original.measure())
        .claimKey(original.claimKey().get()).build();
    List<DeliveryRecord> more = new ArrayList<>(records);
    more.add(copy);

    ContractDelivery after = count(more);

    assertThat(after.valueByStatus()).usingRecursiveComparison().withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
        .isEqualTo(before.valueByStatus());
    assertThat(after.counted()).extracting(c -> c.record().id())
        .containsExactlyElementsOf(before.counted().stream().map(c -> c.record().id()).collect(Collectors.toList()));
    assertThat(values(after.byTier())).isEqualTo(values(before.byTier()));
    assertThat(after.progress(END).toString()).isEqualTo(before.progress(END).toString());
    assertThat(after.exclusions()).hasSize(before.exclusions().size() + 1);
    assertThat(after.exclusions()).anySatisfy(e -> {
      assertThat(e.record().id()).isEqualTo("zz-dup");
      assertThat(e.reason()).isIn(ExclusionReason.DUPLICATE_CLAIM, ExclusionReason.DUPLICATE_ACROSS_TIERS,
          ExclusionReason.REJECTED);
    });
  }

  private static ContractDelivery count(List<DeliveryRecord> records) {
    return ContractDelivery.count(FRAMEWORK, CONTRACT, CHAIN, VALUER, records);
  }

  private static Map<Integer, String> values(Map<Integer, Contribution> tiers) {
    // a tier whose only record is the excluded duplicate appears with nothing counted: not a total
    return tiers.entrySet().stream().filter(e -> e.getValue().counted() > 0).collect(Collectors.toMap(Map.Entry::getKey,
        e -> e.getValue().decimalValue().stripTrailingZeros().toPlainString() + " " + e.getValue().counted()
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
    return Combinators.combine(builders(), key).as((b, k) -> k.isEmpty() ? b : b.claimKey(k))
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
  Arbitrary<DeliveryRecord.Builder> duplicate() {
    Arbitrary<BigDecimal> quantity = Arbitraries.bigDecimals().between(BigDecimal.valueOf(-50), BigDecimal.valueOf(50)).ofScale(2);
    return Combinators.combine(quantity, Arbitraries.of("prime", "sub", "subsub"), Arbitraries.of(RecordStatus.class))
        .as((q, s, st) -> {
          DeliveryRecord.Builder b = DeliveryRecord.builder().quantity(q).supplier(s).status(st);
          return st == RecordStatus.EVIDENCED || st == RecordStatus.VERIFIED ? b.addEvidence("evidence") : b;
        });
  }
}
