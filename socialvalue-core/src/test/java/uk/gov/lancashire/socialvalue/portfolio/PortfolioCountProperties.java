package uk.gov.lancashire.socialvalue.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
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
import uk.gov.lancashire.socialvalue.delivery.ContractDelivery;
import uk.gov.lancashire.socialvalue.delivery.CountedRecord;
import uk.gov.lancashire.socialvalue.delivery.DeliveryRecord;
import uk.gov.lancashire.socialvalue.delivery.RecordStatus;
import uk.gov.lancashire.socialvalue.framework.CommitmentValuer;
import uk.gov.lancashire.socialvalue.framework.MeasureCode;

class PortfolioCountProperties {

  private static final CommitmentValuer VALUER = CommitmentValuer.pinned(ProcurementFixtures.edition());
  private static final List<MeasureCode> MEASURES = List.of(ProcurementFixtures.LOCAL_JOBS,
      ProcurementFixtures.LTU_HIRES, ProcurementFixtures.NEET_HIRES, ProcurementFixtures.TRAINING);
  private static final ValueStage[] DELIVERED = {ValueStage.CLAIMED, ValueStage.EVIDENCED, ValueStage.VERIFIED,
      ValueStage.REJECTED};

  @Property(tries = 150)
  void aDuplicateClaimOnAnotherContractNeverChangesAnyTotal(@ForAll("records") List<DeliveryRecord> records,
      @ForAll int pick, @ForAll("weaker") RecordStatus status, @ForAll("suppliers") String supplier) {
    ContractDelivery c1 = count("C1", records);
    List<CountedRecord> claimed = c1.counted().stream().filter(c -> c.record().claimKey().isPresent())
        .collect(Collectors.toList());
    Assume.that(!claimed.isEmpty());
    DeliveryRecord original = claimed.get(Math.floorMod(pick, claimed.size())).record();
    Assume.that(strength(status) <= strength(original.status()));
    DeliveryRecord copy = DeliveryRecord.builder().id("c2-dup").period(original.period()).measure(original.measure())
        .quantity(original.quantity()).supplier(supplier).status(status).addAllEvidence(original.evidence())
        .claimKey(original.claimKey()).location(original.location()).build();
    ContractDelivery c2 = count("C2", List.of(copy));
    Assume.that(c2.counted().size() == 1);

    PortfolioAggregate alone = PortfolioFacts.of(List.of(c1)).aggregate().only(DELIVERED);
    PortfolioCount both = PortfolioFacts.of(List.of(c2, c1));

    assertThat(both.aggregate().only(DELIVERED)).isEqualTo(alone);
    assertThat(both.duplicates()).singleElement().satisfies(d -> {
      assertThat(d.contract()).isEqualTo("C2");
      assertThat(d.keptContract()).isEqualTo("C1");
    });
  }

  @Property(tries = 100)
  void contractOrderNeverChangesThePortfolio(@ForAll("records") List<DeliveryRecord> a,
      @ForAll("records") List<DeliveryRecord> b, @ForAll("records") List<DeliveryRecord> c, @ForAll Random random) {
    List<ContractDelivery> deliveries = new ArrayList<>(List.of(count("C1", a), count("C2", b), count("C3", c)));
    PortfolioCount first = PortfolioFacts.of(deliveries);
    Collections.shuffle(deliveries, random);
    PortfolioCount second = PortfolioFacts.of(deliveries);

    assertThat(second.aggregate()).isEqualTo(first.aggregate());
    assertThat(second.duplicates()).isEqualTo(first.duplicates());
  }

  private static ContractDelivery count(String contract, List<DeliveryRecord> records) {
    return ContractDelivery.count(ProcurementFixtures.framework(), ProcurementFixtures.contract(contract, "prime"),
        ProcurementFixtures.chain("prime"), VALUER, records);
  }

  private static int strength(RecordStatus status) {
    return status == RecordStatus.VERIFIED ? 3 : status == RecordStatus.EVIDENCED ? 2 : 1;
  }

  @Provide
  Arbitrary<RecordStatus> weaker() {
    return Arbitraries.of(RecordStatus.CLAIMED, RecordStatus.EVIDENCED, RecordStatus.VERIFIED);
  }

  @Provide
  Arbitrary<String> suppliers() {
    return Arbitraries.of("prime", "sub", "subsub");
  }

  @Provide
  Arbitrary<List<DeliveryRecord>> records() {
    Arbitrary<FinancialQuarter> period = Arbitraries.integers().between(0, 7).map(i -> {
      FinancialQuarter q = FinancialQuarter.parse("2024/25-Q1");
      for (int k = 0; k < i; k++) {
        q = q.next();
      }
      return q;
    });
    Arbitrary<BigDecimal> quantity = Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.valueOf(5)).ofScale(2);
    return Combinators.combine(period, Arbitraries.of(MEASURES), quantity, suppliers(),
        Arbitraries.of(RecordStatus.class), Arbitraries.of("p1", "p2", "p3", ""))
        .as((p, m, q, s, st, k) -> {
          DeliveryRecord.Builder b = DeliveryRecord.builder().period(p).measure(m).quantity(q).supplier(s).status(st);
          if (!k.isEmpty()) {
            b.claimKey(k);
          }
          return st == RecordStatus.EVIDENCED || st == RecordStatus.VERIFIED ? b.addEvidence("evidence") : b;
        })
        .list().ofMaxSize(15).map(builders -> {
          List<DeliveryRecord> records = new ArrayList<>();
          for (int i = 0; i < builders.size(); i++) {
            records.add(builders.get(i).id(String.format("r%03d", i)).build());
          }
          return records;
        });
  }
}
