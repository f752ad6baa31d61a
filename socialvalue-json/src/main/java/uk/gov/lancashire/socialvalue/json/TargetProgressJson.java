package uk.gov.lancashire.socialvalue.json;

import tools.jackson.databind.node.ObjectNode;
import uk.gov.lancashire.socialvalue.targets.TargetProgress;

/**
 * {@link TargetProgress}, written for reports: target, achieved, asOf, then the figures that decide it:
 * daysElapsed, daysInYear, expectedToDate, percentOfTarget (left out when the target is zero), onTrack,
 * behindTrajectory and remaining. Decimals are exact strings; the computed ratios carry 34 significant
 * digits, to be rounded once for display.
 *
 * <p>Write-only: progress is computed from a strategy plan and achieved figures ({@code
 * StrategyPlan.progress}).
 */
final class TargetProgressJson {

  /** The codec. */
  static final JsonCodec<TargetProgress> CODEC = WriteOnlyCodec.of("target progress",
      "the socialvalue/strategy-plan document", TargetProgressJson::write);

  private TargetProgressJson() {}

  private static ObjectNode write(TargetProgress value) {
    ObjectNode node = Nodes.object();
    node.set("target", TargetJson.CODEC.write(value.target()));
    node.set("achieved", Scalars.DECIMAL_STRING.write(value.achieved()));
    node.set("asOf", Scalars.DATE_ISO.write(value.asOf()));
    node.put("daysElapsed", value.daysElapsed());
    node.put("daysInYear", value.daysInYear());
    node.set("expectedToDate", Scalars.DECIMAL_STRING.write(value.expectedToDate()));
    value.percentOfTarget().ifPresent(p -> node.set("percentOfTarget", Scalars.DECIMAL_STRING.write(p)));
    node.put("onTrack", value.isOnTrack());
    node.set("behindTrajectory", Scalars.DECIMAL_STRING.write(value.behindTrajectory()));
    node.set("remaining", Scalars.DECIMAL_STRING.write(value.remaining()));
    return node;
  }
}
