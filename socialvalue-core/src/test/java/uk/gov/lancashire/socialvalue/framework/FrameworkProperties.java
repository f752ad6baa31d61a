package uk.gov.lancashire.socialvalue.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import uk.gov.lancashire.socialvalue.basics.Amounts;
import uk.gov.lancashire.socialvalue.basics.Problem;
import uk.gov.lancashire.socialvalue.basics.ValidationException;

/**
 * Laws of framework validation: valid parts give a valid framework, and one corruption is reported once,
 * at its path, with nothing else.
 *
 * <p>Frameworks are generated from a seed so that every corruption can be injected into any of them.
 */
class FrameworkProperties {

  private static final CurrencyUnit GBP = Monetary.getCurrency("GBP");
  private static final CurrencyUnit EUR = Monetary.getCurrency("EUR");
  private static final Unit[] ADDITIVE = {
      Unit.FTE, Unit.FTE_YEARS, Unit.WEEKS, Unit.HOURS, Unit.HOURS_X_ATTENDEES, Unit.MONEY, Unit.TONNES,
      Unit.TONNES_CO2E, Unit.MILES, Unit.COUNT};

  /** One way to break a valid framework, and the path where the break must be reported. */
  enum Corruption {
    DUPLICATE_MEASURE,
    DANGLING_OUTCOME,
    UNKNOWN_PRIORITY,
    DANGLING_THEME,
    MISSING_PROXY,
    PROXY_FOR_RECORD_ONLY,
    EDITION_CURRENCY,
    WEIGHTS_OFF,
    DUPLICATE_PRIORITY
  }

  //-------------------------------------------------------------------------
  @Property(tries = 300)
  void anyFrameworkGeneratedFromValidPartsValidates(@ForAll long seed) {
    Parts parts = Parts.generate(new Random(seed));
    Framework framework = parts.build();

    assertThat(framework.measures()).hasSameSizeAs(parts.measures);
    for (Measure m : framework.measures()) {
      Theme theme = framework.themeOf(m.code()).orElseThrow();
      assertThat(framework.measuresOfTheme(theme.id())).contains(m);
      for (Alignment a : m.alignments()) {
        assertThat(framework.measuresOfPriority(a.schemeId(), a.priorityId())).contains(m);
      }
    }
  }

  @Property(tries = 400)
  void aSingleCorruptionIsReportedAtItsPathAndNothingElse(@ForAll long seed, @ForAll Corruption corruption) {
    Random random = new Random(seed);
    Parts parts = Parts.generate(random);
    String expectedPath = parts.corrupt(corruption, random);

    ValidationException e = catchThrowableOfType(ValidationException.class, parts::build);

    assertThat(e).as("%s must be reported", corruption).isNotNull();
    assertThat(e.problems()).extracting(Problem::path).containsExactly(expectedPath);
    assertThat(e.problems().get(0).message()).isNotBlank();
  }

  //-------------------------------------------------------------------------
  /** The mutable parts of a framework, generated valid and then corrupted in one place. */
  private static final class Parts {
    final List<Theme> themes = new ArrayList<>();
    final List<Outcome> outcomes = new ArrayList<>();
    final List<PriorityScheme> schemes = new ArrayList<>();
    final List<Measure> measures = new ArrayList<>();
    CurrencyUnit editionCurrency = GBP;
    final Map<MeasureCode, ProxyValue> proxies = new java.util.LinkedHashMap<>();

    static Parts generate(Random r) {
      Parts p = new Parts();
      int themeCount = 1 + r.nextInt(3);
      for (int i = 0; i < themeCount; i++) {
        p.themes.add(Theme.of("t" + i, "Theme " + i));
      }
      int outcomeCount = 1 + r.nextInt(4);
      for (int i = 0; i < outcomeCount; i++) {
        p.outcomes.add(Outcome.of("o" + i, "Outcome " + i, "t" + r.nextInt(themeCount)));
      }
      int schemeCount = 1 + r.nextInt(2);
      for (int s = 0; s < schemeCount; s++) {
        PriorityScheme.Builder scheme = PriorityScheme.builder().id("s" + s).title("Scheme " + s);
        int priorities = 1 + r.nextInt(4);
        for (int i = 0; i < priorities; i++) {
          scheme.addPriorities(Priority.of("p" + i, "Priority " + i));
        }
        p.schemes.add(scheme.build());
      }
      int measureCount = 2 + r.nextInt(7);
      for (int i = 0; i < measureCount; i++) {
        // measure 0 is monetised and weighted, measure 1 record-only, so every corruption has a target
        MeasureKind kind = i == 0 ? MeasureKind.MONETISED
            : i == 1 ? MeasureKind.RECORD_ONLY : MeasureKind.values()[r.nextInt(3)];
        Unit unit = kind == MeasureKind.MONETISED ? ADDITIVE[r.nextInt(ADDITIVE.length)]
            : kind == MeasureKind.QUALITATIVE ? (r.nextBoolean() ? Unit.LEVEL : Unit.TEXT)
            : Unit.values()[r.nextInt(Unit.values().length)];
        Measure.Builder m = Measure.builder().code(MeasureCode.of("NT", i + 1, "")).title("Measure " + i)
            .unit(unit).kind(kind).outcomeId("o" + r.nextInt(outcomeCount));
        for (PriorityScheme scheme : p.schemes) {
          addAlignments(m, scheme, r, i == 0 || r.nextBoolean(), scheme.id().equals("s0"));
        }
        Measure measure = m.build();
        p.measures.add(measure);
        if (kind == MeasureKind.MONETISED) {
          p.proxies.put(measure.code(), proxy(r, unit, GBP));
        }
      }
      return p;
    }

    private static void addAlignments(
        Measure.Builder m, PriorityScheme scheme, Random r, boolean weighted, boolean atLeastOne) {
      List<Priority> chosen = scheme.priorities().stream().filter(x -> r.nextBoolean()).collect(Collectors.toList());
      if (chosen.isEmpty() && atLeastOne) {
        chosen.add(scheme.priorities().get(0));
      }
      if (!weighted) {
        chosen.forEach(pr -> m.addAlignments(Alignment.of(scheme.id(), pr.id())));
        return;
      }
      // split 100% into positive whole percentages that add up to exactly 1
      TreeSet<Integer> cuts = new TreeSet<>();
      while (cuts.size() < chosen.size() - 1) {
        cuts.add(1 + r.nextInt(99));
      }
      int previous = 0;
      List<Integer> bounds = new ArrayList<>(cuts);
      bounds.add(100);
      for (int i = 0; i < chosen.size(); i++) {
        int share = bounds.get(i) - previous;
        previous = bounds.get(i);
        m.addAlignments(Alignment.weighted(scheme.id(), chosen.get(i).id(), BigDecimal.valueOf(share, 2)));
      }
    }

    private static ProxyValue proxy(Random r, Unit unit, CurrencyUnit currency) {
      return ProxyValue.builder().amount(Amounts.of(BigDecimal.valueOf(1 + r.nextInt(1_000_000), 2), currency))
          .unit(unit).priceYear(2024).source("generated, illustrative").licence("illustrative").build();
    }

    Framework build() {
      ProxyEdition edition = ProxyEdition.builder().id("gen").version("1").title("Generated")
          .currency(editionCurrency).licence("illustrative").putAllValues(proxies).build();
      return Framework.builder().id("gen").title("Generated").edition("1").currency(GBP)
          .validity(ValidityPeriod.of(java.time.LocalDate.of(2024, 4, 1), java.time.LocalDate.of(2028, 3, 31)))
          .provenance("generated").licenceNote("MIT")
          .addAllSchemes(schemes).addAllThemes(themes).addAllOutcomes(outcomes).addAllMeasures(measures)
          .addProxyEditions(edition).build();
    }

    /** Injects one corruption and returns the path where it must be reported. */
    String corrupt(Corruption corruption, Random r) {
      int i = r.nextInt(measures.size());
      Measure m = measures.get(i);
      switch (corruption) {
        case DUPLICATE_MEASURE:
          measures.add(m);
          return "measures[" + (measures.size() - 1) + "]";
        case DANGLING_OUTCOME:
          measures.set(i, ((ImmutableMeasure) m).withOutcomeId("missing-outcome"));
          return "measures[" + m.code() + "].outcomeId";
        case UNKNOWN_PRIORITY: {
          Measure target = measures.get(0);
          int j = r.nextInt(target.alignments().size());
          List<Alignment> alignments = new ArrayList<>(target.alignments());
          Alignment a = alignments.get(j);
          alignments.set(j, ((ImmutableAlignment) a).withPriorityId("unknown-priority"));
          measures.set(0, ((ImmutableMeasure) target).withAlignments(alignments));
          return "measures[" + target.code() + "].alignments[" + j + "]";
        }
        case DANGLING_THEME: {
          int o = r.nextInt(outcomes.size());
          outcomes.set(o, Outcome.of(outcomes.get(o).id(), "broken", "missing-theme"));
          return "outcomes[" + outcomes.get(o).id() + "].themeId";
        }
        case MISSING_PROXY:
          proxies.remove(measures.get(0).code());
          return "proxyEditions[gen@1].values";
        case PROXY_FOR_RECORD_ONLY:
          proxies.put(measures.get(1).code(), proxy(r, Unit.COUNT, GBP));
          return "proxyEditions[gen@1].values[" + measures.get(1).code() + "]";
        case EDITION_CURRENCY:
          editionCurrency = EUR;
          proxies.replaceAll((code, p) -> proxy(r, p.unit(), EUR));
          return "proxyEditions[gen@1].currency";
        case WEIGHTS_OFF: {
          Measure target = measures.get(0);
          List<Alignment> alignments = new ArrayList<>(target.alignments());
          Alignment a = alignments.get(0); // measure 0 is weighted in every scheme, and aligned in s0
          alignments.set(0, ((ImmutableAlignment) a).withWeight(a.weight().orElseThrow()
              .divide(BigDecimal.valueOf(2))));
          measures.set(0, ((ImmutableMeasure) target).withAlignments(alignments));
          return "measures[" + target.code() + "].alignments";
        }
        case DUPLICATE_PRIORITY: {
          PriorityScheme s = schemes.get(0);
          schemes.set(0, PriorityScheme.builder().id(s.id()).title(s.title()).addAllPriorities(s.priorities())
              .addPriorities(s.priorities().get(0)).build());
          return "schemes[" + s.id() + "].priorities[" + s.priorities().size() + "]";
        }
        default:
          throw new AssertionError(corruption);
      }
    }
  }
}
