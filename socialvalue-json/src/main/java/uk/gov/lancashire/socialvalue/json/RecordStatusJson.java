package uk.gov.lancashire.socialvalue.json;

import java.util.Map;
import uk.gov.lancashire.socialvalue.delivery.RecordStatus;

/** {@link RecordStatus} as a stable lower-case name, e.g. {@code "verified"}. */
final class RecordStatusJson {

  /** The codec; the table is the wire format: change a name only with a new format version. */
  static final EnumNames<RecordStatus> CODEC = EnumNames.of(RecordStatus.class, "record status", Map.of(
      RecordStatus.CLAIMED, "claimed",
      RecordStatus.EVIDENCED, "evidenced",
      RecordStatus.VERIFIED, "verified",
      RecordStatus.REJECTED, "rejected"));

  private RecordStatusJson() {}
}
