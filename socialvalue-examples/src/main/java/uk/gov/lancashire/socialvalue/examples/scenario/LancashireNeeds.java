package uk.gov.lancashire.socialvalue.examples.scenario;

import java.math.BigDecimal;
import java.util.List;
import uk.gov.lancashire.socialvalue.framework.MeasureCode;
import uk.gov.lancashire.socialvalue.needs.Area;
import uk.gov.lancashire.socialvalue.needs.ContractCategory;
import uk.gov.lancashire.socialvalue.needs.Direction;
import uk.gov.lancashire.socialvalue.needs.Indicator;
import uk.gov.lancashire.socialvalue.needs.IndicatorLink;
import uk.gov.lancashire.socialvalue.needs.NeedsAnalysis;
import uk.gov.lancashire.socialvalue.needs.Observation;

/**
 * An <strong>illustrative</strong> local needs analysis over Lancashire's 12 districts and 2 unitary
 * councils. The area names are real; every number is invented for the example and is not a statistic.
 */
public final class LancashireNeeds {

  /** The "highways" contract category: the measures a highways contract can sensibly deliver. */
  public static final ContractCategory HIGHWAYS = ContractCategory.builder()
      .id("highways").title("Highways construction and maintenance")
      .addThemeIds("jobs", "environment")
      .addMeasures(MeasureCode.parse("LT9"), MeasureCode.parse("LT12"))
      .build();

  private static final String SOURCE = "ILLUSTRATIVE ONLY: invented for the socialvalue example";

  private static final String[][] AREAS = {
      {"burnley", "Burnley"}, {"chorley", "Chorley"}, {"fylde", "Fylde"}, {"hyndburn", "Hyndburn"},
      {"lancaster", "Lancaster"}, {"pendle", "Pendle"}, {"preston", "Preston"}, {"ribble-valley", "Ribble Valley"},
      {"rossendale", "Rossendale"}, {"south-ribble", "South Ribble"}, {"west-lancashire", "West Lancashire"},
      {"wyre", "Wyre"}, {"blackburn-with-darwen", "Blackburn with Darwen"}, {"blackpool", "Blackpool"}};

  /**
   * Current values per area, in the order of {@link #AREAS}: employment rate %, NEET %, long-term
   * unemployed per 1,000, apprenticeship starts per 1,000, CO2 tonnes per head, waste recycled %.
   * All invented.
   */
  private static final String[][] CURRENT = {
      {"69.0", "6.8", "14.0", "7.5", "5.1", "38.0"}, {"78.5", "3.9", "6.0", "9.0", "5.6", "47.0"},
      {"76.0", "4.1", "5.5", "8.2", "6.3", "45.0"}, {"70.5", "6.5", "12.5", "7.8", "5.0", "39.0"},
      {"74.0", "5.0", "8.5", "8.0", "5.4", "42.0"}, {"68.5", "7.0", "13.0", "7.2", "5.2", "37.0"},
      {"71.0", "6.2", "12.0", "8.8", "5.9", "36.0"}, {"79.0", "3.2", "4.0", "8.6", "7.4", "50.0"},
      {"73.0", "5.4", "9.5", "7.9", "5.3", "41.0"}, {"77.5", "4.0", "6.5", "9.1", "5.8", "46.0"},
      {"75.5", "4.6", "7.5", "8.4", "6.8", "44.0"}, {"74.5", "4.8", "8.0", "8.1", "6.0", "43.0"},
      {"67.0", "7.4", "15.5", "7.0", "5.0", "35.0"}, {"66.0", "8.1", "17.0", "6.8", "4.8", "33.0"}};

  private static final String[] DESIRED = {"78.0", "3.5", "5.0", "10.0", "4.5", "55.0"};

  private LancashireNeeds() {}

  /** @return the illustrative needs analysis, with indicators linked to the framework's measures */
  public static NeedsAnalysis create() {
    List<Indicator> indicators = List.of(
        indicator("employment", "Employment rate, people aged 16-64", "%", Direction.HIGHER_IS_BETTER),
        indicator("neet", "Young people not in education, employment or training", "%", Direction.LOWER_IS_BETTER),
        indicator("long-term-unemployed", "Long-term unemployed people", "per 1,000", Direction.LOWER_IS_BETTER),
        indicator("apprenticeships", "Apprenticeship starts", "per 1,000", Direction.HIGHER_IS_BETTER),
        indicator("carbon", "Carbon dioxide emissions", "tonnes per head", Direction.LOWER_IS_BETTER),
        indicator("recycling", "Household waste recycled", "%", Direction.HIGHER_IS_BETTER));
    NeedsAnalysis.Builder b = NeedsAnalysis.builder().addAllIndicators(indicators);
    for (int a = 0; a < AREAS.length; a++) {
      b.addAreas(Area.of(AREAS[a][0], AREAS[a][1]));
      for (int i = 0; i < indicators.size(); i++) {
        b.addObservations(Observation.of(indicators.get(i).id(), AREAS[a][0], CURRENT[a][i], DESIRED[i]));
      }
    }
    return b
        .addLinks(link("employment", "LT1", "0.7"), link("employment", "LT9", "0.3"))
        .addLinks(link("neet", "LT3", "0.6"), link("neet", "LT7", "0.4"))
        .addLinks(link("long-term-unemployed", "LT2", "1"))
        .addLinks(link("apprenticeships", "LT6", "0.8"), link("apprenticeships", "LT12", "0.2"))
        .addLinks(link("carbon", "LT13", "0.7"), link("carbon", "LT15", "0.3"))
        .addLinks(link("recycling", "LT14", "1"))
        .build();
  }

  private static Indicator indicator(String id, String title, String unit, Direction direction) {
    return Indicator.builder().id(id).title(title).unitLabel(unit).direction(direction).source(SOURCE)
        .year(2024).build();
  }

  private static IndicatorLink link(String indicator, String measure, String weight) {
    return IndicatorLink.toMeasure(indicator, MeasureCode.parse(measure), new BigDecimal(weight));
  }
}
