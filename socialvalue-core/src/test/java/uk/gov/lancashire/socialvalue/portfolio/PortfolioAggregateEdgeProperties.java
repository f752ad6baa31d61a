package uk.gov.lancashire.socialvalue.portfolio;

import static uk.gov.lancashire.socialvalue.PublicEdge.call;
import static uk.gov.lancashire.socialvalue.ProcurementFixtures.GBP;
import static uk.gov.lancashire.socialvalue.ProcurementFixtures.LOCAL_JOBS;
import static uk.gov.lancashire.socialvalue.ProcurementFixtures.LTU_HIRES;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import uk.gov.lancashire.socialvalue.ProcurementFixtures;
import uk.gov.lancashire.socialvalue.EdgeValues;
import uk.gov.lancashire.socialvalue.basics.FinancialYear;
import uk.gov.lancashire.socialvalue.delivery.LocalStatus;
import uk.gov.lancashire.socialvalue.framework.Framework;
import uk.gov.lancashire.socialvalue.pricebase.PriceIndexSeries;

/** The portfolio aggregate with edge values: only a result, a ValidationException or a named NPE. */
class PortfolioAggregateEdgeProperties extends EdgeValues {

  private static final Framework FRAMEWORK = ProcurementFixtures.framework();




  @Example
  void anEmptyPortfolioHasEveryView() {
    views(PortfolioAggregate.empty(), 2024, new BigDecimal("100"));
    views(PortfolioAggregate.of(List.of()), 2024, new BigDecimal("100"));
  }

  @Property(tries = 200)
  void factsAndViews(@ForAll("lists") List<BigDecimal> quantities, @ForAll("decimals") BigDecimal value,
      @ForAll("ints") int year, @ForAll("decimals") BigDecimal index) {
    call(() -> {
      List<PortfolioFact> facts = new ArrayList<>();
      for (int i = 0; i < quantities.size(); i++) {
        facts.add(PortfolioFact.of("C" + i % 2, "prime", i % 2 == 0 ? LOCAL_JOBS : LTU_HIRES, LocalStatus.LOCAL,
            FinancialYear.of(2024), ValueStage.VERIFIED, quantities.get(i), value, GBP));
      }
      PortfolioAggregate aggregate = PortfolioAggregate.of(facts);
      views(aggregate.combine(aggregate), year, index);
    });
  }

  @Property(tries = 200)
  void factsWithEdgeYearsAndNulls(@ForAll("decimals") BigDecimal quantity, @ForAll("ints") int year) {
    call(() -> PortfolioFact.of("C", "prime", LOCAL_JOBS, LocalStatus.LOCAL, FinancialYear.of(year),
        ValueStage.VERIFIED, quantity, quantity, GBP));
    call(() -> PortfolioFact.of("C", "prime", LOCAL_JOBS, LocalStatus.LOCAL, null, ValueStage.VERIFIED, quantity,
        quantity, GBP));
    call(() -> PortfolioAggregate.empty().combine(null));
  }

  private static void views(PortfolioAggregate aggregate, int year, BigDecimal index) {
    call(() -> {
      aggregate.total();
      aggregate.byStage();
      aggregate.byMeasure();
      aggregate.bySupplier();
      aggregate.byContract();
      aggregate.byLocality();
      aggregate.byFinancialYear();
      aggregate.byTheme(FRAMEWORK);
      aggregate.byOutcome(FRAMEWORK);
      aggregate.byPriority(FRAMEWORK);
      aggregate.only();
      aggregate.forContracts(Set.of());
      aggregate.toString();
    });
    call(() -> aggregate.byPriority(FRAMEWORK, "no-such-scheme"));
    call(() -> aggregate.forYear(FinancialYear.of(year)));
    call(() -> {
      Map<Integer, BigDecimal> series = new HashMap<>();
      series.put(year, BigDecimal.ONE);
      series.put(2024, index);
      aggregate.restatedTo(year, PriceIndexSeries.of("cpi", series));
    });
    call(() -> aggregate.restatedTo(2024, PriceIndexSeries.of("cpi", Map.of(2024, index))));
  }
}
