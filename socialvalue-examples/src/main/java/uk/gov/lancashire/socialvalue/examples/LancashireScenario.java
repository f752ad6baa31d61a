package uk.gov.lancashire.socialvalue.examples;

import uk.gov.lancashire.socialvalue.framework.Framework;

/**
 * The main job: the Lancashire case end to end, on illustrative data. Run it with
 * {@code mvn -B -q -DskipTests -Plancashire verify} from the repository root.
 */
public final class LancashireScenario {

  private LancashireScenario() {}

  /**
   * Runs the scenario and prints its summary.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Framework framework = LancashireFramework.create();
    System.out.print(FrameworkSummary.render(framework, framework.edition(LancashireFramework.EDITION).orElseThrow()));
  }
}
