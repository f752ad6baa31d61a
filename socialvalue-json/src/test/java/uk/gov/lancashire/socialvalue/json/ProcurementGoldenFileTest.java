package uk.gov.lancashire.socialvalue.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.lancashire.socialvalue.delivery.DeliveryRecord;

/** Fixed phase 2b documents read into the expected values and written back byte for byte. */
class ProcurementGoldenFileTest {

  private final SocialValueJson json = SocialValueJson.standard();

  @Test
  void deliveryReportReadsIntoTheExpectedRecordsWithExactDecimals() {
    List<DeliveryRecord> read = json.readDeliveryReport(TestFiles.text("sample-delivery-report.json"));

    assertThat(read).isEqualTo(ProcurementSamples.records());
    assertThat(read.get(1).quantity()).isEqualTo(new BigDecimal("-12.500"));
    assertThat(read.get(1).share()).isEqualTo(new BigDecimal("0.3333333333333333333333333333333333"));
  }

  @Test
  void deliveryReportIsWrittenBackByteForByte() {
    String golden = TestFiles.text("sample-delivery-report.json");

    assertThat(json.writeDeliveryReport(json.readDeliveryReport(golden))).isEqualTo(golden);
  }

  @Test
  void contractReadsIntoTheExpectedValue() {
    ContractDocument read = json.readContract(TestFiles.text("sample-contract.json"));

    assertThat(read).isEqualTo(ProcurementSamples.contractDocument());
    assertThat(read.contract().kpis().get(1).yearly().get(1)).isEqualTo(new BigDecimal("1000.00"));
    assertThat(read.supplyChain().tier("sub")).isEqualTo(2);
  }

  @Test
  void contractIsWrittenBackByteForByte() {
    String golden = TestFiles.text("sample-contract.json");

    assertThat(json.writeContract(json.readContract(golden))).isEqualTo(golden);
  }
}
