package uk.gov.lancashire.socialvalue.examples.scenario;

import static uk.gov.lancashire.socialvalue.examples.scenario.HighwaysTender.dec;
import static uk.gov.lancashire.socialvalue.examples.scenario.HighwaysTender.gbp;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import uk.gov.lancashire.socialvalue.basics.Amounts;
import uk.gov.lancashire.socialvalue.basics.FinancialQuarter;
import uk.gov.lancashire.socialvalue.basics.FinancialYear;
import uk.gov.lancashire.socialvalue.delivery.Contract;
import uk.gov.lancashire.socialvalue.delivery.ContractDelivery;
import uk.gov.lancashire.socialvalue.delivery.CountedRecord;
import uk.gov.lancashire.socialvalue.delivery.Kpi;
import uk.gov.lancashire.socialvalue.delivery.RecordStatus;
import uk.gov.lancashire.socialvalue.delivery.SupplyChain;
import uk.gov.lancashire.socialvalue.discounting.DiscountSchedule;
import uk.gov.lancashire.socialvalue.examples.LancashireFramework;
import uk.gov.lancashire.socialvalue.framework.Framework;
import uk.gov.lancashire.socialvalue.framework.Measure;
import uk.gov.lancashire.socialvalue.framework.MeasureCode;
import uk.gov.lancashire.socialvalue.needs.MeasureShortlist;
import uk.gov.lancashire.socialvalue.needs.NeedsAnalysis;
import uk.gov.lancashire.socialvalue.portfolio.AnnualStatement;
import uk.gov.lancashire.socialvalue.portfolio.PortfolioAggregate;
import uk.gov.lancashire.socialvalue.portfolio.PortfolioCount;
import uk.gov.lancashire.socialvalue.portfolio.PortfolioFacts;
import uk.gov.lancashire.socialvalue.performance.PerformanceAssessment;
import uk.gov.lancashire.socialvalue.delivery.Progress;
import uk.gov.lancashire.socialvalue.framework.ProxyEdition;
import uk.gov.lancashire.socialvalue.sensitivity.Distribution;
import uk.gov.lancashire.socialvalue.sensitivity.MonteCarlo;
import uk.gov.lancashire.socialvalue.sensitivity.OneWayTable;
import uk.gov.lancashire.socialvalue.sensitivity.Parameter;
import uk.gov.lancashire.socialvalue.sensitivity.SwitchingValues;
import uk.gov.lancashire.socialvalue.sensitivity.UncertainInput;
import uk.gov.lancashire.socialvalue.tender.Bid;
import uk.gov.lancashire.socialvalue.framework.CommitmentValuer;
import uk.gov.lancashire.socialvalue.tender.Tender;
import uk.gov.lancashire.socialvalue.tender.TenderEvaluation;
import uk.gov.lancashire.socialvalue.tender.TenderEvaluator;
import uk.gov.lancashire.socialvalue.valuation.OutcomeLine;
import uk.gov.lancashire.socialvalue.valuation.Quantity;
import uk.gov.lancashire.socialvalue.valuation.Valuation;
import uk.gov.lancashire.socialvalue.valuation.ValuationResult;

/**
 * The Lancashire case end to end, on illustrative data:
 *
 * <ol>
 *   <li>load the illustrative framework and its proxy edition (JSON);
 *   <li>a local needs analysis for the contract's area, giving the measure shortlist;
 *   <li>a £5m highways tender with three bids, quality 30 / social value 10 / price 60, the social value
 *       split 50/50, with credibility flags;
 *   <li>the award, four quarters of delivery by the prime contractor and a subcontractor (with a
 *       duplicate claim and a rejected record), and progress against commitments;
 *   <li>the contract's performance for the year assessed against its KPIs (Procurement Act 2023 s.71), with
 *       a remedial action plan and the contract performance notice;
 *   <li>a portfolio of three contracts (each claim counted once across them) rolled up by LCC priority and by Lancashire 2050 priority, and the
 *       annual statement for 2024/25;
 *   <li>an SROI view of the contract: discounted, with switching values, a one-way table and a seeded
 *       Monte Carlo band.
 * </ol>
 */
public final class Scenario {

  /** The contract's area. */
  public static final String AREA = "preston";
  /** The year of delivery and of the annual statement. */
  public static final FinancialYear YEAR = FinancialYear.of(2024);
  /** How many measures the shortlist may hold. */
  public static final int SHORTLIST_SIZE = 6;
  /** The supplier's stated budget for delivering its social value commitments in year 1 (invented). */
  public static final String SOCIAL_VALUE_BUDGET = "100000";
  /** The Monte Carlo seed: the same seed always gives the same band. */
  public static final long SEED = 2024L;
  /** Monte Carlo draws. */
  public static final int DRAWS = 10_000;

  private Scenario() {}

  /** @return every figure of the scenario */
  public static ScenarioResult run() {
    Framework framework = LancashireFramework.create();
    ProxyEdition edition = framework.edition(LancashireFramework.EDITION).orElseThrow();
    CommitmentValuer valuer = CommitmentValuer.pinned(edition);

    NeedsAnalysis needs = LancashireNeeds.create();
    MeasureShortlist shortlist = needs.shortlist(AREA, LancashireNeeds.HIGHWAYS, framework, SHORTLIST_SIZE);

    Tender tender = HighwaysTender.tender(shortlist);
    TenderEvaluation evaluation = TenderEvaluator.of(framework, valuer)
        .evaluate(tender, HighwaysTender.bids(), HighwaysTender.moderation());
    Bid winner = evaluation.winner().orElseThrow().acceptedBid();

    Contract contract = Contract.awarded("LCC-HW-2024-017", tender, winner, YEAR.quarter(1),
        Deliveries.highwaysLocality());
    SupplyChain chain = Deliveries.highwaysChain(winner.bidder());
    ContractDelivery highways = ContractDelivery.count(framework, contract, chain, valuer,
        Deliveries.highwaysRecords(winner.bidder()));

    List<ContractDelivery> deliveries = List.of(highways,
        ContractDelivery.count(framework, Deliveries.catering(), SupplyChain.primeOnly("red-rose-catering",
            "Red Rose Catering Ltd"), valuer, Deliveries.cateringRecords()),
        ContractDelivery.count(framework, Deliveries.transport(), SupplyChain.primeOnly("lune-valley-transport",
            "Lune Valley Transport Ltd"), valuer, Deliveries.transportRecords()));
    PortfolioCount portfolioCount = PortfolioFacts.of(deliveries);
    PortfolioAggregate portfolio = portfolioCount.facts().parallelStream().collect(PortfolioAggregate.collector());
    Progress progress = highways.progress(YEAR.quarter(4));
    PerformanceAssessment assessment = HighwaysPerformance.assessment(framework, contract, progress);

    ValuationResult sroi = sroi(framework, edition, highways, winner);
    List<UncertainInput> uncertain = List.of(
        UncertainInput.of("LT6", Parameter.DEADWEIGHT,
            Distribution.triangular(dec("0.05"), dec("0.15"), dec("0.35"))),
        UncertainInput.of("LT14", Parameter.PROXY, Distribution.uniform(dec("60"), dec("120"))),
        UncertainInput.of("LT7", Parameter.DROP_OFF, Distribution.triangular(dec("0.30"), dec("0.50"), dec("0.80"))));

    return new ScenarioResult(AREA, framework, edition, needs.county(), shortlist, evaluation, highways,
        progress, committedByQuarter(contract, valuer), verifiedByQuarter(highways),
        deliveries, portfolio, AnnualStatement.of(portfolio, framework, YEAR, 5), sroi, SwitchingValues.of(sroi),
        OneWayTable.of(sroi, dec("0.10")), MonteCarlo.run(sroi, uncertain, DRAWS, SEED),
        new ScenarioResult.Performance(portfolioCount.duplicates(), HighwaysPerformance.kpiRule(winner, contract),
            assessment, HighwaysPerformance.notice(contract, assessment)));
  }

  /**
   * Values the verified year-1 delivery of the contract as SROI outcome lines, with the measures'
   * default adjustments and durations, discounted on the Green Book schedule.
   */
  private static ValuationResult sroi(Framework framework, ProxyEdition edition, ContractDelivery delivery,
      Bid winner) {
    Map<MeasureCode, BigDecimal> verified = new LinkedHashMap<>();
    for (CountedRecord c : delivery.counted()) {
      if (c.record().status() == RecordStatus.VERIFIED && edition.proxy(c.record().measure()).isPresent()) {
        verified.merge(c.record().measure(), c.quantity(), BigDecimal::add);
      }
    }
    Valuation.Builder valuation = Valuation.builder().currency(HighwaysTender.GBP)
        .putInvestment(0, gbp(SOCIAL_VALUE_BUDGET))
        .contractValue(winner.price())
        .discountSchedule(DiscountSchedule.greenBook());
    verified.forEach((code, quantity) -> {
      Measure measure = framework.measure(code).orElseThrow();
      valuation.addLines(OutcomeLine.builder().id(code.toString()).measure(measure)
          .quantity(Quantity.of(quantity, measure.unit())).edition(edition).build());
    });
    return valuation.build().result();
  }

  private static SortedMap<FinancialQuarter, BigDecimal> committedByQuarter(Contract contract, CommitmentValuer valuer) {
    SortedMap<FinancialQuarter, BigDecimal> byQuarter = new TreeMap<>();
    for (Kpi kpi : contract.kpis()) {
      contract.schedule(kpi.measure()).forEach((quarter, quantity) -> {
        if (quarter.year().equals(YEAR)) {
          byQuarter.merge(quarter, valuer.value(kpi.measure(), quantity), BigDecimal::add);
        }
      });
    }
    return byQuarter;
  }

  private static SortedMap<FinancialQuarter, BigDecimal> verifiedByQuarter(ContractDelivery delivery) {
    SortedMap<FinancialQuarter, BigDecimal> byQuarter = new TreeMap<>();
    for (int q = 1; q <= 4; q++) {
      byQuarter.put(YEAR.quarter(q), BigDecimal.ZERO);
    }
    delivery.counted().stream().filter(c -> c.record().status() == RecordStatus.VERIFIED)
        .forEach(c -> byQuarter.merge(c.record().period(), Amounts.decimal(c.value()), BigDecimal::add));
    return byQuarter;
  }
}
