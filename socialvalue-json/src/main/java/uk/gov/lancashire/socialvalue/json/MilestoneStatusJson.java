package uk.gov.lancashire.socialvalue.json;

import java.util.Map;
import uk.gov.lancashire.socialvalue.targets.MilestoneStatus;

/**
 * {@link MilestoneStatus} as a stable lower-case name: {@code "not-started"}, {@code "in-progress"},
 * {@code "done"} or {@code "overdue"}.
 */
final class MilestoneStatusJson {

  /** The codec; the table is the wire format: change a name only with a new format version. */
  static final EnumNames<MilestoneStatus> CODEC = EnumNames.of(MilestoneStatus.class, "milestone status", Map.of(
      MilestoneStatus.NOT_STARTED, "not-started",
      MilestoneStatus.IN_PROGRESS, "in-progress",
      MilestoneStatus.DONE, "done",
      MilestoneStatus.OVERDUE, "overdue"));

  private MilestoneStatusJson() {}
}
