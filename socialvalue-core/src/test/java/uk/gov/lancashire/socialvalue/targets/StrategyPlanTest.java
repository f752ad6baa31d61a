package uk.gov.lancashire.socialvalue.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.gov.lancashire.socialvalue.basics.FinancialYear;
import uk.gov.lancashire.socialvalue.basics.Problem;
import uk.gov.lancashire.socialvalue.basics.ValidationException;
import uk.gov.lancashire.socialvalue.framework.MeasureCode;

/** A plan with illustrative targets for 2024/25 to 2027/28, one priority and one measure. */
class StrategyPlanTest {

  private static final TargetSubject GROWTH = TargetSubject.priority("lcc", "economic-growth");
  private static final TargetSubject NT1 = TargetSubject.measure(MeasureCode.parse("NT1"));
  private static final FinancialYear Y2024 = FinancialYear.parse("2024/25");
  private static final FinancialYear Y2025 = FinancialYear.parse("2025/26");

  private static List<Target> targets() {
    List<Target> targets = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      FinancialYear year = FinancialYear.of(2024 + i);
      // illustrative: £1m rising by £0.5m a year; 40 FTE-years rising by 10
      targets.add(Target.of(GROWTH, year, new BigDecimal(1_000_000 + 500_000 * i), "GBP"));
      targets.add(Target.of(NT1, year, new BigDecimal(40 + 10 * i), "FTE-years"));
    }
    return targets;
  }

  private static StrategyPlan plan() {
    return StrategyPlan.builder().id("lcc-2024-28").title("Social value strategy 2024-28 (illustrative)")
        .firstYear(Y2024).lastYear(FinancialYear.parse("2027/28")).addAllTargets(targets())
        .addMilestones(
            Milestone.of("needs-analysis", "Publish the local needs analysis", LocalDate.of(2024, 12, 31)),
            Milestone.builder().id("statement-2024-25").title("Publish the 2024/25 statement")
                .due(LocalDate.of(2025, 9, 30)).started(LocalDate.of(2025, 5, 1)).build(),
            Milestone.of("review", "Review the framework", LocalDate.of(2026, 3, 31)))
        .build();
  }

  @Test
  void targetsForEachYearOfThePlan() {
    StrategyPlan plan = plan();
    assertThat(plan.years()).extracting(FinancialYear::toString)
        .containsExactly("2024/25", "2025/26", "2026/27", "2027/28");
    assertThat(plan.subjects()).containsExactly(GROWTH, NT1);
    assertThat(plan.target(NT1, FinancialYear.parse("2027/28")).orElseThrow().value()).isEqualByComparingTo("70");
    assertThat(plan.targetsFor(Y2025)).extracting(Target::subject).containsExactly(GROWTH, NT1);
  }

  @Test
  void progressOnADate() {
    // 30 September 2025: 183 days of 2025/26 (365 days) have passed
    // growth: target 1,500,000, expected 1,500,000 × 183 ÷ 365 = 752,054.79…; achieved 800,000 → on track
    // NT1: target 50, expected 50 × 183 ÷ 365 = 25.068…; achieved 25 → off track (25 × 365 = 9,125 < 50 × 183 = 9,150)
    ProgressReport report = plan().progress(
        Map.of(GROWTH, new BigDecimal("800000"), NT1, new BigDecimal("25")), LocalDate.of(2025, 9, 30));

    assertThat(report.year()).isEqualTo(Y2025);
    assertThat(report.problems()).isEmpty();
    TargetProgress growth = report.line(GROWTH).orElseThrow();
    assertThat(growth.daysElapsed()).isEqualTo(183);
    assertThat(growth.isOnTrack()).isTrue();
    assertThat(growth.expectedToDate()).isEqualByComparingTo("752054.7945205479452054794520547945");
    TargetProgress nt1 = report.line(NT1).orElseThrow();
    assertThat(nt1.isOnTrack()).isFalse();
    assertThat(nt1.percentOfTarget()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("50"));
  }

  @Test
  void missingAndUnexpectedFiguresAreReported() {
    TargetSubject caring = TargetSubject.priority("lcc", "caring");
    ProgressReport report = plan().progress(
        Map.of(GROWTH, new BigDecimal("800000"), caring, BigDecimal.ONE), LocalDate.of(2025, 9, 30));

    assertThat(report.lines()).extracting(l -> l.target().subject()).containsExactly(GROWTH);
    assertThat(report.problems()).containsExactly(
        Problem.of("achieved[measure NT1]", "no achieved figure for 2025/26; a missing figure is not read as zero"),
        Problem.of("achieved[priority lcc/caring]", "no target for 2025/26"));
  }

  @Test
  void progressOutsideThePlanIsRefused() {
    assertThatThrownBy(() -> plan().progress(Map.of(), LocalDate.of(2028, 4, 1)))
        .isInstanceOf(ValidationException.class).hasMessageContaining("outside the plan's years 2024/25 to 2027/28");
  }

  @Test
  void milestonesTimetableAndStatus() {
    StrategyPlan plan = plan();
    assertThat(plan.milestonesDueIn(Y2025)).extracting(Milestone::id).containsExactly("statement-2024-25", "review");
    LocalDate asOf = LocalDate.of(2025, 6, 1);
    assertThat(plan.overdue(asOf)).extracting(Milestone::id).containsExactly("needs-analysis");
    assertThat(plan.milestonesByDueDate()).extracting(m -> m.status(asOf)).containsExactly(
        MilestoneStatus.OVERDUE, MilestoneStatus.IN_PROGRESS, MilestoneStatus.NOT_STARTED);
  }

  @Test
  void everySubjectNeedsATargetForEveryYear() {
    List<Target> targets = new ArrayList<>(targets());
    targets.removeIf(t -> t.subject().equals(NT1) && t.year().equals(Y2025));
    targets.add(Target.of(GROWTH, Y2024, BigDecimal.ONE, "GBP"));
    targets.add(Target.of(GROWTH, FinancialYear.parse("2028/29"), BigDecimal.ONE, "GBP"));

    assertThatThrownBy(() -> StrategyPlan.builder().id("p").title("P").firstYear(Y2024)
        .lastYear(FinancialYear.parse("2027/28")).addAllTargets(targets).build())
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems()).extracting(Problem::toString)
            .containsExactlyInAnyOrder(
                "targets[7]: duplicate target for priority lcc/economic-growth in 2024/25",
                "targets[8].year: 2028/29 lies outside the plan's years 2024/25 to 2027/28",
                "targets: measure NT1 has no target for 2025/26 (state 0 when nothing is to be achieved)"));
  }
}
