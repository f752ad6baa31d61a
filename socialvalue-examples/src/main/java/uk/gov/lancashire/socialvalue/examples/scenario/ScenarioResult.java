package uk.gov.lancashire.socialvalue.examples.scenario;

import java.math.BigDecimal;
import java.util.List;
import java.util.SortedMap;
import uk.gov.lancashire.socialvalue.basics.FinancialQuarter;
import uk.gov.lancashire.socialvalue.delivery.ContractDelivery;
import uk.gov.lancashire.socialvalue.delivery.Progress;
import uk.gov.lancashire.socialvalue.framework.Framework;
import uk.gov.lancashire.socialvalue.needs.CountyNeeds;
import uk.gov.lancashire.socialvalue.needs.MeasureShortlist;
import uk.gov.lancashire.socialvalue.portfolio.AnnualStatement;
import uk.gov.lancashire.socialvalue.portfolio.CrossContractDuplicate;
import uk.gov.lancashire.socialvalue.portfolio.PortfolioAggregate;
import uk.gov.lancashire.socialvalue.performance.ContractPerformanceNotice;
import uk.gov.lancashire.socialvalue.performance.KpiRule;
import uk.gov.lancashire.socialvalue.performance.PerformanceAssessment;
import uk.gov.lancashire.socialvalue.framework.ProxyEdition;
import uk.gov.lancashire.socialvalue.sensitivity.MonteCarloBand;
import uk.gov.lancashire.socialvalue.sensitivity.OneWayTable;
import uk.gov.lancashire.socialvalue.sensitivity.SwitchingValue;
import uk.gov.lancashire.socialvalue.tender.TenderEvaluation;
import uk.gov.lancashire.socialvalue.valuation.ValuationResult;

/**
 * Everything the Lancashire scenario computed, exactly as the engine returned it. The console summary
 * and the HTML report only format these figures; the tests compare the report against them.
 */
public final class ScenarioResult {

  /** The contract area the needs analysis and shortlist are for. */
  public final String area;
  /** The framework used. */
  public final Framework framework;
  /** The pinned proxy edition. */
  public final ProxyEdition edition;
  /** The county-wide needs ranking. */
  public final CountyNeeds county;
  /** The recommended measure shortlist for the contract's area. */
  public final MeasureShortlist shortlist;
  /** The tender evaluation. */
  public final TenderEvaluation evaluation;
  /** The awarded highways contract's counted delivery. */
  public final ContractDelivery highways;
  /** Progress of the highways contract at the end of 2024/25. */
  public final Progress progress;
  /** Committed value per quarter of 2024/25 on the highways contract. */
  public final SortedMap<FinancialQuarter, BigDecimal> committedByQuarter;
  /** Verified value per quarter of 2024/25 on the highways contract. */
  public final SortedMap<FinancialQuarter, BigDecimal> verifiedByQuarter;
  /** Every contract's counted delivery in the portfolio (the highways contract first). */
  public final List<ContractDelivery> portfolioDeliveries;
  /** The portfolio roll-up of all contracts, all stages, all years. */
  public final PortfolioAggregate portfolio;
  /** The annual social value statement for 2024/25. */
  public final AnnualStatement statement;
  /** The SROI valuation of the highways contract's verified year-1 delivery. */
  public final ValuationResult sroi;
  /** Switching values that bring the SROI ratio to 1:1. */
  public final List<SwitchingValue> switchingValues;
  /** The one-way ±10% table. */
  public final OneWayTable oneWay;
  /** The Monte Carlo band. */
  public final MonteCarloBand band;
  /** The highways contract's performance under the Procurement Act 2023, and the portfolio's duplicates. */
  public final Performance performance;

  /**
   * The contract-management figures: claims counted once across the portfolio, the s.52 KPI rule, the
   * year's assessment with its action plan, and the contract performance notice.
   *
   * @param duplicates records left out of the portfolio because their claim counts on another contract
   * @param kpiRule the s.52 check of the highways contract
   * @param assessment the 2024/25 assessment of the highways contract
   * @param notice its contract performance notice
   */
  public record Performance(List<CrossContractDuplicate> duplicates, KpiRule.Check kpiRule,
      PerformanceAssessment assessment, ContractPerformanceNotice notice) {}

  ScenarioResult(String area, Framework framework, ProxyEdition edition, CountyNeeds county,
      MeasureShortlist shortlist, TenderEvaluation evaluation, ContractDelivery highways, Progress progress,
      SortedMap<FinancialQuarter, BigDecimal> committedByQuarter, SortedMap<FinancialQuarter, BigDecimal> verifiedByQuarter,
      List<ContractDelivery> portfolioDeliveries, PortfolioAggregate portfolio, AnnualStatement statement,
      ValuationResult sroi, List<SwitchingValue> switchingValues, OneWayTable oneWay, MonteCarloBand band,
      Performance performance) {
    this.area = area;
    this.framework = framework;
    this.edition = edition;
    this.county = county;
    this.shortlist = shortlist;
    this.evaluation = evaluation;
    this.highways = highways;
    this.progress = progress;
    this.committedByQuarter = committedByQuarter;
    this.verifiedByQuarter = verifiedByQuarter;
    this.portfolioDeliveries = portfolioDeliveries;
    this.portfolio = portfolio;
    this.statement = statement;
    this.sroi = sroi;
    this.switchingValues = switchingValues;
    this.oneWay = oneWay;
    this.band = band;
    this.performance = performance;
  }
}
