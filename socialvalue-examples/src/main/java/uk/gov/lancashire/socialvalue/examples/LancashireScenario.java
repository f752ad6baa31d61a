package uk.gov.lancashire.socialvalue.examples;

import java.io.IOException;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import uk.gov.lancashire.socialvalue.examples.scenario.Scenario;
import uk.gov.lancashire.socialvalue.examples.scenario.ScenarioReport;
import uk.gov.lancashire.socialvalue.examples.scenario.ScenarioResult;

/**
 * The main job: the Lancashire case end to end, on illustrative data. Run it with
 * {@code mvn -B -q -DskipTests -Plancashire verify} from the repository root; it prints a summary and
 * writes a self-contained HTML report.
 */
public final class LancashireScenario {

  /** Where the report goes when no path is given. */
  public static final Path DEFAULT_REPORT = Path.of("lancashire-report.html");

  /** Moneta logs its default context at INFO on first use; this application (not the library) quietens it. */
  private static final Logger MONETA = Logger.getLogger("org.javamoney.moneta");

  private LancashireScenario() {}

  /**
   * Runs the scenario, prints its summary and writes the HTML report.
   *
   * @param args optionally, the path of the HTML report to write
   * @throws IOException if the report cannot be written
   */
  public static void main(String[] args) throws IOException {
    MONETA.setLevel(Level.WARNING);
    Path report = args.length > 0 ? Path.of(args[0]) : DEFAULT_REPORT;
    ScenarioResult result = Scenario.run();
    ScenarioReport formatted = ScenarioReport.of(result);
    System.out.print(FrameworkSummary.render(result.framework, result.edition));
    System.out.println();
    System.out.print(formatted.console());
    Path written = formatted.writeHtml(report);
    System.out.println();
    System.out.println("HTML report written to " + written);
  }
}
