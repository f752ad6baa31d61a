package uk.gov.lancashire.socialvalue.examples.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import uk.gov.lancashire.socialvalue.performance.ActionPlan;
import uk.gov.lancashire.socialvalue.performance.ContractPerformanceNotice;
import uk.gov.lancashire.socialvalue.performance.KpiAssessment;
import uk.gov.lancashire.socialvalue.performance.PerformanceAssessment;
import uk.gov.lancashire.socialvalue.performance.RemedialAction;

/**
 * The report page of a contract performance notice (The Procurement Regulations 2024, reg 39) and its
 * remedial action plans: the notice's particulars, each KPI with its target, achievement, calculated and
 * published rating (an override shown with its reason), and each plan's actions with the overdue ones
 * flagged. The tables are the same on the console and in the HTML report.
 */
public final class PerformanceNoticePage {

  /** The ids of the page's tables, in order. */
  public static final List<String> TABLES = List.of("performance-notice", "performance-kpis", "performance-plans");

  private PerformanceNoticePage() {}

  /**
   * @param notice the notice
   * @param assessment the assessment it records, for the calculated ratings and the plans
   * @return the page's tables, in {@link #TABLES} order
   */
  public static List<ReportTable> tables(ContractPerformanceNotice notice, PerformanceAssessment assessment) {
    ReportTable particulars = ReportTable.of("performance-notice", "Contract performance notice (reg 39): "
        + notice.statement(), "particular", "value");
    particulars.row("contracting authority", notice.authority())
        .row("procurement", notice.procurementTitle() + " (" + notice.procurementId() + ")")
        .row("contract", notice.contractId())
        .row("supplier", notice.supplier().name() + ", " + notice.supplier().address() + ", " + notice.supplier().email()
            + ", " + notice.supplier().identifier())
        .row("period assessed", notice.from() + " to " + notice.to() + " (" + notice.kind().name().toLowerCase(java.util.Locale.ROOT) + ")")
        .row("contract rating", notice.rating().label() + " (the worst KPI rating)");
    ReportTable kpis = ReportTable.of("performance-kpis", "KPIs rated from the declared thresholds ("
        + assessment.kpis().get(0).kpi().thresholds().source() + ")", "KPI", "title", "target", "achieved",
        "% of target", "calculated", "rating", "plan", "override reason").right(2, 3, 4);
    for (KpiAssessment k : assessment.kpis()) {
      boolean planned = assessment.plans().stream().anyMatch(p -> p.kpiId().equals(k.kpi().id()));
      kpis.row(k.kpi().id(), k.kpi().title(), plain(k.kpi().target()) + " " + k.kpi().unit(),
          k.achieved().map(PerformanceNoticePage::plain).orElse("not measured"),
          k.percentOfTarget().map(p -> Pounds.number(p, 1) + "%").orElse("—"), k.calculatedRating().label(),
          k.rating().label(), planned ? "yes" : k.rating().belowTarget() ? "NEEDED" : "—",
          k.override().map(o -> o.reason() + " (" + o.officer() + ")").orElse(""));
    }
    ReportTable plans = ReportTable.of("performance-plans", "Remedial action plans (overdue at " + assessment.to()
        + " flagged); below target without a plan: " + (assessment.kpisWithoutPlan().isEmpty() ? "none"
        : assessment.kpisWithoutPlan().stream().map(k -> k.kpi().id()).collect(Collectors.joining(", "))),
        "plan", "KPI", "agreed", "action", "owner", "due", "status");
    List<RemedialAction> overdue = assessment.overdueActions();
    for (ActionPlan p : assessment.plans()) {
      for (RemedialAction a : p.actions()) {
        plans.row(p.id(), p.kpiId(), p.agreed().toString(), a.description(), a.owner(), a.due().toString(),
            a.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + (overdue.contains(a) ? " — OVERDUE" : ""));
      }
    }
    return List.of(particulars, kpis, plans);
  }

  private static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }
}
