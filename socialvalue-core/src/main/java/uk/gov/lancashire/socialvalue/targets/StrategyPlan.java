package uk.gov.lancashire.socialvalue.targets;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import uk.gov.lancashire.socialvalue.basics.FinancialYear;
import uk.gov.lancashire.socialvalue.basics.Problem;
import uk.gov.lancashire.socialvalue.basics.ProblemPath;
import uk.gov.lancashire.socialvalue.basics.Problems;
import uk.gov.lancashire.socialvalue.basics.SocialValueStyle;
import uk.gov.lancashire.socialvalue.basics.ValidationException;

/**
 * A social value strategy's plan and timetable: targets per priority and per measure for each financial
 * year from {@link #firstYear()} to {@link #lastYear()} (2024/25 to 2027/28 for Lancashire's 2024-28
 * strategy), and milestones. The entry point of the {@code targets} package.
 *
 * <p>Construction checks that every subject with a target has exactly one for <em>every</em> year of
 * the plan (state 0 for a year with nothing to achieve, so a missing year is never a silent gap), that
 * targets lie within the plan's years, and that milestone ids are unique; all problems are reported
 * together.
 *
 * <p>{@link #progress(Map, LocalDate)} measures achieved figures against the year's targets on a
 * straight-line trajectory (see {@link TargetProgress}); achieved figures come from the caller, e.g.
 * from a portfolio roll-up, so this package depends on no reporting code.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SocialValueStyle
public abstract class StrategyPlan implements WithStrategyPlan {

  StrategyPlan() {}

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return a stable id, e.g. {@code lcc-social-value-2024-28} */
  public abstract String id();

  /** @return the title */
  public abstract String title();

  /** @return the first financial year of the plan */
  public abstract FinancialYear firstYear();

  /** @return the last financial year of the plan, inclusive */
  public abstract FinancialYear lastYear();

  /** @return the targets, one per subject and year */
  public abstract List<Target> targets();

  /** @return the milestones */
  public abstract List<Milestone> milestones();

  /** @return the plan's financial years, first to last */
  public List<FinancialYear> years() {
    List<FinancialYear> years = new ArrayList<>();
    for (FinancialYear y = firstYear(); y.compareTo(lastYear()) <= 0; y = y.next()) {
      years.add(y);
    }
    return years;
  }

  /** @return every subject with targets, in subject order */
  public Set<TargetSubject> subjects() {
    return targets().stream().map(Target::subject).sorted()
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }

  /**
   * @param subject a priority or measure
   * @param year a financial year
   * @return its target for that year, if any
   */
  public Optional<Target> target(TargetSubject subject, FinancialYear year) {
    return targets().stream().filter(t -> t.subject().equals(subject) && t.year().equals(year)).findFirst();
  }

  /**
   * @param year a financial year
   * @return its targets, in subject order
   */
  public List<Target> targetsFor(FinancialYear year) {
    return targets().stream().filter(t -> t.year().equals(year))
        .sorted(Comparator.comparing(Target::subject)).collect(Collectors.toList());
  }

  /**
   * Measures progress against the targets of the year containing {@code asOf}.
   *
   * @param achievedInYearToDate for each subject, what has been achieved from 1 April of that year up to
   *     and including {@code asOf}
   * @param asOf the date to judge on
   * @return a line per target with an achieved figure, and a problem for each target without one and
   *     each figure without a target
   * @throws ValidationException when {@code asOf} lies outside the plan's years
   */
  public ProgressReport progress(Map<TargetSubject, BigDecimal> achievedInYearToDate, LocalDate asOf) {
    FinancialYear year = FinancialYear.containing(asOf);
    if (year.compareTo(firstYear()) < 0 || year.compareTo(lastYear()) > 0) {
      throw ValidationException.of("asOf", asOf + " lies outside the plan's years " + firstYear() + " to " + lastYear());
    }
    List<TargetProgress> lines = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    for (Target target : targetsFor(year)) {
      BigDecimal achieved = achievedInYearToDate.get(target.subject());
      if (achieved == null) {
        problems.add(Problem.at(ProblemPath.of("achieved").key(target.subject()),
            "no achieved figure for " + year + "; a missing figure is not read as zero"));
      } else {
        lines.add(TargetProgress.of(target, achieved, asOf));
      }
    }
    new TreeMap<>(achievedInYearToDate).keySet().stream()
        .filter(subject -> target(subject, year).isEmpty())
        .forEach(subject -> problems.add(Problem.at(ProblemPath.of("achieved").key(subject), "no target for " + year)));
    return new ProgressReport.Builder().asOf(asOf).year(year)
        .addAllLines(lines).addAllProblems(problems).build();
  }

  /**
   * @param year a financial year
   * @return the milestones due in it, by due date then id
   */
  public List<Milestone> milestonesDueIn(FinancialYear year) {
    return milestonesByDueDate().stream().filter(m -> year.contains(m.due())).collect(Collectors.toList());
  }

  /**
   * @param asOf the date to judge on
   * @return the milestones overdue on that date, by due date then id
   */
  public List<Milestone> overdue(LocalDate asOf) {
    return milestonesByDueDate().stream()
        .filter(m -> m.status(asOf) == MilestoneStatus.OVERDUE).collect(Collectors.toList());
  }

  /** @return every milestone, by due date then id: the timetable */
  public List<Milestone> milestonesByDueDate() {
    return milestones().stream()
        .sorted(Comparator.comparing(Milestone::due).thenComparing(Milestone::id))
        .collect(Collectors.toList());
  }

  @Value.Check
  void check() {
    Problems problems = new Problems();
    problems.check(!id().isBlank(), "id", "must not be blank");
    problems.check(!title().isBlank(), "title", "must not be blank");
    if (!problems.check(lastYear().compareTo(firstYear()) >= 0, "lastYear",
        "must not be before firstYear " + firstYear() + ", was " + lastYear())) {
      problems.throwIfAny();
    }
    List<FinancialYear> years = years();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < targets().size(); i++) {
      Target t = targets().get(i);
      ProblemPath path = ProblemPath.of("targets").index(i);
      problems.check(years.contains(t.year()), path.property("year"),
          t.year() + " lies outside the plan's years " + firstYear() + " to " + lastYear());
      problems.check(seen.add(t.subject() + "@" + t.year()), path,
          "duplicate target for " + t.subject() + " in " + t.year());
    }
    for (TargetSubject subject : subjects()) {
      for (FinancialYear year : years) {
        problems.check(seen.contains(subject + "@" + year), "targets",
            subject + " has no target for " + year + " (state 0 when nothing is to be achieved)");
      }
    }
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < milestones().size(); i++) {
      problems.check(ids.add(milestones().get(i).id()), ProblemPath.of("milestones").index(i),
          "duplicate id '" + milestones().get(i).id() + "'");
    }
    problems.throwIfAny();
  }

  /** Builds a {@link StrategyPlan}. */
  public static final class Builder extends ImmutableStrategyPlan.Builder {
    Builder() {}
  }
}
