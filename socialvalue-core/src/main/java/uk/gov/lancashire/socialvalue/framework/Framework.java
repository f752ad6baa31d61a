package uk.gov.lancashire.socialvalue.framework;

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
import javax.money.CurrencyUnit;
import org.immutables.value.Value;
import uk.gov.lancashire.socialvalue.basics.ProblemPath;
import uk.gov.lancashire.socialvalue.basics.Problems;
import uk.gov.lancashire.socialvalue.basics.SocialValueStyle;
import uk.gov.lancashire.socialvalue.basics.ValidationException;

/**
 * A social value framework in the TOMs pattern: priority schemes, themes, outcomes and measures, with
 * the proxy editions that value its monetised measures.
 *
 * <p>Construction validates the whole framework and reports <em>every</em> problem together in one
 * {@link ValidationException}, each with its path: duplicate ids and codes, dangling references
 * ({@code measures[NT3].alignments[0]: unknown priority 'caring' in scheme 'lcc'}), alignment weights
 * that do not add up to 1, and for each edition: a currency other than the framework's, proxies for
 * unknown or non-monetised measures, proxies in the wrong unit, and monetised measures without a proxy.
 *
 * <p>Themes, outcomes and measures are held flat and linked by id, as council spreadsheets and JSON
 * documents hold them; {@link #measuresOfTheme(String)} and friends navigate the tree.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SocialValueStyle
public abstract class Framework implements WithFramework {

  Framework() {}

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return a stable id, e.g. {@code lancashire-toms} */
  public abstract String id();

  /** @return the title */
  public abstract String title();

  /** @return the edition of the framework, e.g. {@code 2024-28} */
  public abstract String edition();

  /** @return the dates the framework applies between */
  public abstract ValidityPeriod validity();

  /** @return the currency every proxy value is in */
  public abstract CurrencyUnit currency();

  /** @return where the framework comes from */
  public abstract String provenance();

  /** @return the licence terms of the framework and any numbers it carries */
  public abstract String licenceNote();

  /** @return the priority schemes measures align to */
  public abstract List<PriorityScheme> schemes();

  /** @return the themes */
  public abstract List<Theme> themes();

  /** @return the outcomes, each naming its theme */
  public abstract List<Outcome> outcomes();

  /** @return the measures, each naming its outcome */
  public abstract List<Measure> measures();

  /** @return the proxy editions that value the monetised measures */
  public abstract List<ProxyEdition> proxyEditions();

  // ---------------------------------------------------------------- navigation

  @Value.Lazy
  Map<MeasureCode, Measure> measureIndex() {
    return index(measures(), Measure::code);
  }

  /**
   * @param code a measure code
   * @return the measure with that code, if any
   */
  public Optional<Measure> measure(MeasureCode code) {
    return Optional.ofNullable(measureIndex().get(code));
  }

  /**
   * @param code a measure code as text, e.g. {@code NT1}
   * @return the measure with that code, if any
   */
  public Optional<Measure> measure(String code) {
    return measure(MeasureCode.parse(code));
  }

  /**
   * @param code a measure code
   * @return the measure with that code, or one whose equivalents include it (e.g. {@code NT1} finds
   *     the localised {@code ECC1})
   */
  public Optional<Measure> measureOrEquivalent(MeasureCode code) {
    return measure(code).or(() -> measures().stream().filter(m -> m.equivalents().contains(code)).findFirst());
  }

  /**
   * @param schemeId a scheme id
   * @return the scheme, if any
   */
  public Optional<PriorityScheme> scheme(String schemeId) {
    return schemes().stream().filter(s -> s.id().equals(schemeId)).findFirst();
  }

  /**
   * @param themeId a theme id
   * @return the theme, if any
   */
  public Optional<Theme> theme(String themeId) {
    return themes().stream().filter(t -> t.id().equals(themeId)).findFirst();
  }

  /**
   * @param outcomeId an outcome id
   * @return the outcome, if any
   */
  public Optional<Outcome> outcome(String outcomeId) {
    return outcomes().stream().filter(o -> o.id().equals(outcomeId)).findFirst();
  }

  /**
   * @param reference an edition reference, {@code id@version}
   * @return the edition, if the framework holds it
   */
  public Optional<ProxyEdition> edition(String reference) {
    return proxyEditions().stream().filter(e -> e.reference().equals(reference)).findFirst();
  }

  /**
   * @param outcomeId an outcome id
   * @return the measures serving that outcome, in framework order
   */
  public List<Measure> measuresOfOutcome(String outcomeId) {
    return measures().stream().filter(m -> m.outcomeId().equals(outcomeId)).collect(Collectors.toList());
  }

  /**
   * @param themeId a theme id
   * @return the measures serving any outcome of that theme, in framework order
   */
  public List<Measure> measuresOfTheme(String themeId) {
    Set<String> outcomeIds = outcomes().stream()
        .filter(o -> o.themeId().equals(themeId)).map(Outcome::id).collect(Collectors.toSet());
    return measures().stream().filter(m -> outcomeIds.contains(m.outcomeId())).collect(Collectors.toList());
  }

  /**
   * @param schemeId a scheme id
   * @param priorityId a priority id within it
   * @return the measures aligned to that priority, in framework order
   */
  public List<Measure> measuresOfPriority(String schemeId, String priorityId) {
    return measures().stream()
        .filter(m -> m.alignments().stream()
            .anyMatch(a -> a.schemeId().equals(schemeId) && a.priorityId().equals(priorityId)))
        .collect(Collectors.toList());
  }

  /**
   * @param code a measure code
   * @param schemeId a scheme id
   * @return the priorities of that scheme the measure aligns to (empty for an unknown measure)
   */
  public List<Priority> prioritiesOf(MeasureCode code, String schemeId) {
    Optional<PriorityScheme> scheme = scheme(schemeId);
    return measure(code).stream()
        .flatMap(m -> m.alignments().stream())
        .filter(a -> a.schemeId().equals(schemeId))
        .flatMap(a -> scheme.flatMap(s -> s.priority(a.priorityId())).stream())
        .collect(Collectors.toList());
  }

  /**
   * @param code a measure code
   * @return the theme the measure serves through its outcome
   */
  public Optional<Theme> themeOf(MeasureCode code) {
    return measure(code).flatMap(m -> outcome(m.outcomeId())).flatMap(o -> theme(o.themeId()));
  }

  /**
   * Returns this framework with one more proxy edition, validated against the framework.
   *
   * @param edition the edition
   * @return a new framework
   * @throws ValidationException listing every problem of the edition against this framework
   */
  public Framework withEdition(ProxyEdition edition) {
    List<ProxyEdition> editions = new ArrayList<>(proxyEditions());
    editions.add(edition);
    return ((ImmutableFramework) this).withProxyEditions(editions);
  }

  // ---------------------------------------------------------------- validation

  @Value.Check
  void check() {
    Problems problems = new Problems();
    problems.check(!id().isBlank(), "id", "must not be blank");
    problems.check(!title().isBlank(), "title", "must not be blank");
    problems.check(!edition().isBlank(), "edition", "must not be blank");

    Map<String, PriorityScheme> schemes = unique(problems, ProblemPath.of("schemes"), schemes(), PriorityScheme::id);
    for (PriorityScheme scheme : schemes()) {
      unique(problems, ProblemPath.of("schemes").key(scheme.id()).property("priorities"), scheme.priorities(), Priority::id);
    }
    Map<String, Theme> themes = unique(problems, ProblemPath.of("themes"), themes(), Theme::id);
    Map<String, Outcome> outcomes = unique(problems, ProblemPath.of("outcomes"), outcomes(), Outcome::id);
    Map<MeasureCode, Measure> measures = unique(problems, ProblemPath.of("measures"), measures(), Measure::code);

    for (Outcome outcome : outcomes()) {
      problems.check(themes.containsKey(outcome.themeId()), ProblemPath.of("outcomes").key(outcome.id()).property("themeId"),
          "unknown theme '" + outcome.themeId() + "'");
    }
    for (Measure measure : measures()) {
      checkMeasure(problems, measure, schemes, outcomes);
    }
    Set<String> references = new HashSet<>();
    for (ProxyEdition edition : proxyEditions()) {
      ProblemPath path = ProblemPath.of("proxyEditions").key(edition.reference());
      problems.check(references.add(edition.reference()), path, "duplicate edition");
      checkEdition(problems, path, edition, measures);
    }
    problems.throwIfAny();
  }

  private static void checkMeasure(
      Problems problems, Measure measure, Map<String, PriorityScheme> schemes, Map<String, Outcome> outcomes) {
    ProblemPath path = ProblemPath.of("measures").key(measure.code());
    problems.check(outcomes.containsKey(measure.outcomeId()), path.property("outcomeId"),
        "unknown outcome '" + measure.outcomeId() + "'");
    Map<String, BigDecimal> weightSums = new LinkedHashMap<>();
    Map<String, Integer> weighted = new HashMap<>();
    Map<String, Integer> counts = new HashMap<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < measure.alignments().size(); i++) {
      Alignment a = measure.alignments().get(i);
      ProblemPath at = path.property("alignments").index(i);
      PriorityScheme scheme = schemes.get(a.schemeId());
      if (scheme == null) {
        problems.add(at, "unknown priority scheme '" + a.schemeId() + "'");
        continue;
      }
      if (problems.check(scheme.priority(a.priorityId()).isPresent(), at,
          "unknown priority '" + a.priorityId() + "' in scheme '" + a.schemeId() + "'")) {
        problems.check(seen.add(a.schemeId() + "/" + a.priorityId()), at,
            "duplicate alignment to '" + a.priorityId() + "' in scheme '" + a.schemeId() + "'");
      }
      counts.merge(a.schemeId(), 1, Integer::sum);
      a.weight().ifPresent(w -> {
        weighted.merge(a.schemeId(), 1, Integer::sum);
        weightSums.merge(a.schemeId(), w, BigDecimal::add);
      });
    }
    weightSums.forEach((schemeId, sum) -> {
      if (!weighted.get(schemeId).equals(counts.get(schemeId))) {
        problems.add(path.property("alignments"), "in scheme '" + schemeId
            + "' either every alignment has a weight or none has");
      } else {
        problems.check(sum.compareTo(BigDecimal.ONE) == 0, path.property("alignments"),
            "weights in scheme '" + schemeId + "' add up to " + sum.toPlainString() + ", not 1");
      }
    });
  }

  private void checkEdition(
      Problems problems, ProblemPath path, ProxyEdition edition, Map<MeasureCode, Measure> measures) {
    problems.check(edition.currency().equals(currency()), path.property("currency"),
        "edition currency " + edition.currency() + " does not match the framework's " + currency());
    edition.values().forEach((code, proxy) -> {
      ProblemPath at = path.property("values").key(code);
      Measure measure = measures.get(code);
      if (!problems.check(measure != null, at, "no measure '" + code + "' in the framework")) {
        return;
      }
      if (problems.check(measure.isMonetised(), at,
          "measure " + code + " is " + measure.kind().name().toLowerCase().replace('_', '-')
              + " and must not have a proxy")) {
        checkUnit(problems, at, measure, proxy);
      }
    });
    for (Measure measure : measures()) {
      if (measure.isMonetised()) {
        problems.check(edition.values().containsKey(measure.code()), path.property("values"),
            "monetised measure " + measure.code() + " has no proxy");
      }
    }
  }

  private static void checkUnit(Problems problems, ProblemPath at, Measure measure, ProxyValue proxy) {
    problems.check(proxy.unit() == measure.unit(), at.property("unit"),
        "proxy is per " + proxy.unit() + " but measure " + measure.code() + " counts " + measure.unit());
  }

  private static <K, T> Map<K, T> unique(Problems problems, ProblemPath path, List<T> items, Function<T, K> key) {
    Map<K, T> index = new LinkedHashMap<>();
    for (int i = 0; i < items.size(); i++) {
      K k = key.apply(items.get(i));
      if (index.putIfAbsent(k, items.get(i)) != null) {
        problems.add(path.index(i), "duplicate id '" + k + "'");
      }
    }
    return index;
  }

  private static <K, T> Map<K, T> index(List<T> items, Function<T, K> key) {
    Map<K, T> index = new HashMap<>();
    items.forEach(item -> index.putIfAbsent(key.apply(item), item));
    return index;
  }

  /** Builds a {@link Framework}; {@code build()} validates the whole framework. */
  public static final class Builder extends ImmutableFramework.Builder {
    Builder() {}
  }
}
