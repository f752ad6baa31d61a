package uk.gov.lancashire.socialvalue.examples.scenario;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.gov.lancashire.socialvalue.basics.Amounts;
import uk.gov.lancashire.socialvalue.delivery.Contract;
import uk.gov.lancashire.socialvalue.delivery.Kpi;
import uk.gov.lancashire.socialvalue.delivery.MeasureProgress;
import uk.gov.lancashire.socialvalue.delivery.Progress;
import uk.gov.lancashire.socialvalue.framework.Framework;
import uk.gov.lancashire.socialvalue.framework.MeasureCode;
import uk.gov.lancashire.socialvalue.performance.ActionPlan;
import uk.gov.lancashire.socialvalue.performance.ActionStatus;
import uk.gov.lancashire.socialvalue.performance.AssessmentKind;
import uk.gov.lancashire.socialvalue.performance.ContractKind;
import uk.gov.lancashire.socialvalue.performance.ContractPerformanceNotice;
import uk.gov.lancashire.socialvalue.performance.KpiAssessment;
import uk.gov.lancashire.socialvalue.performance.KpiRule;
import uk.gov.lancashire.socialvalue.performance.NoticeSupplier;
import uk.gov.lancashire.socialvalue.performance.PerformanceAssessment;
import uk.gov.lancashire.socialvalue.performance.PerformanceKpi;
import uk.gov.lancashire.socialvalue.performance.Rating;
import uk.gov.lancashire.socialvalue.performance.RatingOverride;
import uk.gov.lancashire.socialvalue.performance.RatingThresholds;
import uk.gov.lancashire.socialvalue.performance.RemedialAction;
import uk.gov.lancashire.socialvalue.tender.Bid;

/**
 * <strong>Illustrative</strong> contract performance on the highways contract for 2024/25: each social value
 * KPI of contract year 1 becomes a Procurement Act KPI (target = the year's commitment, achieved = the
 * verified quantity), rated by the SDK's illustrative thresholds; one officer's override with its reason
 * (waste evidence received but not yet verified);
 * a remedial action plan agreed mid-year for the mentoring KPI, one of whose actions is overdue; and the
 * contract performance notice. Every name, address and figure is invented.
 */
public final class HighwaysPerformance {

  /** The period assessed: the contract's first year, 2024/25. */
  public static final LocalDate FROM = LocalDate.of(2024, 4, 1);
  /** The last day of the period assessed. */
  public static final LocalDate TO = LocalDate.of(2025, 3, 31);

  private HighwaysPerformance() {}

  /**
   * @param winner the awarded bid
   * @param contract the contract awarded to it
   * @return the s.52 check of the contract: above £5m, so at least three KPIs are needed
   */
  public static KpiRule.Check kpiRule(Bid winner, Contract contract) {
    return KpiRule.procurementAct2023().check(Amounts.decimal(winner.price()), ContractKind.PUBLIC_CONTRACT,
        LocalDate.of(2025, 3, 1), contract.kpis().size(), Optional.empty());
  }

  /**
   * @param framework the framework, for measure titles and units
   * @param contract the highways contract
   * @param progress its progress at the end of 2024/25
   * @return the year's assessment, with the mentoring plan
   */
  public static PerformanceAssessment assessment(Framework framework, Contract contract, Progress progress) {
    List<KpiAssessment> kpis = new ArrayList<>();
    for (Kpi kpi : contract.kpis()) {
      BigDecimal target = kpi.yearly().getOrDefault(1, BigDecimal.ZERO);
      if (target.signum() <= 0) {
        continue;
      }
      MeasureCode code = kpi.measure();
      PerformanceKpi pk = PerformanceKpi.of("KPI-" + code, framework.measure(code).orElseThrow().title(),
          framework.measure(code).orElseThrow().unit().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '),
          target, RatingThresholds.illustrative()).tracking(code);
      BigDecimal verified = progress.measure(code).map(MeasureProgress::quantity).map(f -> f.verified())
          .orElse(BigDecimal.ZERO);
      KpiAssessment assessed = KpiAssessment.of(pk, verified);
      if (code.toString().equals("LT14")) {
        // the subcontractor's Q4 waste transfer notes are in but not yet verified: the officer weighs them
        assessed = assessed.overriddenBy(new RatingOverride(Rating.REQUIRES_IMPROVEMENT,
            "A. Officer, contract manager (illustrative)", "Q4 waste transfer notes for 45 tonnes were received "
                + "and await verification; with them the year reaches 75% of the target"));
      }
      kpis.add(assessed);
    }
    ActionPlan mentoring = new ActionPlan("AP-2024-01", "KPI-LT7", LocalDate.of(2024, 11, 15), List.of(
        new RemedialAction("Add two employability sessions a month with Preston College", "supplier community lead",
            LocalDate.of(2025, 1, 31), ActionStatus.DONE),
        new RemedialAction("Report session attendance to the council monthly", "supplier contract manager",
            LocalDate.of(2025, 3, 14), ActionStatus.IN_PROGRESS)));
    return new PerformanceAssessment(contract.id(), contract.primeSupplier(), FROM, TO, AssessmentKind.PERIODIC, kpis,
        Optional.empty(), List.of(mentoring));
  }

  /**
   * @param contract the highways contract
   * @param assessment its assessment
   * @return the contract performance notice (reg 39) of the assessment
   */
  public static ContractPerformanceNotice notice(Contract contract, PerformanceAssessment assessment) {
    return ContractPerformanceNotice.of("Lancashire County Council", contract.title(), HighwaysTender.ID,
        new NoticeSupplier(contract.primeSupplier() + " (illustrative)", "1 Example Street, Preston PR1 0AA",
            "contracts@" + contract.primeSupplier() + ".example", "PPON-ILLUSTRATIVE-0001"), assessment);
  }
}
