package uk.gov.lancashire.socialvalue.examples.documents;

import uk.gov.lancashire.socialvalue.examples.report.Pounds;
import uk.gov.lancashire.socialvalue.examples.report.ReportPage;
import uk.gov.lancashire.socialvalue.examples.report.ReportTable;
import uk.gov.lancashire.socialvalue.examples.report.Words;
import uk.gov.lancashire.socialvalue.targets.Milestone;
import uk.gov.lancashire.socialvalue.targets.StrategyPlan;
import uk.gov.lancashire.socialvalue.targets.Target;
import uk.gov.lancashire.socialvalue.targets.TargetSubject;

/** The strategy plan: its targets year by year and its milestones by due date. */
final class StrategySection implements ReportSection {

  @Override
  public String id() {
    return "strategy";
  }

  @Override
  public String heading(ReportInputs inputs) {
    return "Strategy plan";
  }

  @Override
  public boolean appliesTo(ReportInputs inputs) {
    return inputs.strategy().isPresent();
  }

  @Override
  public void write(ReportInputs in, ReportPage page) {
    StrategyPlan plan = in.strategy().orElseThrow();
    page.paragraph(plan.title() + ", " + plan.firstYear() + " to " + plan.lastYear() + ".");
    ReportTable targets = ReportTable.of("strategy-targets", "Targets", "subject", "year", "target").right(2);
    for (Target t : plan.targets()) {
      targets.row(subject(in, t.subject()), t.year().toString(), Pounds.number(t.value(),
          Math.min(Math.max(t.value().stripTrailingZeros().scale(), 0), 2)) + " " + t.unitLabel());
    }
    page.table(targets);
    if (!plan.milestones().isEmpty()) {
      ReportTable milestones = ReportTable.of("strategy-milestones", "Milestones by due date", "milestone", "due",
          "status on " + in.generated());
      for (Milestone m : plan.milestonesByDueDate()) {
        milestones.row(m.title(), m.due().toString(), Words.words(m.status(in.generated())));
      }
      page.table(milestones);
    }
  }

  private static String subject(ReportInputs in, TargetSubject s) {
    if (s.measure().isPresent()) {
      return Words.measure(in.framework(), s.measure().get());
    }
    String scheme = s.schemeId().orElse("");
    String priority = s.priorityId().orElse("");
    return in.framework().flatMap(f -> f.scheme(scheme)).flatMap(x -> x.priority(priority))
        .map(p -> p.title()).orElse(scheme + " " + priority);
  }
}
