package uk.gov.lancashire.socialvalue.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import uk.gov.lancashire.socialvalue.basics.FinancialYear;
import uk.gov.lancashire.socialvalue.framework.Framework;
import uk.gov.lancashire.socialvalue.portfolio.RollupFixtures.Rec;

/**
 * The chunk driver on random portfolios cut into random chunks: whatever the chunking and the number of
 * threads, the merged totals equal one accumulator fed every record in order, to the last digit and
 * scale, and the chunk reports come back in chunk order.
 */
class ChunkedRollupProperties {

  private static final Framework FRAMEWORK = RollupFixtures.framework();

  @Property(tries = 200)
  void anyChunkingOnAnyThreadsGivesTheSequentialTotals(@ForAll("proxies") List<BigDecimal> proxies,
      @ForAll("records") List<Rec> records, @ForAll @IntRange(min = 1, max = 4) int threads, @ForAll long seed) {
    PortfolioRollup plan = PortfolioRollup.of(FRAMEWORK, RollupFixtures.edition(proxies));
    PortfolioRollup.Accumulator sequential = plan.accumulator();
    records.forEach(r -> add(sequential, r));

    List<List<Rec>> chunks = chunk(records, new Random(seed));
    ChunkedRollup.Outcome<Integer> outcome = ChunkedRollup.rollUp(plan, chunks, () -> (chunk, into) -> {
      chunk.forEach(r -> add(into, r));
      return chunk.size();
    }, threads);

    RollupTotals expected = sequential.result();
    RollupTotals actual = outcome.accumulator().result();
    assertThat(actual).isEqualTo(expected);
    assertThat(actual.byFinancialYear().toString()).isEqualTo(expected.byFinancialYear().toString());
    assertThat(actual.byPriority().toString()).isEqualTo(expected.byPriority().toString());
    assertThat(actual.byTheme().toString()).isEqualTo(expected.byTheme().toString());
    assertThat(outcome.reports()).isEqualTo(chunks.stream().map(List::size).toList());
  }

  private static void add(PortfolioRollup.Accumulator acc, Rec r) {
    acc.add(r.measure, FinancialYear.of(r.year), r.quantity);
  }

  /** Cuts the records into consecutive chunks of random sizes, empty chunks included. */
  private static List<List<Rec>> chunk(List<Rec> records, Random random) {
    List<List<Rec>> chunks = new ArrayList<>();
    int from = 0;
    while (from < records.size() || chunks.isEmpty()) {
      int to = Math.min(records.size(), from + random.nextInt(8));
      chunks.add(records.subList(from, to));
      from = to;
    }
    return chunks;
  }

  @Provide
  Arbitrary<List<BigDecimal>> proxies() {
    return Combinators.combine(Arbitraries.longs().between(1, 10_000_000_000L), Arbitraries.integers().between(0, 4))
        .as(BigDecimal::valueOf).list().ofSize(4);
  }

  @Provide
  Arbitrary<List<Rec>> records() {
    Arbitrary<BigDecimal> quantity = Combinators.combine(Arbitraries.longs().between(-100_000, Long.MAX_VALUE / 3),
        Arbitraries.integers().between(-2, 8)).as(BigDecimal::valueOf);
    return Combinators.combine(Arbitraries.integers().between(1, 5), Arbitraries.of(RollupFixtures.MEASURES),
        Arbitraries.integers().between(2022, 2029), quantity).as(Rec::new).list().ofMaxSize(80);
  }
}
