package uk.gov.lancashire.socialvalue.framework;

/**
 * The unit a measure is counted in, with its {@link Dimension}.
 *
 * <p>The set is closed on purpose: these are the units seen in council frameworks (council bidder guidance), and a
 * closed set lets the engine apply unit rules (FTE-years, level bounds, text not summed) without
 * guessing from free-text labels.
 */
public enum Unit {
  /** Full-time equivalent people at a point in time: 10 full-time + 5 half-time = 12.5 FTE. */
  FTE("FTE", Dimension.EMPLOYMENT),
  /** Full-time equivalents over time: 12.5 FTE for 2 years = 25 FTE-years. */
  FTE_YEARS("FTE-years", Dimension.EMPLOYMENT_TIME),
  /** Weeks (apprenticeships, training). */
  WEEKS("weeks", Dimension.TIME),
  /** Hours (staff or expert time). */
  HOURS("hours", Dimension.TIME),
  /** Session hours × attendees: 2 hours × 8 attendees = 16, however many trainers. */
  HOURS_X_ATTENDEES("hours × attendees", Dimension.PARTICIPATION),
  /** Pounds (or the framework's currency) spent, invested or donated. */
  MONEY("money", Dimension.MONEY),
  /** Tonnes of material (waste diverted, reused). */
  TONNES("tonnes", Dimension.MASS),
  /** Tonnes of carbon dioxide equivalent. */
  TONNES_CO2E("tCO2e", Dimension.EMISSIONS),
  /** Miles. */
  MILES("miles", Dimension.DISTANCE),
  /** A count of things or events. */
  COUNT("count", Dimension.COUNT),
  /** Percent, 0–100. */
  PERCENT("%", Dimension.RATIO),
  /** A qualitative level from 1 to 5. */
  LEVEL("level 1–5", Dimension.LEVEL),
  /** Free text. */
  TEXT("text", Dimension.TEXT);

  private final String symbol;
  private final Dimension dimension;

  Unit(String symbol, Dimension dimension) {
    this.symbol = symbol;
    this.dimension = dimension;
  }

  /** @return a short label for display, e.g. {@code FTE-years} */
  public String symbol() {
    return symbol;
  }

  /** @return what this unit measures */
  public Dimension dimension() {
    return dimension;
  }

  /** @return true when quantities in this unit are numbers that may be summed */
  public boolean isAdditive() {
    return dimension != Dimension.TEXT && dimension != Dimension.RATIO && dimension != Dimension.LEVEL;
  }
}
