package uk.gov.lancashire.socialvalue.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.time.LocalDate;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import org.junit.jupiter.api.Test;
import uk.gov.lancashire.socialvalue.basics.Amounts;
import uk.gov.lancashire.socialvalue.framework.Alignment;
import uk.gov.lancashire.socialvalue.framework.Framework;
import uk.gov.lancashire.socialvalue.framework.Measure;
import uk.gov.lancashire.socialvalue.framework.MeasureCode;
import uk.gov.lancashire.socialvalue.framework.MeasureKind;
import uk.gov.lancashire.socialvalue.framework.Outcome;
import uk.gov.lancashire.socialvalue.framework.Priority;
import uk.gov.lancashire.socialvalue.framework.PriorityScheme;
import uk.gov.lancashire.socialvalue.framework.Theme;
import uk.gov.lancashire.socialvalue.framework.Unit;
import uk.gov.lancashire.socialvalue.framework.ValidityPeriod;
import uk.gov.lancashire.socialvalue.framework.ProxyEdition;
import uk.gov.lancashire.socialvalue.framework.ProxyValue;

/** The README's "Embedding" snippet, verbatim between the markers, so the README stays true. */
class ReadmeExampleTest {

  @Test
  void embeddingSnippetRuns() {
    // README:embedding:start
    CurrencyUnit gbp = Monetary.getCurrency("GBP");
    Measure localJobs = Measure.builder()
        .code(MeasureCode.parse("LT1")).title("Local people employed on the contract")
        .unit(Unit.FTE_YEARS).kind(MeasureKind.MONETISED).outcomeId("local-employment")
        .addAlignments(Alignment.of("lcc", "economic-growth"))
        .build();
    ProxyEdition edition = ProxyEdition.builder()
        .id("my-council").version("2025.1").title("Our licensed values").currency(gbp).licence("licensed")
        .putValues(localJobs.code(), ProxyValue.builder()
            .amount(Amounts.of(new BigDecimal("30000"), gbp)).unit(Unit.FTE_YEARS)
            .priceYear(2025).source("ILLUSTRATIVE").licence("illustrative").build())
        .build();
    Framework framework = Framework.builder()
        .id("my-council-toms").title("Our framework").edition("2025").currency(gbp)
        .validity(ValidityPeriod.of(LocalDate.of(2025, 4, 1), LocalDate.of(2029, 3, 31)))
        .provenance("our procurement team").licenceNote("MIT")
        .addSchemes(PriorityScheme.builder().id("lcc").title("Council priorities")
            .addPriorities(Priority.of("economic-growth", "Supporting economic growth")).build())
        .addThemes(Theme.of("jobs", "Jobs"))
        .addOutcomes(Outcome.of("local-employment", "More local people in employment", "jobs"))
        .addMeasures(localJobs)
        .addProxyEditions(edition)
        .build();   // throws ValidationException listing every problem, each with its path
    // README:embedding:end

    assertThat(framework.measuresOfPriority("lcc", "economic-growth")).containsExactly(localJobs);
    assertThat(framework.edition("my-council@2025.1").flatMap(e -> e.proxy(localJobs.code()))).isPresent();
  }

  @Test
  void readmeShowsThisSnippet() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"));
    int section = readme.indexOf("## Embedding");
    int start = readme.indexOf("```java", section) + "```java".length();
    List<String> readmeLines = trimmed(readme.substring(start, readme.indexOf("```", start))).stream()
        .filter(l -> !l.startsWith("import ")).collect(Collectors.toList());   // imports: ReadmeSnippetsTest
    String source = Files.readString(
        Path.of("src/test/java/uk/gov/lancashire/socialvalue/examples/ReadmeExampleTest.java"));
    List<String> snippet = trimmed(source.substring(
        source.indexOf("// README:embedding:start"), source.indexOf("// README:embedding:end")));
    assertThat(readmeLines).startsWith(snippet.subList(1, snippet.size()).toArray(String[]::new));
  }

  private static List<String> trimmed(String block) {
    return block.lines().map(String::strip).filter(l -> !l.isEmpty()).collect(Collectors.toList());
  }
}
