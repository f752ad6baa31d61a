package uk.gov.lancashire.socialvalue.needs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import javax.money.Monetary;
import uk.gov.lancashire.socialvalue.framework.Framework;
import uk.gov.lancashire.socialvalue.framework.Measure;
import uk.gov.lancashire.socialvalue.framework.MeasureCode;
import uk.gov.lancashire.socialvalue.framework.MeasureKind;
import uk.gov.lancashire.socialvalue.framework.Outcome;
import uk.gov.lancashire.socialvalue.framework.Theme;
import uk.gov.lancashire.socialvalue.framework.Unit;
import uk.gov.lancashire.socialvalue.framework.ValidityPeriod;

/**
 * The small hand-checked data set: three areas, four indicators. ILLUSTRATIVE ONLY: the area names are
 * real Lancashire districts, every figure is invented for the tests.
 *
 * <pre>
 * indicator (unit, better)        desired  Burnley        Pendle         Ribble Valley
 * employment (%, higher)          80       68 → 12 → 0.15 72 → 8 → 0.10  82 → 0 → 0
 * no-quals (%, lower)             5        9 → 4 → 0.80   7 → 2 → 0.40   4 → 0 → 0
 * neet (%, lower)                 4        6 → 2 → 0.50   5 → 1 → 0.25   5 → 1 → 0.25
 * volunteering (hrs/1,000, higher) 500     400 → 100 → 0.20 300 → 200 → 0.40 450 → 50 → 0.10
 *                                  (current → absolute gap → relative gap = gap ÷ |desired|)
 * need score (sum)                         1.65           1.15           0.35
 * </pre>
 *
 * <p>Links: employment → LT1 (1); no-quals → LT2 (1); neet → LT2 (0.5) and LT3 (0.5); volunteering →
 * LT4 (1). Priorities (scheme lcc): employment → economic-growth (1); no-quals → economic-growth (0.5)
 * and caring (0.5); neet → caring (1); volunteering → caring (1). Outcomes: employment →
 * local-employment (1); volunteering → volunteering (1).
 */
final class NeedsFixture {

  static final MeasureCode LT1 = MeasureCode.parse("LT1");
  static final MeasureCode LT2 = MeasureCode.parse("LT2");
  static final MeasureCode LT3 = MeasureCode.parse("LT3");
  static final MeasureCode LT4 = MeasureCode.parse("LT4");

  private NeedsFixture() {}

  static Indicator indicator(String id, String unit, Direction direction) {
    return Indicator.builder().id(id).title("Illustrative " + id).unitLabel(unit).direction(direction)
        .source("ILLUSTRATIVE ONLY: invented for tests").year(2024).build();
  }

  static Indicator indicator(String id, String unit, Direction direction, IndicatorScale scale) {
    return Indicator.builder().id(id).title("Illustrative " + id).unitLabel(unit).direction(direction)
        .source("ILLUSTRATIVE ONLY: invented for tests").year(2024).scale(scale).build();
  }

  static List<Indicator> indicators() {
    return List.of(
        indicator("employment", "%", Direction.HIGHER_IS_BETTER),
        indicator("no-quals", "%", Direction.LOWER_IS_BETTER),
        indicator("neet", "%", Direction.LOWER_IS_BETTER),
        indicator("volunteering", "hours per 1,000 residents", Direction.HIGHER_IS_BETTER));
  }

  static List<Area> areas() {
    return List.of(Area.of("burnley", "Burnley"), Area.of("pendle", "Pendle"), Area.of("ribble-valley", "Ribble Valley"));
  }

  static List<Observation> observations() {
    return List.of(
        Observation.of("employment", "burnley", "68", "80"),
        Observation.of("employment", "pendle", "72", "80"),
        Observation.of("employment", "ribble-valley", "82", "80"),
        Observation.of("no-quals", "burnley", "9", "5"),
        Observation.of("no-quals", "pendle", "7", "5"),
        Observation.of("no-quals", "ribble-valley", "4", "5"),
        Observation.of("neet", "burnley", "6", "4"),
        Observation.of("neet", "pendle", "5", "4"),
        Observation.of("neet", "ribble-valley", "5", "4"),
        Observation.of("volunteering", "burnley", "400", "500"),
        Observation.of("volunteering", "pendle", "300", "500"),
        Observation.of("volunteering", "ribble-valley", "450", "500"));
  }

  static List<IndicatorLink> links() {
    return List.of(
        IndicatorLink.toMeasure("employment", LT1, BigDecimal.ONE),
        IndicatorLink.toMeasure("no-quals", LT2, BigDecimal.ONE),
        IndicatorLink.toMeasure("neet", LT2, new BigDecimal("0.5")),
        IndicatorLink.toMeasure("neet", LT3, new BigDecimal("0.5")),
        IndicatorLink.toMeasure("volunteering", LT4, BigDecimal.ONE),
        IndicatorLink.toPriority("employment", "lcc", "economic-growth", BigDecimal.ONE),
        IndicatorLink.toPriority("no-quals", "lcc", "economic-growth", new BigDecimal("0.5")),
        IndicatorLink.toPriority("no-quals", "lcc", "caring", new BigDecimal("0.5")),
        IndicatorLink.toPriority("neet", "lcc", "caring", BigDecimal.ONE),
        IndicatorLink.toPriority("volunteering", "lcc", "caring", BigDecimal.ONE),
        IndicatorLink.toOutcome("employment", "local-employment", BigDecimal.ONE),
        IndicatorLink.toOutcome("volunteering", "volunteering", BigDecimal.ONE));
  }

  static NeedsAnalysis analysis() {
    return NeedsAnalysis.builder().addAllIndicators(indicators()).addAllAreas(areas())
        .addAllObservations(observations()).addAllLinks(links()).build();
  }

  /** A framework placing LT1 in theme jobs, LT2 and LT3 in theme skills, LT4 in theme social. */
  static Framework framework() {
    return Framework.builder().id("test-toms").title("Test framework (illustrative)").edition("test")
        .validity(ValidityPeriod.of(LocalDate.of(2024, 4, 1), LocalDate.of(2028, 3, 31)))
        .currency(Monetary.getCurrency("GBP")).provenance("invented for tests").licenceNote("illustrative")
        .addThemes(Theme.of("jobs", "Jobs"), Theme.of("skills", "Skills"), Theme.of("social", "Social"))
        .addOutcomes(Outcome.of("local-employment", "Local employment", "jobs"),
            Outcome.of("skills", "Skills", "skills"), Outcome.of("volunteering", "Volunteering", "social"))
        .addMeasures(measure(LT1, "local-employment"), measure(LT2, "skills"), measure(LT3, "skills"),
            measure(LT4, "volunteering"))
        .build();
  }

  private static Measure measure(MeasureCode code, String outcomeId) {
    return Measure.builder().code(code).title("Illustrative " + code).unit(Unit.COUNT)
        .kind(MeasureKind.RECORD_ONLY).outcomeId(outcomeId).build();
  }
}
