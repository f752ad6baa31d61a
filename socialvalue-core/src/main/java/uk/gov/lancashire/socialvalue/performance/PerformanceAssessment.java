package uk.gov.lancashire.socialvalue.performance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import uk.gov.lancashire.socialvalue.basics.Args;
import uk.gov.lancashire.socialvalue.basics.Explanation;
import uk.gov.lancashire.socialvalue.basics.ProblemPath;
import uk.gov.lancashire.socialvalue.basics.Problems;

/**
 * A contract's performance assessed against its KPIs for one period, as the Procurement Act 2023, s.71(2)
 * requires "at least once in every 12-month period" of the contract and on termination
 * (https://www.legislation.gov.uk/ukpga/2023/54/section/71): each KPI rated from its declared thresholds
 * (with any officer's override and its reason), the contract's rating, and the remedial action plans on
 * the contract as they stand at the end of the period.
 *
 * <p><strong>The contract's rating</strong> is the worst rating of its KPIs (Other when every KPI is
 * Other): a council that rates a contract Good while one of its KPIs is Inadequate must say why, through
 * {@link #contractOverride()}. <strong>Remedial plans</strong>: every KPI rated below target (Approaching
 * target, Requires improvement, Inadequate) must have an {@link ActionPlan}; {@link #kpisWithoutPlan()}
 * lists those that have none, and {@link #overdueActions()} flags every action not done by its due date.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param contractId the contract
 * @param supplier the supplier assessed
 * @param from the first day of the period assessed
 * @param to the last day of the period assessed, at most 12 months after {@code from}
 * @param kind periodic or on termination
 * @param kpis each KPI's assessment, KPI ids unique, at least one
 * @param contractOverride an officer's contract rating in place of the worst KPI rating
 * @param plans the remedial action plans on the contract at the end of the period
 */
public record PerformanceAssessment(String contractId, String supplier, LocalDate from, LocalDate to,
    AssessmentKind kind, List<KpiAssessment> kpis, Optional<RatingOverride> contractOverride, List<ActionPlan> plans) {

  /**
   * Checks the assessment and copies its lists.
   *
   * @param contractId see the record description
   * @param supplier see the record description
   * @param from see the record description
   * @param to see the record description
   * @param kind see the record description
   * @param kpis see the record description
   * @param contractOverride see the record description
   * @param plans see the record description
   */
  public PerformanceAssessment {
    Objects.requireNonNull(contractId, "contractId");
    Objects.requireNonNull(supplier, "supplier");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(contractOverride, "contractOverride");
    kpis = Args.copyOf(kpis, "kpis");
    plans = Args.copyOf(plans, "plans");
    Problems problems = new Problems();
    problems.check(!contractId.isBlank(), "contractId", "must not be blank");
    problems.check(!supplier.isBlank(), "supplier", "must not be blank");
    problems.check(!to.isBefore(from), "to", "is before from (" + from + ")");
    problems.check(to.isBefore(from.plusMonths(12)), "to", "the period " + from + " to " + to
        + " is longer than 12 months: s.71(2) requires an assessment at least once in every 12-month period");
    problems.check(!kpis.isEmpty(), "kpis", "an assessment rates at least one KPI");
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < kpis.size(); i++) {
      problems.check(ids.add(kpis.get(i).kpi().id()), ProblemPath.of("kpis").index(i), "duplicate KPI '" + kpis.get(i).kpi().id() + "'");
    }
    for (int i = 0; i < plans.size(); i++) {
      problems.check(ids.contains(plans.get(i).kpiId()), ProblemPath.of("plans").index(i).property("kpiId"),
          "no KPI '" + plans.get(i).kpiId() + "' in the assessment");
    }
    problems.throwIfAny();
  }

  /** @return the worst KPI rating: Inadequate over Requires improvement over Approaching target over Good */
  public Rating calculatedRating() {
    return kpis.stream().map(KpiAssessment::rating).filter(r -> r != Rating.OTHER)
        .max(Comparator.naturalOrder()).orElse(Rating.OTHER);
  }

  /** @return the contract's published rating: the override's when there is one */
  public Rating rating() {
    return contractOverride.map(RatingOverride::rating).orElseGet(this::calculatedRating);
  }

  /** @return the KPIs rated below target that have no remedial action plan, in assessment order */
  public List<KpiAssessment> kpisWithoutPlan() {
    Set<String> planned = plans.stream().map(ActionPlan::kpiId).collect(Collectors.toSet());
    return kpis.stream().filter(k -> k.rating().belowTarget() && !planned.contains(k.kpi().id()))
        .collect(Collectors.toList());
  }

  /** @return every action of every plan not done by the end of the period, by due date */
  public List<RemedialAction> overdueActions() {
    List<RemedialAction> overdue = new ArrayList<>();
    plans.forEach(p -> overdue.addAll(p.overdue(to.plusDays(1))));
    overdue.sort(Comparator.comparing(RemedialAction::due).thenComparing(RemedialAction::description));
    return overdue;
  }

  /** @return how every rating was reached, and the plans' state */
  public Explanation explanation() {
    Explanation e = Explanation.of("Performance assessment of " + contractId + " (" + supplier + "), " + from + " to "
        + to + ", " + kind.name().toLowerCase(java.util.Locale.ROOT))
        .with("source", "Procurement Act 2023 s.71(2); ratings of the Procurement Regulations 2024 reg 39(5)");
    for (KpiAssessment k : kpis) {
      e = e.with(k.explanation());
    }
    e = e.with("contract rating (worst KPI rating)", calculatedRating().label());
    if (contractOverride.isPresent()) {
      e = e.with("contract rating overridden to", contractOverride.get().rating().label() + " by "
          + contractOverride.get().officer() + ": " + contractOverride.get().reason());
    }
    return e.with("KPIs below target without a plan", kpisWithoutPlan().stream().map(k -> k.kpi().id())
            .collect(Collectors.joining(", ")))
        .with("overdue actions", overdueActions().stream().map(a -> a.description() + " (" + a.owner() + ", due "
            + a.due() + ")").collect(Collectors.joining("; ")));
  }

  /**
   * The 12-month periods of a contract that no assessment covers, as s.71(2) requires one at least once
   * in every 12-month period: each assessment must end within 12 months of the contract start or of the
   * end of the one before.
   *
   * @param contractStart the first day of the contract
   * @param asOf the date checked to
   * @param assessments the contract's assessments, in any order
   * @return one message per missed period, e.g. {@code no assessment ending 2025-04-01 to 2026-03-31}
   */
  public static List<String> missedPeriods(LocalDate contractStart, LocalDate asOf, List<PerformanceAssessment> assessments) {
    List<LocalDate> ends = assessments.stream().map(PerformanceAssessment::to).sorted().collect(Collectors.toList());
    List<String> missed = new ArrayList<>();
    LocalDate since = contractStart;
    int next = 0;
    while (!since.plusMonths(12).isAfter(asOf)) {
      LocalDate deadline = since.plusMonths(12).minusDays(1);
      while (next < ends.size() && ends.get(next).isBefore(since)) {
        next++;
      }
      if (next < ends.size() && !ends.get(next).isAfter(deadline)) {
        since = ends.get(next).plusDays(1);
        next++;
      } else {
        missed.add("no assessment ending " + since + " to " + deadline);
        since = deadline.plusDays(1);
      }
    }
    return missed;
  }
}
