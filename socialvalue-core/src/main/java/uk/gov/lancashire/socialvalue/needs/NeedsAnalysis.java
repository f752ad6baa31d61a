package uk.gov.lancashire.socialvalue.needs;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import uk.gov.lancashire.socialvalue.basics.Problem;
import uk.gov.lancashire.socialvalue.basics.ProblemPath;
import uk.gov.lancashire.socialvalue.basics.Problems;
import uk.gov.lancashire.socialvalue.basics.SocialValueStyle;
import uk.gov.lancashire.socialvalue.basics.ValidationException;
import uk.gov.lancashire.socialvalue.framework.Framework;
import uk.gov.lancashire.socialvalue.framework.MeasureCode;

/**
 * A local needs analysis: indicators, areas, observations of current and desired values, and the
 * weighted links from indicators to the measures, outcomes and priorities that address them. The entry
 * point of the {@code needs} package.
 *
 * <p>From these it gives:
 *
 * <ul>
 *   <li>{@link #gap(String, String)}: the {@link Gap} of one indicator in one area;
 *   <li>{@link #needsOf(String)}: an area's gaps ranked largest first;
 *   <li>{@link #county()}: the areas ranked by need, and every gap ranked across the county;
 *   <li>{@link #measureWeights}, {@link #outcomeWeights}, {@link #priorityWeights}: {@link NeedsWeights}
 *       for an area, adding up to exactly 1;
 *   <li>{@link #shortlist}: the measures to ask for in a tender in an area;
 *   <li>{@link #scoring(String)}: a {@link NeedsWeightedScoring} for evaluating offers in an area.
 * </ul>
 *
 * <p>Gaps are compared by their unit-free {@link Gap#relativeGap() relative gap}; every ranking breaks
 * ties by id, so results never depend on input order. A missing observation is never read as zero: it
 * is reported as a {@link Problem} in each result it affects.
 *
 * <p>Construction validates the whole analysis and reports every problem together: duplicate ids,
 * duplicate observations, observations outside their indicator's {@link IndicatorScale scale}, and
 * observations or links naming an unknown indicator or area.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SocialValueStyle
public abstract class NeedsAnalysis implements WithNeedsAnalysis {

  NeedsAnalysis() {}

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the indicators */
  public abstract List<Indicator> indicators();

  /** @return the areas, in the council's order */
  public abstract List<Area> areas();

  /** @return the observations, at most one per indicator and area */
  public abstract List<Observation> observations();

  /** @return the weighted links from indicators to measures, outcomes and priorities */
  public abstract List<IndicatorLink> links();

  // ---------------------------------------------------------------- indexes

  @Value.Lazy
  Map<String, Indicator> indicatorIndex() {
    return indicators().stream().collect(Collectors.toMap(Indicator::id, i -> i, (a, b) -> a, LinkedHashMap::new));
  }

  @Value.Lazy
  Map<String, Area> areaIndex() {
    return areas().stream().collect(Collectors.toMap(Area::id, a -> a, (a, b) -> a, LinkedHashMap::new));
  }

  @Value.Lazy
  Map<String, Observation> observationIndex() {
    Map<String, Observation> index = new HashMap<>();
    observations().forEach(o -> index.putIfAbsent(key(o.indicatorId(), o.areaId()), o));
    return index;
  }

  private static String key(String indicatorId, String areaId) {
    return indicatorId + '\u0000' + areaId;
  }

  // ---------------------------------------------------------------- gaps and rankings

  /**
   * @param indicatorId an indicator
   * @param areaId an area
   * @return the gap, or empty when there is no observation
   */
  public Optional<Gap> gap(String indicatorId, String areaId) {
    Observation observation = observationIndex().get(key(indicatorId, areaId));
    Indicator indicator = indicatorIndex().get(indicatorId);
    return observation == null || indicator == null ? Optional.empty() : Optional.of(Gap.of(indicator, observation));
  }

  /**
   * Ranks one area's needs.
   *
   * @param areaId the area
   * @return its gaps, largest first, and a problem for each indicator it has no observation for
   * @throws ValidationException when the area is unknown
   */
  public AreaNeeds needsOf(String areaId) {
    Area area = area(areaId);
    List<Gap> gaps = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    for (Indicator indicator : indicators()) {
      Optional<Gap> gap = gap(indicator.id(), areaId);
      if (gap.isPresent()) {
        gaps.add(gap.get());
      } else {
        problems.add(missing(areaId, indicator.id()));
      }
    }
    gaps.sort(Gap.LARGEST_FIRST);
    return new AreaNeeds.Builder().area(area).addAllRankedGaps(gaps).addAllProblems(problems).build();
  }

  /**
   * Ranks needs across every area.
   *
   * @return the complete areas, most needy first, every gap largest first, and every missing observation
   */
  public CountyNeeds county() {
    List<AreaNeeds> complete = new ArrayList<>();
    List<Gap> gaps = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    for (Area area : areas()) {
      AreaNeeds needs = needsOf(area.id());
      gaps.addAll(needs.rankedGaps());
      problems.addAll(needs.problems());
      if (needs.isComplete()) {
        complete.add(needs);
      }
    }
    complete.sort((a, b) -> {
      int byScore = b.needScore().orElseThrow().compareTo(a.needScore().orElseThrow());
      return byScore != 0 ? byScore : a.area().id().compareTo(b.area().id());
    });
    gaps.sort(Gap.LARGEST_FIRST);
    return new CountyNeeds.Builder().addAllRankedAreas(complete).addAllRankedGaps(gaps).addAllProblems(problems).build();
  }

  // ---------------------------------------------------------------- needs weights

  /**
   * Weights the measures linked to indicators by the area's needs.
   *
   * @param areaId the area
   * @return the weights, adding up to exactly 1, or problems
   * @throws ValidationException when the area is unknown
   */
  public NeedsWeights<MeasureCode> measureWeights(String areaId) {
    return weights(areaId, IndicatorLink::measure);
  }

  /**
   * Weights the outcomes linked to indicators by the area's needs.
   *
   * @param areaId the area
   * @return the weights by outcome id, adding up to exactly 1, or problems
   * @throws ValidationException when the area is unknown
   */
  public NeedsWeights<String> outcomeWeights(String areaId) {
    return weights(areaId, IndicatorLink::outcomeId);
  }

  /**
   * Weights the priorities of one scheme linked to indicators by the area's needs.
   *
   * @param areaId the area
   * @param schemeId the priority scheme, e.g. {@code lcc}
   * @return the weights by priority id, adding up to exactly 1 within the scheme, or problems
   * @throws ValidationException when the area is unknown
   */
  public NeedsWeights<String> priorityWeights(String areaId, String schemeId) {
    return weights(areaId, link -> link.schemeId().filter(schemeId::equals).flatMap(s -> link.priorityId()));
  }

  private <K extends Comparable<? super K>> NeedsWeights<K> weights(
      String areaId, Function<IndicatorLink, Optional<K>> target) {
    area(areaId);
    Map<K, BigDecimal> needs = new HashMap<>();
    List<Problem> problems = new ArrayList<>();
    Set<String> reported = new HashSet<>();
    for (IndicatorLink link : links()) {
      Optional<K> key = target.apply(link);
      if (key.isEmpty()) {
        continue;
      }
      Optional<Gap> gap = gap(link.indicatorId(), areaId);
      if (gap.isPresent()) {
        needs.merge(key.get(), link.weight().multiply(gap.get().relativeGap()), BigDecimal::add);
      } else if (reported.add(link.indicatorId())) {
        problems.add(missing(areaId, link.indicatorId()));
      }
    }
    return NeedsWeights.of(areaId, needs, problems);
  }

  // ---------------------------------------------------------------- tendering

  /**
   * Recommends measures for a tender in an area: those relevant to the contract's category that address
   * the largest needs, at most {@code limit}, largest needs weight first (ties by code).
   *
   * @param areaId the area the contract serves
   * @param category the contract's category
   * @param framework the framework the measures come from (it places them in themes)
   * @param limit the most measures to recommend, at least 1 (councils often ask for at most six)
   * @return the shortlist, with problems when the area's needs cannot be weighted
   * @throws ValidationException when the area is unknown or the limit is below 1
   */
  public MeasureShortlist shortlist(String areaId, ContractCategory category, Framework framework, int limit) {
    if (limit < 1) {
      throw ValidationException.of("limit", "must be at least 1, was " + limit);
    }
    NeedsWeights<MeasureCode> weights = measureWeights(areaId);
    List<Problem> problems = new ArrayList<>(weights.problems());
    List<ShortlistEntry> entries = new ArrayList<>();
    for (Map.Entry<MeasureCode, BigDecimal> e : weights.weights().entrySet()) {
      MeasureCode code = e.getKey();
      if (framework.measure(code).isEmpty()) {
        problems.add(Problem.at(ProblemPath.of("links").key(code),
            "measure " + code + " is not in framework '" + framework.id() + "' and is not recommended"));
      } else if (entries.size() < limit && e.getValue().signum() > 0 && category.isRelevant(code, framework)) {
        entries.add(ShortlistEntry.of(entries.size() + 1, code, e.getValue()));
      }
    }
    return new MeasureShortlist.Builder().areaId(areaId).categoryId(category.id())
        .addAllEntries(entries).addAllProblems(problems).build();
  }

  /**
   * A needs-weighted scoring for offers on a contract in an area.
   *
   * @param areaId the area the contract serves
   * @return the scoring
   * @throws ValidationException when the area is unknown or its measure weights cannot be made (the
   *     exception lists why, e.g. a missing observation)
   */
  public NeedsWeightedScoring scoring(String areaId) {
    return NeedsWeightedScoring.of(measureWeights(areaId));
  }

  // ---------------------------------------------------------------- helpers and validation

  private Area area(String areaId) {
    Area area = areaIndex().get(areaId);
    if (area == null) {
      throw ValidationException.of("areaId", "unknown area '" + areaId + "'");
    }
    return area;
  }

  private static Problem missing(String areaId, String indicatorId) {
    return Problem.at(ProblemPath.of("areas").key(areaId).property("indicators").key(indicatorId),
        "no observation; a missing figure is not read as zero");
  }

  @Value.Check
  void check() {
    Problems problems = new Problems();
    unique(problems, ProblemPath.of("indicators"), indicators().stream().map(Indicator::id).collect(Collectors.toList()));
    unique(problems, ProblemPath.of("areas"), areas().stream().map(Area::id).collect(Collectors.toList()));
    Set<String> pairs = new HashSet<>();
    for (int i = 0; i < observations().size(); i++) {
      Observation o = observations().get(i);
      ProblemPath path = ProblemPath.of("observations").index(i);
      problems.check(indicatorIndex().containsKey(o.indicatorId()), path.property("indicatorId"),
          "unknown indicator '" + o.indicatorId() + "'");
      problems.check(areaIndex().containsKey(o.areaId()), path.property("areaId"), "unknown area '" + o.areaId() + "'");
      problems.check(pairs.add(key(o.indicatorId(), o.areaId())), path,
          "duplicate observation of '" + o.indicatorId() + "' in '" + o.areaId() + "'");
      Optional.ofNullable(indicatorIndex().get(o.indicatorId())).flatMap(Indicator::scale).ifPresent(scale -> {
        String range = "[" + scale.lowest().toPlainString() + ", " + scale.highest().toPlainString() + "]";
        problems.check(scale.contains(o.current()), path.property("current"),
            "must lie in the indicator's scale " + range + ", was " + o.current().toPlainString());
        problems.check(scale.contains(o.desired()), path.property("desired"),
            "must lie in the indicator's scale " + range + ", was " + o.desired().toPlainString());
      });
    }
    Set<IndicatorLink> links = new HashSet<>();
    for (int i = 0; i < links().size(); i++) {
      IndicatorLink link = links().get(i);
      ProblemPath path = ProblemPath.of("links").index(i);
      problems.check(indicatorIndex().containsKey(link.indicatorId()), path.property("indicatorId"),
          "unknown indicator '" + link.indicatorId() + "'");
      IndicatorLink target = IndicatorLink.builder().indicatorId(link.indicatorId()).weight(BigDecimal.ONE)
          .measure(link.measure()).outcomeId(link.outcomeId())
          .schemeId(link.schemeId()).priorityId(link.priorityId()).build();
      problems.check(links.add(target), path, "duplicate link from '" + link.indicatorId() + "' to the same target");
    }
    problems.throwIfAny();
  }

  private static void unique(Problems problems, ProblemPath path, List<String> ids) {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < ids.size(); i++) {
      problems.check(seen.add(ids.get(i)), path.index(i), "duplicate id '" + ids.get(i) + "'");
    }
  }

  /** Builds a {@link NeedsAnalysis}. */
  public static final class Builder extends ImmutableNeedsAnalysis.Builder {
    Builder() {}
  }
}
