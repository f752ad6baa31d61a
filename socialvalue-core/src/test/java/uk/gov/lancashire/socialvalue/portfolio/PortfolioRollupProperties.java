package uk.gov.lancashire.socialvalue.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import uk.gov.lancashire.socialvalue.basics.FinancialYear;
import uk.gov.lancashire.socialvalue.basics.ValidationException;
import uk.gov.lancashire.socialvalue.framework.Framework;
import uk.gov.lancashire.socialvalue.portfolio.RollupFixtures.Rec;
import uk.gov.lancashire.socialvalue.framework.ProxyEdition;
import uk.gov.lancashire.socialvalue.framework.CommitmentValuer;

/**
 * The fast roll-up against the straightforward engine ({@link PortfolioFacts}-style facts valued by the
 * pinned valuer, summed by {@link PortfolioAggregate}) on random portfolios: every view identical to the
 * last digit and scale, including quantities, proxies and sums beyond the range of a {@code long}.
 */
class PortfolioRollupProperties {

  private static final Framework FRAMEWORK = RollupFixtures.framework();

  @Property(tries = 300)
  void fastPathEqualsTheEngineToTheLastDigit(@ForAll("proxies") List<BigDecimal> proxies,
      @ForAll("records") List<Rec> records) {
    ProxyEdition edition = RollupFixtures.edition(proxies);
    PortfolioRollup rollup = PortfolioRollup.of(FRAMEWORK, edition);
    PortfolioRollup.Accumulator acc = rollup.accumulator();
    records.forEach(r -> acc.add(r.measure, FinancialYear.of(r.year), r.quantity));
    RollupTotals fast = acc.result();

    CommitmentValuer valuer = CommitmentValuer.pinned(edition);
    PortfolioAggregate engine = PortfolioAggregate.of(records.stream().map(r -> r.fact(valuer))
        .collect(Collectors.toList()));

    assertSameViews(fast, engine);
    for (int year = 2022; year <= 2029; year++) {
      assertSameViews(fast.forYear(FinancialYear.of(year)), engine.forYear(FinancialYear.of(year)));
    }
  }

  @Property(tries = 200)
  void anyDivisionBetweenThreadsGivesIdenticalTotals(@ForAll("proxies") List<BigDecimal> proxies,
      @ForAll("records") List<Rec> records, @ForAll @IntRange(min = 1, max = 4) int parts, @ForAll long seed) {
    PortfolioRollup rollup = PortfolioRollup.of(FRAMEWORK, RollupFixtures.edition(proxies));
    PortfolioRollup.Accumulator whole = rollup.accumulator();
    List<PortfolioRollup.Accumulator> split = new ArrayList<>();
    for (int i = 0; i < parts; i++) {
      split.add(rollup.accumulator());
    }
    Random random = new Random(seed);
    for (Rec r : records) {
      whole.add(r.measure, FinancialYear.of(r.year), r.quantity);
      split.get(random.nextInt(parts)).add(r.measure, FinancialYear.of(r.year), r.quantity);
    }

    RollupTotals merged = split.stream().reduce(rollup.accumulator(), PortfolioRollup.Accumulator::addAll).result();
    RollupTotals combined = split.stream().map(PortfolioRollup.Accumulator::result)
        .reduce(rollup.accumulator().result(), RollupTotals::combine);

    RollupTotals expected = whole.result();
    assertThat(merged).isEqualTo(expected);
    assertThat(combined).isEqualTo(expected);
    assertThat(merged.byPriority().toString()).isEqualTo(expected.byPriority().toString());
    assertThat(combined.byPriority().toString()).isEqualTo(expected.byPriority().toString());
    assertThat(combined.byTheme().toString()).isEqualTo(expected.byTheme().toString());
    assertThat(combined.byFinancialYear().toString()).isEqualTo(expected.byFinancialYear().toString());
  }

  @Property(tries = 200)
  void mixedPriceYearsAreRefusedByBothOrNeither(@ForAll("proxies") List<BigDecimal> proxies,
      @ForAll("priceYears") List<Integer> priceYears, @ForAll("records") List<Rec> records) {
    ProxyEdition edition = RollupFixtures.edition(proxies, priceYears);
    PortfolioRollup.Accumulator acc = PortfolioRollup.of(FRAMEWORK, edition).accumulator();
    records.forEach(r -> acc.add(r.measure, FinancialYear.of(r.year), r.quantity));
    RollupTotals fast = acc.result();
    CommitmentValuer valuer = CommitmentValuer.pinned(edition);
    PortfolioAggregate engine = PortfolioAggregate.of(records.stream().map(r -> r.fact(valuer))
        .collect(Collectors.toList()));

    assertThat(fast.priceYears()).isEqualTo(engine.priceYears());
    for (FinancialYear year : List.of(FinancialYear.of(2022), FinancialYear.of(2025))) {
      assertThat(fast.forYear(year).priceYears()).isEqualTo(engine.forYear(year).priceYears());
      assertThat(view(() -> fast.forYear(year).total())).isEqualTo(view(() -> engine.forYear(year).total()));
    }
    String refused = engine.priceYears().size() > 1 ? "refused at priceYear" : null;
    assertThat(view(fast::total)).isEqualTo(view(engine::total)).matches(v -> refused == null || v.equals(refused));
    assertThat(view(fast::byFinancialYear)).isEqualTo(view(engine::byFinancialYear));
    assertThat(view(() -> fast.byPriority("lcc"))).isEqualTo(view(() -> engine.byPriority(FRAMEWORK, "lcc")));
    assertThat(view(fast::byTheme)).isEqualTo(view(() -> engine.byTheme(FRAMEWORK)));
    assertThat(view(fast::byOutcome)).isEqualTo(view(() -> engine.byOutcome(FRAMEWORK)));
    assertThat(fast.toString()).contains(records.size() + " records");
  }

  /** @return the view as text, or {@code refused at PATH} for each problem of the refusal */
  private static String view(Supplier<Object> view) {
    try {
      return view.get().toString();
    } catch (ValidationException e) {
      return e.problems().stream().map(p -> "refused at " + p.path()).collect(Collectors.joining("; "));
    }
  }

  private static void assertSameViews(RollupTotals fast, PortfolioAggregate engine) {
    assertThat(fast.total()).isEqualTo(engine.total());
    assertThat(fast.total().toString()).isEqualTo(engine.total().toString());
    assertThat(fast.byFinancialYear()).isEqualTo(engine.byFinancialYear());
    assertThat(fast.byFinancialYear().toString()).isEqualTo(engine.byFinancialYear().toString());
    for (String scheme : List.of("lcc", "county")) {
      PriorityBreakdown f = fast.byPriority(scheme);
      PriorityBreakdown e = engine.byPriority(FRAMEWORK, scheme);
      assertThat(f.breakdown().parts()).isEqualTo(e.breakdown().parts());
      assertThat(f.breakdown().unclassified()).isEqualTo(e.breakdown().unclassified());
      assertThat(f.splits()).isEqualTo(e.splits());
      assertThat(f.toString()).isEqualTo(e.toString());
    }
    assertThat(fast.byTheme().parts()).isEqualTo(engine.byTheme(FRAMEWORK).parts());
    assertThat(fast.byTheme().toString()).isEqualTo(engine.byTheme(FRAMEWORK).toString());
    assertThat(fast.byOutcome().toString()).isEqualTo(engine.byOutcome(FRAMEWORK).toString());
    assertThat(fast.currency()).isEqualTo(engine.currency());
  }

  @Provide
  Arbitrary<List<BigDecimal>> proxies() {
    Arbitrary<BigDecimal> ordinary = Combinators.combine(Arbitraries.longs().between(1, 10_000_000_000L),
        Arbitraries.integers().between(0, 4)).as(BigDecimal::valueOf);
    Arbitrary<BigDecimal> huge = Combinators.combine(Arbitraries.bigIntegers()
            .between(BigInteger.TEN.pow(17), BigInteger.TEN.pow(22)), Arbitraries.integers().between(0, 6))
        .as(BigDecimal::new);
    return Arbitraries.frequencyOf(Tuple.of(9, ordinary), Tuple.of(1, huge))
        .list().ofSize(4);
  }

  @Provide
  Arbitrary<List<Integer>> priceYears() {
    return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(2024)), Tuple.of(1, Arbitraries.of(2023, 2024)))
        .list().ofSize(4);
  }

  @Provide
  Arbitrary<List<Rec>> records() {
    Arbitrary<BigDecimal> small = Combinators.combine(Arbitraries.longs().between(-100_000, 10_000_000),
        Arbitraries.integers().between(-2, 6)).as(BigDecimal::valueOf);
    Arbitrary<BigDecimal> nearLongLimits = Combinators.combine(
        Arbitraries.longs().between(Long.MAX_VALUE / 1000, Long.MAX_VALUE).map(l -> l % 2 == 0 ? l : -l),
        Arbitraries.integers().between(-3, 12)).as(BigDecimal::valueOf);
    Arbitrary<BigDecimal> beyondLong = Combinators.combine(Arbitraries.bigIntegers()
            .between(BigInteger.valueOf(Long.MAX_VALUE).multiply(BigInteger.TEN.pow(4)).negate(),
                BigInteger.TEN.pow(30)),
        Arbitraries.integers().between(0, 10)).as(BigDecimal::new);
    Arbitrary<BigDecimal> quantity = Arbitraries.frequencyOf(Tuple.of(12, small),
        Tuple.of(2, nearLongLimits), Tuple.of(1, beyondLong));
    Arbitrary<Rec> rec = Combinators.combine(Arbitraries.integers().between(1, 5),
        Arbitraries.of(RollupFixtures.MEASURES), Arbitraries.integers().between(2022, 2029), quantity)
        .as(Rec::new);
    return rec.list().ofMaxSize(60);
  }
}
