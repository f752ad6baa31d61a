package uk.gov.lancashire.socialvalue.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import uk.gov.lancashire.socialvalue.framework.Framework;
import uk.gov.lancashire.socialvalue.framework.MeasureCode;
import uk.gov.lancashire.socialvalue.framework.ProxyEdition;

/** Fixed documents read into the expected values and written back byte for byte. */
class GoldenFileTest {

  private final SocialValueJson json = SocialValueJson.standard();

  // ---------------------------------------------------------------- framework

  @Test
  void frameworkDocumentReadsIntoTheExpectedValue() {
    Framework read = json.readFramework(TestFiles.text("sample-framework.json"));

    assertThat(read).isEqualTo(Samples.framework());
    assertThat(read.measure("NT1").orElseThrow().adjustments().deadweight()).isEqualByComparingTo("0.10");
  }

  @Test
  void frameworkDocumentIsWrittenBackByteForByte() {
    String golden = TestFiles.text("sample-framework.json");

    assertThat(json.writeFramework(json.readFramework(golden))).isEqualTo(golden);
  }

  // ---------------------------------------------------------------- edition

  @Test
  void editionDocumentReadsIntoTheExpectedValueWithExactAmounts() {
    ProxyEdition read = json.readProxyEdition(TestFiles.text("sample-edition.json"));

    assertThat(read).isEqualTo(Samples.edition());
    assertThat(read.proxy(MeasureCode.parse("NT1")).orElseThrow().decimalAmount())
        .isEqualTo(new BigDecimal("1234.5678"));
    assertThat(read.proxy(MeasureCode.parse("NT2")).orElseThrow().decimalAmount())
        .isEqualTo(new BigDecimal("0.125"));
  }

  @Test
  void editionDocumentIsWrittenBackByteForByte() {
    String golden = TestFiles.text("sample-edition.json");

    assertThat(json.writeProxyEdition(json.readProxyEdition(golden))).isEqualTo(golden);
  }

  @Test
  void writtenDocumentsUseUnixLineEndsAndEndWithOneNewline() {
    String text = json.writeFramework(Samples.framework());

    assertThat(text).doesNotContain("\r").endsWith("}\n").doesNotEndWith("\n\n");
  }
}
