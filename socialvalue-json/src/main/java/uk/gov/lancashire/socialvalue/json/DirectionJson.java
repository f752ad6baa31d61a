package uk.gov.lancashire.socialvalue.json;

import java.util.Map;
import uk.gov.lancashire.socialvalue.needs.Direction;

/** {@link Direction} as a stable lower-case name: {@code "higher-is-better"} or {@code "lower-is-better"}. */
final class DirectionJson {

  /** The codec; the table is the wire format: change a name only with a new format version. */
  static final EnumNames<Direction> CODEC = EnumNames.of(Direction.class, "direction", Map.of(
      Direction.HIGHER_IS_BETTER, "higher-is-better",
      Direction.LOWER_IS_BETTER, "lower-is-better"));

  private DirectionJson() {}
}
