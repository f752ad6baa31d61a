package uk.gov.lancashire.socialvalue.json;

import java.util.Map;
import uk.gov.lancashire.socialvalue.framework.Dimension;

/** {@link Dimension} as a stable lower-case name, e.g. {@code "employment-time"}. */
final class DimensionJson {

  /** The codec; the table is the wire format: change a name only with a new format version. */
  static final EnumNames<Dimension> CODEC = EnumNames.of(Dimension.class, "dimension", Map.ofEntries(
      Map.entry(Dimension.EMPLOYMENT, "employment"),
      Map.entry(Dimension.EMPLOYMENT_TIME, "employment-time"),
      Map.entry(Dimension.TIME, "time"),
      Map.entry(Dimension.PARTICIPATION, "participation"),
      Map.entry(Dimension.MONEY, "money"),
      Map.entry(Dimension.MASS, "mass"),
      Map.entry(Dimension.EMISSIONS, "emissions"),
      Map.entry(Dimension.DISTANCE, "distance"),
      Map.entry(Dimension.COUNT, "count"),
      Map.entry(Dimension.RATIO, "ratio"),
      Map.entry(Dimension.LEVEL, "level"),
      Map.entry(Dimension.TEXT, "text")));

  private DimensionJson() {}
}
