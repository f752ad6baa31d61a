package uk.gov.lancashire.socialvalue.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import uk.gov.lancashire.socialvalue.basics.FinancialQuarter;
import uk.gov.lancashire.socialvalue.delivery.ContractDelivery;
import uk.gov.lancashire.socialvalue.delivery.DeliveryRecord;
import uk.gov.lancashire.socialvalue.delivery.Location;
import uk.gov.lancashire.socialvalue.delivery.Progress;
import uk.gov.lancashire.socialvalue.delivery.RecordStatus;
import uk.gov.lancashire.socialvalue.framework.CommitmentValuer;
import uk.gov.lancashire.socialvalue.framework.MeasureCode;

/**
 * A contract's counted delivery and its progress, written to fixed report documents: every money figure
 * (a counted record's value, the value by status, a contribution, each figure of a measure's value and of the
 * total) is a money object {@code {"amount", "currency"}}; quantities and percentages are decimals. Every
 * figure is invented and illustrative; the comments give the arithmetic.
 */
class DeliveryResultsJsonTest {

  private static final FinancialQuarter AS_OF = FinancialQuarter.parse("2024/25-Q4");

  private final SocialValueJson json = SocialValueJson.standard().withPrettyOutput(true);

  /** The sample contract (from 2024/25-Q3: NT1 10 then 12.5 FTE-years, NT2 £1,000.00 in year 1) delivered. */
  private static ContractDelivery delivery() {
    List<DeliveryRecord> records = List.of(
        DeliveryRecord.builder().id("d1").period(FinancialQuarter.parse("2024/25-Q3")).measure(MeasureCode.parse("NT1"))
            .quantity(new BigDecimal("2.5")).supplier("prime").status(RecordStatus.VERIFIED).addEvidence("payroll")
            .location(Location.postcode("PR1 8XJ")).build(),
        DeliveryRecord.builder().id("d2").period(AS_OF).measure(MeasureCode.parse("NT2"))
            .quantity(new BigDecimal("400")).supplier("sub").status(RecordStatus.CLAIMED).build());
    return ContractDelivery.count(Samples.framework(), ProcurementSamples.contract(), ProcurementSamples.chain(),
        CommitmentValuer.pinned(Samples.edition()), records);
  }

  @Test
  void progressIsWrittenWithMoneyObjectsForValue() {
    Progress progress = delivery().progress(AS_OF);
    String text = json.write(progress, Progress.class);

    assertThat(text).isEqualTo(TestFiles.text("report-delivery-progress.json"));
    JsonNode root = json.mapper().readTree(text);
    JsonNode nt1 = root.get("measures").get(0);
    // NT1 quantity: 2.5 verified of 5 due (10 a year, 2.5 a quarter): 50 %, red on the default thresholds
    assertThat(nt1.get("quantity").get("verified").asString()).isEqualTo("2.5");
    assertThat(nt1.get("quantity").get("percentDelivered").asString()).isEqualTo("50");
    // NT1 value: 2.5 × £1,234.5678 = £3,086.4195, as money; the percent and RAG are the quantity's
    assertThat(nt1.get("value").get("verified").get("amount").asString()).isEqualTo("3086.4195");
    assertThat(nt1.get("value").get("verified").get("currency").asString()).isEqualTo("GBP");
    assertThat(nt1.get("value").get("percentDelivered").asString()).isEqualTo("50");
    assertThat(nt1.get("value").get("rag").asString()).isEqualTo(nt1.get("quantity").get("rag").asString());
    // NT1 committed 22.5 × £1,234.5678 = £27,777.7755; forecast on profile 20 × £1,234.5678 = £24,691.356
    assertThat(nt1.get("value").get("committed").get("amount").asString()).isEqualTo("27777.7755");
    assertThat(nt1.get("value").get("forecast").get("amount").asString()).isEqualTo("24691.356");
    // total verified: NT1 £3,086.4195 + NT2 nothing verified (its £50 is claimed: 400 × £0.125); the total's
    // percent is by value: £3,136.4195 claimed ÷ £6,235.339 due (£6,172.839 + 500 × £0.125) = 50.30…%
    assertThat(root.get("total").get("verified").get("amount").asString()).isEqualTo("3086.4195");
    assertThat(root.get("total").get("claimed").get("amount").asString()).isEqualTo("3136.4195");
    assertThat(root.get("total").get("forecast").get("currency").asString()).isEqualTo("GBP");
    assertThat(root.get("total").get("percentDelivered").asString()).startsWith("50.30070538");
  }

  @Test
  void countedDeliveryIsWrittenWithMoneyObjectsForValue() {
    String text = json.write(delivery(), ContractDelivery.class);

    assertThat(text).isEqualTo(TestFiles.text("report-contract-delivery.json"));
    JsonNode root = json.mapper().readTree(text);
    // d2: 400 × £0.125 = £50, padded to pence when written
    assertThat(root.get("counted").get(1).get("value").get("amount").asString()).isEqualTo("50.00");
    assertThat(root.get("valueByStatus").get("verified").get("amount").asString()).isEqualTo("3086.4195");
    assertThat(root.get("valueByStatus").get("claimed").get("currency").asString()).isEqualTo("GBP");
  }

  @Test
  void progressIsAComputedResultAndIsNotRead() {
    String text = json.write(delivery().progress(AS_OF), Progress.class);

    assertThatThrownBy(() -> json.read(text, Progress.class)).isInstanceOf(JsonProblemsException.class)
        .hasMessageContaining("$: progress is a computed result: it is written, never read");
  }
}
