package uk.gov.lancashire.socialvalue.json;

import java.util.Map;
import uk.gov.lancashire.socialvalue.framework.MeasureKind;

/** {@link MeasureKind} as a stable lower-case name, e.g. {@code "record-only"}. */
final class MeasureKindJson {

  /** The codec; the table is the wire format: change a name only with a new format version. */
  static final EnumNames<MeasureKind> CODEC = EnumNames.of(MeasureKind.class, "measure kind", Map.of(
      MeasureKind.MONETISED, "monetised",
      MeasureKind.RECORD_ONLY, "record-only",
      MeasureKind.QUALITATIVE, "qualitative"));

  private MeasureKindJson() {}
}
