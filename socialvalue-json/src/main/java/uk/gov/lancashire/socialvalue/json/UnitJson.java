package uk.gov.lancashire.socialvalue.json;

import java.util.Map;
import uk.gov.lancashire.socialvalue.framework.Unit;

/** {@link Unit} as a stable lower-case name, e.g. {@code "fte-years"}. */
final class UnitJson {

  /** The codec; the table is the wire format: change a name only with a new format version. */
  static final EnumNames<Unit> CODEC = EnumNames.of(Unit.class, "unit", Map.ofEntries(
      Map.entry(Unit.FTE, "fte"),
      Map.entry(Unit.FTE_YEARS, "fte-years"),
      Map.entry(Unit.WEEKS, "weeks"),
      Map.entry(Unit.HOURS, "hours"),
      Map.entry(Unit.HOURS_X_ATTENDEES, "hours-x-attendees"),
      Map.entry(Unit.MONEY, "money"),
      Map.entry(Unit.TONNES, "tonnes"),
      Map.entry(Unit.TONNES_CO2E, "tonnes-co2e"),
      Map.entry(Unit.MILES, "miles"),
      Map.entry(Unit.COUNT, "count"),
      Map.entry(Unit.PERCENT, "percent"),
      Map.entry(Unit.LEVEL, "level"),
      Map.entry(Unit.TEXT, "text")));

  private UnitJson() {}
}
