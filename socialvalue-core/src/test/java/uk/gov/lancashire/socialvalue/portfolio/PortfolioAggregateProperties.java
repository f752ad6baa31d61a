package uk.gov.lancashire.socialvalue.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.lancashire.socialvalue.ProcurementFixtures.GBP;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import uk.gov.lancashire.socialvalue.ProcurementFixtures;
import uk.gov.lancashire.socialvalue.basics.Amounts;
import uk.gov.lancashire.socialvalue.basics.FinancialYear;
import uk.gov.lancashire.socialvalue.delivery.LocalStatus;
import uk.gov.lancashire.socialvalue.framework.MeasureCode;

class PortfolioAggregateProperties {

  @Property(tries = 200)
  void combineIsAssociative(@ForAll("facts") List<PortfolioFact> a, @ForAll("facts") List<PortfolioFact> b,
      @ForAll("facts") List<PortfolioFact> c) {
    PortfolioAggregate x = PortfolioAggregate.of(a);
    PortfolioAggregate y = PortfolioAggregate.of(b);
    PortfolioAggregate z = PortfolioAggregate.of(c);

    assertThat(x.combine(y).combine(z)).isEqualTo(x.combine(y.combine(z)));
  }

  @Property(tries = 200)
  void combineIsCommutative(@ForAll("facts") List<PortfolioFact> a, @ForAll("facts") List<PortfolioFact> b) {
    PortfolioAggregate x = PortfolioAggregate.of(a);
    PortfolioAggregate y = PortfolioAggregate.of(b);

    assertThat(x.combine(y)).isEqualTo(y.combine(x));
    assertThat(x.combine(y).hashCode()).isEqualTo(y.combine(x).hashCode());
  }

  @Property(tries = 200)
  void emptyIsTheIdentity(@ForAll("facts") List<PortfolioFact> a) {
    PortfolioAggregate x = PortfolioAggregate.of(a);

    assertThat(x.combine(PortfolioAggregate.empty())).isEqualTo(x);
    assertThat(PortfolioAggregate.empty().combine(x)).isEqualTo(x);
  }

  @Property(tries = 200)
  void splittingAnyWayAndCombiningThePartsEqualsAggregatingTheWhole(
      @ForAll("facts") List<PortfolioFact> facts, @ForAll @IntRange(min = 1, max = 6) int parts, @ForAll long seed) {
    Random random = new Random(seed);
    List<List<PortfolioFact>> split = new ArrayList<>();
    for (int i = 0; i < parts; i++) {
      split.add(new ArrayList<>());
    }
    facts.forEach(f -> split.get(random.nextInt(parts)).add(f));
    Collections.shuffle(split, random);

    PortfolioAggregate combined = split.stream().map(PortfolioAggregate::of)
        .reduce(PortfolioAggregate.empty(), PortfolioAggregate::combine);
    PortfolioAggregate whole = PortfolioAggregate.of(facts);

    assertThat(combined).isEqualTo(whole);
    assertThat(facts.parallelStream().collect(PortfolioAggregate.collector())).isEqualTo(whole);
    assertThat(combined.byPriority(ProcurementFixtures.framework(), "lcc").toString())
        .isEqualTo(whole.byPriority(ProcurementFixtures.framework(), "lcc").toString());
    assertThat(combined.byTheme(ProcurementFixtures.framework()).toString())
        .isEqualTo(whole.byTheme(ProcurementFixtures.framework()).toString());
  }

  @Property(tries = 200)
  void priorityPartsAlwaysAddUpToTheTotal(@ForAll("facts") List<PortfolioFact> facts) {
    PriorityBreakdown lcc = PortfolioAggregate.of(facts).byPriority(ProcurementFixtures.framework(), "lcc");

    BigDecimal sum = lcc.breakdown().parts().values().stream().map(t -> Amounts.decimal(t.value()))
        .reduce(Amounts.decimal(lcc.breakdown().unclassified().value()), BigDecimal::add);
    assertThat(sum).isEqualByComparingTo(Amounts.decimal(lcc.breakdown().total().value()));
  }

  @Provide
  Arbitrary<List<PortfolioFact>> facts() {
    Arbitrary<MeasureCode> measure = Arbitraries.of(ProcurementFixtures.LOCAL_JOBS, ProcurementFixtures.LTU_HIRES,
        ProcurementFixtures.TRAINING, ProcurementFixtures.CARBON, ProcurementFixtures.LOCAL_SHARE);
    Arbitrary<BigDecimal> amount = Arbitraries.bigDecimals()
        .between(BigDecimal.valueOf(-1000), BigDecimal.valueOf(1_000_000)).ofScale(3);
    Arbitrary<PortfolioFact> fact = Combinators.combine(
        Arbitraries.of("C1", "C2", "C3"), Arbitraries.of("prime", "sub"), measure, Arbitraries.of(LocalStatus.class),
        Arbitraries.integers().between(2024, 2026).map(FinancialYear::of), Arbitraries.of(ValueStage.class),
        amount, amount)
        .as((c, s, m, l, y, st, q, v) -> PortfolioFact.of(c, s, m, l, y, st, q, v, GBP));
    return fact.list().ofMaxSize(30);
  }
}
