package uk.gov.lancashire.socialvalue.json.needs;

import java.math.BigDecimal;
import java.util.Map;
import uk.gov.lancashire.socialvalue.json.basics.BasicsJson;
import uk.gov.lancashire.socialvalue.json.engine.EnumNames;
import uk.gov.lancashire.socialvalue.json.engine.KeyCodec;
import uk.gov.lancashire.socialvalue.json.engine.Scalars;
import uk.gov.lancashire.socialvalue.json.engine.Shape;
import uk.gov.lancashire.socialvalue.json.framework.FrameworkScalars;
import uk.gov.lancashire.socialvalue.needs.Area;
import uk.gov.lancashire.socialvalue.needs.AreaNeeds;
import uk.gov.lancashire.socialvalue.needs.ContractCategory;
import uk.gov.lancashire.socialvalue.needs.CountyNeeds;
import uk.gov.lancashire.socialvalue.needs.Direction;
import uk.gov.lancashire.socialvalue.needs.Gap;
import uk.gov.lancashire.socialvalue.needs.Indicator;
import uk.gov.lancashire.socialvalue.needs.IndicatorScale;
import uk.gov.lancashire.socialvalue.needs.IndicatorLink;
import uk.gov.lancashire.socialvalue.needs.MeasureShortlist;
import uk.gov.lancashire.socialvalue.needs.NeedsAnalysis;
import uk.gov.lancashire.socialvalue.needs.NeedsWeights;
import uk.gov.lancashire.socialvalue.needs.Observation;
import uk.gov.lancashire.socialvalue.needs.ShortlistEntry;

/**
 * The JSON forms of the core's {@code needs} package: the needs analysis document ({@code "format":
 * "socialvalue/needs-analysis"}) and contract categories, read and written; gaps, area and county needs,
 * weights and shortlists, written only (they are computed from an analysis).
 */
public final class NeedsJson {

  private static final String FROM = "the socialvalue/needs-analysis document";

  /** Whether a higher indicator value is better. */
  public static final EnumNames<Direction> DIRECTION = EnumNames.of(Direction.class, "direction", Map.of(
      Direction.HIGHER_IS_BETTER, "higher-is-better",
      Direction.LOWER_IS_BETTER, "lower-is-better"));

  /** The range an indicator's values can take. */
  public static final Shape<IndicatorScale, Shape.Args> SCALE =
      Shape.<IndicatorScale>args(a -> IndicatorScale.of(a.<BigDecimal>get("lowest"), a.<BigDecimal>get("highest")))
          .required("lowest", Scalars.DECIMAL, IndicatorScale::lowest)
          .required("highest", Scalars.DECIMAL, IndicatorScale::highest);

  /** An indicator; its scale is left out when it declares none. */
  public static final Shape<Indicator, Indicator.Builder> INDICATOR = Shape.of(Indicator::builder, Indicator.Builder::build)
      .required("id", Scalars.STRING, Indicator::id, Indicator.Builder::id)
      .required("title", Scalars.STRING, Indicator::title, Indicator.Builder::title)
      .required("unitLabel", Scalars.STRING, Indicator::unitLabel, Indicator.Builder::unitLabel)
      .required("direction", DIRECTION, Indicator::direction, Indicator.Builder::direction)
      .required("source", Scalars.STRING, Indicator::source, Indicator.Builder::source)
      .required("year", Scalars.INTEGER, Indicator::year, Indicator.Builder::year)
      .optional("scale", SCALE, Indicator::scale, Indicator.Builder::scale);

  /** An area. */
  public static final Shape<Area, Shape.Args> AREA = Shape.<Area>args(a -> Area.of(a.get("id"), a.get("name")))
      .required("id", Scalars.STRING, Area::id)
      .required("name", Scalars.STRING, Area::name);

  /** An observation of an indicator in an area. */
  public static final Shape<Observation, Shape.Args> OBSERVATION = Shape.<Observation>args(
      a -> Observation.of(a.<String>get("indicatorId"), a.get("areaId"), a.<BigDecimal>get("current"), a.get("desired")))
      .required("indicatorId", Scalars.STRING, Observation::indicatorId)
      .required("areaId", Scalars.STRING, Observation::areaId)
      .required("current", Scalars.DECIMAL, Observation::current)
      .required("desired", Scalars.DECIMAL, Observation::desired);

  /** A link from an indicator to a measure, outcome or priority. */
  public static final Shape<IndicatorLink, IndicatorLink.Builder> LINK =
      Shape.of(IndicatorLink::builder, IndicatorLink.Builder::build)
          .required("indicatorId", Scalars.STRING, IndicatorLink::indicatorId, IndicatorLink.Builder::indicatorId)
          .required("weight", Scalars.DECIMAL, IndicatorLink::weight, IndicatorLink.Builder::weight)
          .optional("measure", FrameworkScalars.CODE, IndicatorLink::measure, IndicatorLink.Builder::measure)
          .optional("outcomeId", Scalars.STRING, IndicatorLink::outcomeId, IndicatorLink.Builder::outcomeId)
          .optional("schemeId", Scalars.STRING, IndicatorLink::schemeId, IndicatorLink.Builder::schemeId)
          .optional("priorityId", Scalars.STRING, IndicatorLink::priorityId, IndicatorLink.Builder::priorityId);

  /** A contract category and the measures and themes it suits; repeated elements are problems. */
  public static final Shape<ContractCategory, ContractCategory.Builder> CATEGORY =
      Shape.of(ContractCategory::builder, ContractCategory.Builder::build)
          .required("id", Scalars.STRING, ContractCategory::id, ContractCategory.Builder::id)
          .required("title", Scalars.STRING, ContractCategory::title, ContractCategory.Builder::title)
          .set("measures", FrameworkScalars.CODE, ContractCategory::measures, ContractCategory.Builder::addAllMeasures)
          .set("themeIds", Scalars.STRING, ContractCategory::themeIds, ContractCategory.Builder::addAllThemeIds);

  /** A needs analysis document. */
  public static final Shape<NeedsAnalysis, NeedsAnalysis.Builder> ANALYSIS =
      Shape.of(NeedsAnalysis::builder, NeedsAnalysis.Builder::build)
          .document("socialvalue/needs-analysis", 1, java.util.Set.of(1))
          .list("indicators", INDICATOR, NeedsAnalysis::indicators, NeedsAnalysis.Builder::addAllIndicators)
          .list("areas", AREA, NeedsAnalysis::areas, NeedsAnalysis.Builder::addAllAreas)
          .list("observations", OBSERVATION, NeedsAnalysis::observations, NeedsAnalysis.Builder::addAllObservations)
          .list("links", LINK, NeedsAnalysis::links, NeedsAnalysis.Builder::addAllLinks);

  /** A gap between current and desired values (written only). */
  public static final Shape<Gap, Void> GAP = Shape.<Gap>written("a gap", FROM)
      .required("indicator", INDICATOR, Gap::indicator)
      .required("areaId", Scalars.STRING, Gap::areaId)
      .required("current", Scalars.DECIMAL, Gap::current)
      .required("desired", Scalars.DECIMAL, Gap::desired)
      .required("absoluteGap", Scalars.DECIMAL, Gap::absoluteGap)
      .required("relativeGap", Scalars.DECIMAL, Gap::relativeGap)
      .required("met", Scalars.BOOLEAN, Gap::isMet);

  /** An area's ranked needs (written only). */
  public static final Shape<AreaNeeds, Void> AREA_NEEDS = Shape.<AreaNeeds>written("an area's needs", FROM)
      .required("area", AREA, AreaNeeds::area)
      .list("rankedGaps", GAP, AreaNeeds::rankedGaps)
      .list("problems", BasicsJson.PROBLEM, AreaNeeds::problems)
      .required("complete", Scalars.BOOLEAN, AreaNeeds::isComplete)
      .optional("needScore", Scalars.DECIMAL, AreaNeeds::needScore);

  /** The county's ranked needs (written only). */
  public static final Shape<CountyNeeds, Void> COUNTY_NEEDS = Shape.<CountyNeeds>written("county needs", FROM)
      .list("rankedAreas", AREA_NEEDS, CountyNeeds::rankedAreas)
      .list("rankedGaps", GAP, CountyNeeds::rankedGaps)
      .list("problems", BasicsJson.PROBLEM, CountyNeeds::problems);

  private static final KeyCodec<Object> ANY_KEY = Scalars.text(s -> null, String::valueOf);

  /** Needs and weights of one area (written only), keyed by whatever the weights are for. */
  @SuppressWarnings("unchecked")
  public static final Shape<NeedsWeights<?>, Void> WEIGHTS = Shape.<NeedsWeights<?>>written("needs weights", FROM)
      .required("areaId", Scalars.STRING, w -> w.areaId())
      .map("needs", ANY_KEY, Scalars.DECIMAL, w -> (Map<Object, BigDecimal>) w.needs())
      .map("weights", ANY_KEY, Scalars.DECIMAL, w -> (Map<Object, BigDecimal>) w.weights())
      .list("problems", BasicsJson.PROBLEM, w -> w.problems())
      .required("complete", Scalars.BOOLEAN, w -> w.isComplete());

  /** One entry of a shortlist (written only). */
  public static final Shape<ShortlistEntry, Void> SHORTLIST_ENTRY =
      Shape.<ShortlistEntry>written("a shortlist entry", FROM)
          .required("rank", Scalars.INTEGER, ShortlistEntry::rank)
          .required("measure", FrameworkScalars.CODE, ShortlistEntry::measure)
          .required("weight", Scalars.DECIMAL, ShortlistEntry::weight);

  /** A measure shortlist (written only). */
  public static final Shape<MeasureShortlist, Void> SHORTLIST = Shape.<MeasureShortlist>written("a measure shortlist", FROM)
      .required("areaId", Scalars.STRING, MeasureShortlist::areaId)
      .required("categoryId", Scalars.STRING, MeasureShortlist::categoryId)
      .list("entries", SHORTLIST_ENTRY, MeasureShortlist::entries)
      .list("problems", BasicsJson.PROBLEM, MeasureShortlist::problems);

  private NeedsJson() {}
}
