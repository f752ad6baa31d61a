package uk.gov.lancashire.socialvalue.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.gov.lancashire.socialvalue.ProcurementFixtures.LOCAL_SPEND;
import static uk.gov.lancashire.socialvalue.ProcurementFixtures.TRAINING;
import static uk.gov.lancashire.socialvalue.ProcurementFixtures.dec;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.gov.lancashire.socialvalue.basics.FinancialQuarter;
import uk.gov.lancashire.socialvalue.basics.ValidationException;

class SharedResourceTest {

  private static SharedResource.Builder resource() {
    return SharedResource.builder().id("event-1").period(FinancialQuarter.parse("2024/25-Q2"))
        .supplier("prime").status(RecordStatus.CLAIMED);
  }

  @Test
  void anEventServingThreeProjectsCountsOneThirdToEach() {
    // DOMAIN.md §3: "a £1,500 event serving three projects counts £500 to each".
    SharedResource event = resource().measure(LOCAL_SPEND).quantity(dec("1500"))
        .putAllShares(SharedResource.equalShares("A", "B", "C")).build();

    Map<String, DeliveryRecord> records = event.records();
    assertThat(records).containsOnlyKeys("A", "B", "C");
    for (DeliveryRecord r : records.values()) {
      assertThat(r.attributedQuantity().setScale(2, RoundingMode.HALF_UP)).isEqualByComparingTo("500.00");
      assertThat(r.attributedQuantity()).isLessThanOrEqualTo(dec("500"));
    }
    assertThat(records.get("B").id()).isEqualTo("event-1@B");
    BigDecimal total = records.values().stream().map(DeliveryRecord::attributedQuantity).reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(total).isLessThanOrEqualTo(dec("1500"));
  }

  @Test
  void declaredSharesAreUsedAsGiven() {
    SharedResource apprentice = resource().measure(TRAINING).quantity(dec("12")).claimKey("apprentice-7")
        .putShares("A", dec("0.5")).putShares("B", dec("0.25")).build();

    assertThat(apprentice.recordFor("A").attributedQuantity()).isEqualByComparingTo("6");
    assertThat(apprentice.recordFor("B").attributedQuantity()).isEqualByComparingTo("3");
    assertThatThrownBy(() -> apprentice.recordFor("C")).hasMessageContaining("no share declared for contract 'C'");
  }

  @Test
  void sharesMustAddUpToAtMostOne() {
    assertThatThrownBy(() -> resource().measure(TRAINING).quantity(dec("12"))
        .putShares("A", dec("0.6")).putShares("B", dec("0.5")).putShares("C", dec("0")).build())
        .isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(((ValidationException) e).problems()).extracting(Object::toString).contains(
            "shares: must add up to at most 1, they add up to 1.1",
            "shares[C]: must be more than 0 and at most 1, was 0"));
  }
}
