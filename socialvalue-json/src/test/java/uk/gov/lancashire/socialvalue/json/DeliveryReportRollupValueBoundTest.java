package uk.gov.lancashire.socialvalue.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import javax.money.Monetary;
import org.junit.jupiter.api.Test;
import uk.gov.lancashire.socialvalue.basics.Amounts;
import uk.gov.lancashire.socialvalue.delivery.RecordStatus;
import uk.gov.lancashire.socialvalue.framework.Alignment;
import uk.gov.lancashire.socialvalue.framework.Framework;
import uk.gov.lancashire.socialvalue.framework.Measure;
import uk.gov.lancashire.socialvalue.framework.MeasureCode;
import uk.gov.lancashire.socialvalue.framework.MeasureKind;
import uk.gov.lancashire.socialvalue.framework.Outcome;
import uk.gov.lancashire.socialvalue.framework.Priority;
import uk.gov.lancashire.socialvalue.framework.PriorityScheme;
import uk.gov.lancashire.socialvalue.framework.ProxyEdition;
import uk.gov.lancashire.socialvalue.framework.ProxyValue;
import uk.gov.lancashire.socialvalue.framework.Theme;
import uk.gov.lancashire.socialvalue.framework.Unit;
import uk.gov.lancashire.socialvalue.framework.ValidityPeriod;
import uk.gov.lancashire.socialvalue.portfolio.PortfolioRollup;

/**
 * A record whose value the roll-up refuses (quantity × proxy beyond the digit bound) is a problem of the
 * result, naming the record, and the other records are added: the roll-up's refusal does not escape {@code
 * read} as an exception, with the scanner or without, on one thread or two.
 */
class DeliveryReportRollupValueBoundTest {

  @Test
  void aRecordWhoseValueTheRollUpRefusesIsAProblemNamingIt() {
    String records = "{\"id\":\"fine\",\"period\":\"2024/25-Q1\",\"measure\":\"NT1\",\"quantity\":\"2\","
        + "\"supplier\":\"s\",\"status\":\"claimed\",\"evidence\":[]},"
        + "{\"id\":\"too-fine\",\"period\":\"2024/25-Q1\",\"measure\":\"NT1\",\"quantity\":\"0."
        + "1".repeat(30) + "\",\"supplier\":\"s\",\"status\":\"claimed\",\"evidence\":[]}";
    byte[] document = ("{\"format\":\"socialvalue/delivery-report\",\"formatVersion\":1,\"records\":[" + records
        + "]}").getBytes(StandardCharsets.UTF_8);
    DeliveryReportRollup rollup = DeliveryReportRollup.of(SocialValueJson.standard(), plan(),
        EnumSet.allOf(RecordStatus.class));
    for (DeliveryReportRollup r : new DeliveryReportRollup[] {rollup, rollup.withRecordScanner(false),
        rollup.withThreads(2).withChunkBytes(50)}) {
      DeliveryReportRollup.Result result = r.read(document);
      assertThat(result.records()).isEqualTo(1);
      assertThat(result.problems()).hasSize(1);
      assertThat(result.problems().get(0).toString())
          .startsWith("$.records[1].quantity: not added to the roll-up: ");
      assertThat(result.totals().byFinancialYear().values().iterator().next().value().getNumber()
          .numberValue(BigDecimal.class)).isEqualByComparingTo(new BigDecimal("2E-990"));
    }
  }

  /** One measure whose proxy has 990 decimals: a quantity of 30 decimals makes a value of 1,020. */
  private static PortfolioRollup plan() {
    var gbp = Monetary.getCurrency("GBP");
    MeasureCode code = MeasureCode.parse("NT1");
    Framework framework = Framework.builder().id("bound").title("Digit bound (illustrative)").edition("1")
        .currency(gbp).provenance("tests").licenceNote("illustrative")
        .validity(ValidityPeriod.of(LocalDate.of(2020, 4, 1), LocalDate.of(2030, 3, 31)))
        .addSchemes(PriorityScheme.builder().id("p").title("Priorities").addPriorities(Priority.of("x", "X")).build())
        .addThemes(Theme.of("t", "T")).addOutcomes(Outcome.of("o", "O", "t"))
        .addMeasures(Measure.builder().code(code).title("M").unit(Unit.COUNT).kind(MeasureKind.MONETISED)
            .outcomeId("o").addAlignments(Alignment.of("p", "x")).build())
        .build();
    ProxyEdition edition = ProxyEdition.builder().id("bound").version("1").title("Illustrative").currency(gbp)
        .licence("illustrative").putValues(code, ProxyValue.builder()
            .amount(Amounts.of(new BigDecimal("1E-990"), gbp)).unit(Unit.COUNT).priceYear(2024)
            .source("ILLUSTRATIVE ONLY").licence("illustrative").build())
        .build();
    return PortfolioRollup.of(framework, edition);
  }
}
