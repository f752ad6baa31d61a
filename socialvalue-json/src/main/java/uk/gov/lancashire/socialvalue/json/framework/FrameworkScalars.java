package uk.gov.lancashire.socialvalue.json.framework;

import java.util.Map;
import uk.gov.lancashire.socialvalue.framework.Dimension;
import uk.gov.lancashire.socialvalue.framework.MeasureCode;
import uk.gov.lancashire.socialvalue.framework.MeasureKind;
import uk.gov.lancashire.socialvalue.framework.Unit;
import uk.gov.lancashire.socialvalue.json.engine.EnumNames;
import uk.gov.lancashire.socialvalue.json.engine.Scalars;

/**
 * The framework's values written as JSON strings: measure codes and the stable wire names of its enums.
 * Kept apart from {@link FrameworkJson} because every other package uses them, and the framework's own
 * shapes use the proxy package's.
 */
public final class FrameworkScalars {

  /** A measure code, {@code "NT1"}. */
  public static final Scalars.Text<MeasureCode> CODE = Scalars.text(MeasureCode::parse, MeasureCode::toString);

  /** A unit of measure. */
  public static final EnumNames<Unit> UNIT = EnumNames.of(Unit.class, "unit", Map.ofEntries(
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

  /** The dimension of a unit. */
  public static final EnumNames<Dimension> DIMENSION = EnumNames.of(Dimension.class, "dimension", Map.ofEntries(
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

  /** What kind of figure a measure gives. */
  public static final EnumNames<MeasureKind> KIND = EnumNames.of(MeasureKind.class, "measure kind", Map.of(
      MeasureKind.MONETISED, "monetised",
      MeasureKind.RECORD_ONLY, "record-only",
      MeasureKind.QUALITATIVE, "qualitative"));

  private FrameworkScalars() {}
}
