package uk.gov.lancashire.socialvalue.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import uk.gov.lancashire.socialvalue.discounting.DiscountSchedule;
import uk.gov.lancashire.socialvalue.framework.Adjustments;
import uk.gov.lancashire.socialvalue.framework.Measure;
import uk.gov.lancashire.socialvalue.framework.MeasureCode;
import uk.gov.lancashire.socialvalue.framework.MeasureKind;
import uk.gov.lancashire.socialvalue.framework.Unit;
import uk.gov.lancashire.socialvalue.framework.ProxyEdition;
import uk.gov.lancashire.socialvalue.framework.ProxyValue;
import uk.gov.lancashire.socialvalue.valuation.OutcomeLine;
import uk.gov.lancashire.socialvalue.valuation.Quantity;
import uk.gov.lancashire.socialvalue.valuation.Valuation;
import uk.gov.lancashire.socialvalue.valuation.ValuationResult;

/** The README's "Valuing outcomes" snippet and the output it shows, kept true. */
class ReadmeValuationTest {

  private static String runSnippet() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      // README:valuation:start
      CurrencyUnit gbp = Monetary.getCurrency("GBP");
      Measure localJobs = Measure.builder()
          .code(MeasureCode.parse("NT1")).title("Local people employed on the contract")
          .unit(Unit.FTE_YEARS).kind(MeasureKind.MONETISED).outcomeId("jobs")
          .adjustments(Adjustments.builder().deadweight(new BigDecimal("0.2")).build())
          .build();
      ProxyEdition edition = ProxyEdition.builder()
          .id("illustrative").version("2024.1").title("Illustrative values (invented)")
          .currency(gbp).licence("illustrative")
          .putValues(localJobs.code(), ProxyValue.builder().amount(Money.of(1000, gbp)).unit(Unit.FTE_YEARS)
              .priceYear(2024).source("invented for this example").licence("illustrative").build())
          .build();

      Valuation valuation = Valuation.builder()
          .currency(gbp)
          .addLines(OutcomeLine.builder()
              .id("local jobs")
              .measure(localJobs)
              .quantity(Quantity.fullTimeEquivalent(10, 5).overYears(new BigDecimal("2"))) // 25 FTE-years
              .edition(edition)
              .dropOff(new BigDecimal("0.5"))
              .durationYears(3)
              .build())
          .putInvestment(0, Money.of(20000, gbp))
          .contractValue(Money.of(500000, gbp))
          .discountSchedule(DiscountSchedule.greenBook())   // 3.5% years 0–30, year 0 undiscounted
          .build();

      ValuationResult result = valuation.result();
      out.println(result.sroiRatio().label() + ": " + result.sroiRatio().toText(2, RoundingMode.HALF_UP));
      out.print(result.explain().toText());
      // README:valuation:end
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private static List<String> trimmed(String block) {
    return block.lines().map(String::strip).filter(l -> !l.isEmpty()).collect(Collectors.toList());
  }

  @Test
  void readmeShowsThisSnippetAndItsRealOutput() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"));
    int section = readme.indexOf("## Valuing outcomes");
    int code = readme.indexOf("```java", section) + "```java".length();
    String source = Files.readString(Path.of("src/test/java/uk/gov/lancashire/socialvalue/examples/ReadmeValuationTest.java"));
    List<String> snippet = trimmed(source.substring(source.indexOf("// README:valuation:start"),
        source.indexOf("// README:valuation:end")));
    assertThat(trimmed(readme.substring(code, readme.indexOf("```", code))).stream()
        .filter(l -> !l.startsWith("import ")))   // the imports: ReadmeSnippetsTest compiles them
        .containsExactlyElementsOf(snippet.subList(1, snippet.size()));

    int text = readme.indexOf("```text", code) + "```text".length() + 1;
    String shown = readme.substring(text, readme.indexOf("```", text));
    assertThat(runSnippet()).isEqualTo(shown);
  }
}
