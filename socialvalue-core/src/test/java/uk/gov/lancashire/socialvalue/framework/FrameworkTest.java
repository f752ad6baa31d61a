package uk.gov.lancashire.socialvalue.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.gov.lancashire.socialvalue.framework.TestFrameworks.base;
import static uk.gov.lancashire.socialvalue.framework.TestFrameworks.edition;
import static uk.gov.lancashire.socialvalue.framework.TestFrameworks.monetised;
import static uk.gov.lancashire.socialvalue.framework.TestFrameworks.proxy;
import static uk.gov.lancashire.socialvalue.framework.TestFrameworks.recordOnly;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import javax.money.Monetary;
import org.junit.jupiter.api.Test;
import uk.gov.lancashire.socialvalue.basics.Problem;
import uk.gov.lancashire.socialvalue.basics.ProblemPath;
import uk.gov.lancashire.socialvalue.basics.ValidationException;

class FrameworkTest {

  private static List<String> problemsOf(Runnable build) {
    try {
      build.run();
    } catch (ValidationException e) {
      return e.problems().stream().map(Problem::toString).collect(Collectors.toList());
    }
    throw new AssertionError("expected a ValidationException");
  }

  //-------------------------------------------------------------------------
  @Test
  void validFrameworkBuildsAndNavigates() {
    Framework f = base()
        .addMeasures(monetised("NT1").addEquivalents(MeasureCode.parse("RE1")).build(), recordOnly("NT2"))
        .addProxyEditions(edition().putValues(MeasureCode.parse("NT1"), proxy("30000", Unit.FTE_YEARS)).build())
        .build();

    assertThat(f.measure("NT1")).isPresent();
    assertThat(f.measure("NT9")).isEmpty();
    assertThat(f.measureOrEquivalent(MeasureCode.parse("RE1")).map(Measure::code))
        .contains(MeasureCode.parse("NT1"));
    assertThat(f.measuresOfTheme("jobs")).hasSize(2);
    assertThat(f.measuresOfOutcome("employment")).hasSize(2);
    assertThat(f.measuresOfPriority("lcc", "growth")).extracting(Measure::code)
        .containsExactly(MeasureCode.parse("NT1"));
    assertThat(f.prioritiesOf(MeasureCode.parse("NT1"), "lcc")).extracting(Priority::id).containsExactly("growth");
    assertThat(f.themeOf(MeasureCode.parse("NT2")).map(Theme::id)).contains("jobs");
    assertThat(f.edition("test@1")).isPresent();
  }

  //-------------------------------------------------------------------------
  @Test
  void duplicateMeasureCodesAreReported() {
    assertThat(problemsOf(() -> base().addMeasures(recordOnly("NT2"), recordOnly("NT2")).build()))
        .containsExactly("measures[1]: duplicate id 'NT2'");
  }

  @Test
  void duplicateIdsOfSchemesThemesOutcomesAndPrioritiesAreReported() {
    assertThat(problemsOf(() -> base()
        .addSchemes(PriorityScheme.builder().id("lcc").title("again").build())
        .addSchemes(PriorityScheme.builder().id("l2050").title("L2050")
            .addPriorities(Priority.of("a", "A"), Priority.of("a", "A again")).build())
        .addThemes(Theme.of("jobs", "Jobs again"))
        .addOutcomes(Outcome.of("employment", "again", "jobs"))
        .build()))
        .containsExactly(
            "schemes[1]: duplicate id 'lcc'",
            "schemes[l2050].priorities[1]: duplicate id 'a'",
            "themes[1]: duplicate id 'jobs'",
            "outcomes[1]: duplicate id 'employment'");
  }

  @Test
  void danglingReferencesAreReported() {
    assertThat(problemsOf(() -> base()
        .addOutcomes(Outcome.of("orphan", "Orphan outcome", "nowhere"))
        .addMeasures(Measure.builder().code(MeasureCode.parse("NT3")).title("t").unit(Unit.COUNT)
            .kind(MeasureKind.RECORD_ONLY).outcomeId("missing")
            .addAlignments(Alignment.of("lcc", "caring"), Alignment.of("lcc", "unknown"), Alignment.of("x", "y"))
            .build())
        .build()))
        .containsExactly(
            "outcomes[orphan].themeId: unknown theme 'nowhere'",
            "measures[NT3].outcomeId: unknown outcome 'missing'",
            "measures[NT3].alignments[1]: unknown priority 'unknown' in scheme 'lcc'",
            "measures[NT3].alignments[2]: unknown priority scheme 'x'");
  }

  @Test
  void duplicateAlignmentIsReported() {
    assertThat(problemsOf(() -> base().addMeasures(monetised("NT1").addAlignments(Alignment.of("lcc", "growth"))
        .build()).build()))
        .containsExactly("measures[NT1].alignments[1]: duplicate alignment to 'growth' in scheme 'lcc'");
  }

  @Test
  void weightsMustAddUpToOneWithinAScheme() {
    Measure under = Measure.builder().code(MeasureCode.parse("NT4")).title("t").unit(Unit.COUNT)
        .kind(MeasureKind.RECORD_ONLY).outcomeId("employment")
        .addAlignments(Alignment.weighted("lcc", "growth", new BigDecimal("0.6")),
            Alignment.weighted("lcc", "caring", new BigDecimal("0.3")))
        .build();
    Measure mixed = Measure.builder().code(MeasureCode.parse("NT5")).title("t").unit(Unit.COUNT)
        .kind(MeasureKind.RECORD_ONLY).outcomeId("employment")
        .addAlignments(Alignment.weighted("lcc", "growth", BigDecimal.ONE), Alignment.of("lcc", "caring"))
        .build();
    Measure exact = Measure.builder().code(MeasureCode.parse("NT6")).title("t").unit(Unit.COUNT)
        .kind(MeasureKind.RECORD_ONLY).outcomeId("employment")
        .addAlignments(Alignment.weighted("lcc", "growth", new BigDecimal("0.70")),
            Alignment.weighted("lcc", "caring", new BigDecimal("0.3")))
        .build();

    assertThat(problemsOf(() -> base().addMeasures(under, mixed, exact).build()))
        .containsExactly(
            "measures[NT4].alignments: weights in scheme 'lcc' add up to 0.9, not 1",
            "measures[NT5].alignments: in scheme 'lcc' either every alignment has a weight or none has");
  }

  //-------------------------------------------------------------------------
  @Test
  void monetisedMeasureWithoutProxyInAnEditionIsReported() {
    assertThat(problemsOf(() -> base().addMeasures(monetised("NT1").build())
        .addProxyEditions(edition().build()).build()))
        .containsExactly("proxyEditions[test@1].values: monetised measure NT1 has no proxy");
  }

  @Test
  void proxyForRecordOnlyOrUnknownMeasureIsReported() {
    assertThat(problemsOf(() -> base().addMeasures(recordOnly("NT2"))
        .addProxyEditions(edition()
            .putValues(MeasureCode.parse("NT2"), proxy("5", Unit.PERCENT))
            .putValues(MeasureCode.parse("NT99"), proxy("5", Unit.COUNT)).build())
        .build()))
        .containsExactly(
            "proxyEditions[test@1].values[NT2]: measure NT2 is record-only and must not have a proxy",
            "proxyEditions[test@1].values[NT99]: no measure 'NT99' in the framework");
  }

  @Test
  void proxyUnitMustMatchMeasureUnit() {
    assertThat(problemsOf(() -> base().addMeasures(monetised("NT1").build())
        .addProxyEditions(edition().putValues(MeasureCode.parse("NT1"), proxy("5", Unit.FTE)).build())
        .build()))
        .containsExactly("proxyEditions[test@1].values[NT1].unit: proxy is per FTE but measure NT1 counts FTE_YEARS");
  }

  @Test
  void anEditionReferenceWithADotIsOneKeyOfTheProblemPath() {
    var eur = Monetary.getCurrency("EUR");
    try {
      base().addMeasures(monetised("NT1").build())
          .addProxyEditions(ProxyEdition.builder().id("test").version("2024.1").title("Test edition").currency(eur)
              .licence("illustrative")
              .putValues(MeasureCode.parse("NT1"), proxy("5", Unit.FTE_YEARS, eur)).build())
          .build();
    } catch (ValidationException e) {
      assertThat(e.problems()).singleElement().satisfies(p -> {
        assertThat(p.where().segments()).containsExactly(new ProblemPath.Property("proxyEditions"),
            new ProblemPath.Key("test@2024.1"), new ProblemPath.Property("currency"));
        assertThat(p.path()).isEqualTo("proxyEditions[test@2024.1].currency");
      });
      return;
    }
    throw new AssertionError("expected a ValidationException");
  }

  @Test
  void editionCurrencyMustMatchFramework() {
    var eur = Monetary.getCurrency("EUR");
    assertThat(problemsOf(() -> base().addMeasures(monetised("NT1").build())
        .addProxyEditions(edition(eur)
            .putValues(MeasureCode.parse("NT1"), proxy("5", Unit.FTE_YEARS, eur)).build())
        .build()))
        .containsExactly("proxyEditions[test@1].currency: edition currency EUR does not match the framework's GBP");
  }

  @Test
  void duplicateEditionIsReported() {
    Framework.Builder b = base().addMeasures(recordOnly("NT2"));
    assertThat(problemsOf(() -> b.addProxyEditions(edition().build(), edition().build()).build()))
        .containsExactly("proxyEditions[test@1]: duplicate edition");
  }

  @Test
  void everyProblemIsReportedTogether() {
    assertThat(problemsOf(() -> base()
        .addMeasures(recordOnly("NT2"), recordOnly("NT2"), monetised("NT1", "missing").build())
        .addProxyEditions(edition().build())
        .build()))
        .hasSize(3);
  }

  @Test
  void withEditionValidatesTheEditionAgainstTheFramework() {
    Framework f = base().addMeasures(monetised("NT1").build()).build();
    assertThatThrownBy(() -> f.withEdition(edition().build()))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("proxyEditions[test@1].values: monetised measure NT1 has no proxy");
    Framework withEdition = f.withEdition(
        edition().putValues(MeasureCode.parse("NT1"), proxy("30000", Unit.FTE_YEARS)).build());
    assertThat(withEdition.proxyEditions()).hasSize(1);
    assertThat(f.proxyEditions()).isEmpty();
  }
}
