package uk.gov.lancashire.socialvalue.json;

import tools.jackson.databind.node.ObjectNode;
import uk.gov.lancashire.socialvalue.targets.ProgressReport;

/**
 * {@link ProgressReport}, written for reports: asOf, year ({@code "2024/25"}), lines (one per target with
 * an achieved figure) and problems (targets with no achieved figure, figures with no target).
 *
 * <p>Write-only: a report is computed from a strategy plan and achieved figures ({@code
 * StrategyPlan.progress}).
 */
final class ProgressReportJson {

  /** The codec. */
  static final JsonCodec<ProgressReport> CODEC = WriteOnlyCodec.of("a progress report",
      "the socialvalue/strategy-plan document", ProgressReportJson::write);

  private ProgressReportJson() {}

  private static ObjectNode write(ProgressReport value) {
    ObjectNode node = Nodes.object();
    node.set("asOf", Scalars.DATE_ISO.write(value.asOf()));
    node.set("year", FinancialYearJson.CODEC.write(value.year()));
    node.set("lines", Nodes.array(value.lines(), TargetProgressJson.CODEC));
    node.set("problems", Nodes.array(value.problems(), ProblemJson.CODEC));
    return node;
  }
}
