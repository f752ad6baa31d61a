package uk.gov.lancashire.socialvalue.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import uk.gov.lancashire.socialvalue.basics.Amounts;
import uk.gov.lancashire.socialvalue.framework.Framework;
import uk.gov.lancashire.socialvalue.framework.MeasureCode;
import uk.gov.lancashire.socialvalue.framework.ProxyEdition;

/** Fixed documents read into the expected values and written back byte for byte. */
class GoldenFileTest {

  private final SocialValueJson json = SocialValueJson.standard().withPrettyOutput(true);

  // ---------------------------------------------------------------- framework

  @Test
  void frameworkDocumentReadsIntoTheExpectedValue() {
    Framework read = json.read(Documents.FRAMEWORK, TestFiles.text("sample-framework.json"));

    assertThat(read).isEqualTo(Samples.framework());
    assertThat(read.measure("NT1").orElseThrow().adjustments().deadweight()).isEqualByComparingTo("0.10");
  }

  @Test
  void frameworkDocumentIsWrittenBackByteForByte() {
    String golden = TestFiles.text("sample-framework.json");

    assertThat(json.write(Documents.FRAMEWORK, json.read(Documents.FRAMEWORK, golden))).isEqualTo(golden);
  }

  // ---------------------------------------------------------------- edition

  @Test
  void editionDocumentReadsIntoTheExpectedValueWithExactAmounts() {
    ProxyEdition read = json.read(Documents.PROXY_EDITION, TestFiles.text("sample-edition.json"));

    assertThat(read).isEqualTo(Samples.edition());
    assertThat(Amounts.decimal(read.proxy(MeasureCode.parse("NT1")).orElseThrow().amount()))
        .isEqualTo(new BigDecimal("1234.5678"));
    assertThat(Amounts.decimal(read.proxy(MeasureCode.parse("NT2")).orElseThrow().amount()))
        .isEqualTo(new BigDecimal("0.125"));
  }

  @Test
  void editionDocumentIsWrittenBackByteForByte() {
    String golden = TestFiles.text("sample-edition.json");

    assertThat(json.write(Documents.PROXY_EDITION, json.read(Documents.PROXY_EDITION, golden))).isEqualTo(golden);
  }

  @Test
  void writtenDocumentsUseUnixLineEndsAndEndWithOneNewline() {
    String text = json.write(Documents.FRAMEWORK, Samples.framework());

    assertThat(text).doesNotContain("\r").endsWith("}\n").doesNotEndWith("\n\n");
  }
}
