package uk.gov.lancashire.socialvalue.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import uk.gov.lancashire.socialvalue.basics.FinancialQuarter;
import uk.gov.lancashire.socialvalue.basics.FinancialYear;
import uk.gov.lancashire.socialvalue.framework.MeasureCode;

class TextCodecTest {

  private final SocialValueJson json = SocialValueJson.standard().withPrettyOutput(true);

  @Test
  void financialYearIsWrittenAsTwoYears() {
    assertThat(json.write(FinancialYear.of(2024), FinancialYear.class)).isEqualTo("\"2024/25\"\n");
    assertThat(json.read("\"2024/25\"", FinancialYear.class)).isEqualTo(FinancialYear.of(2024));
  }

  @Test
  void financialQuarterIsWrittenWithItsYear() {
    FinancialQuarter q1 = FinancialYear.of(2024).quarter(1);

    assertThat(json.write(q1, FinancialQuarter.class)).isEqualTo("\"2024/25-Q1\"\n");
    assertThat(json.read("\"2024/25-Q1\"", FinancialQuarter.class)).isEqualTo(q1);
  }

  @Test
  void measureCodeRoundTrips() {
    assertThat(json.read("\"ECC1c\"", MeasureCode.class)).isEqualTo(MeasureCode.parse("ECC1c"));
  }

  @Test
  void badTextGivesTheCoreMessageAtThePath() {
    assertThatThrownBy(() -> json.read("\"2024/26\"", FinancialYear.class))
        .hasMessageContaining("$: '2024/26' is not a financial year: the years must be consecutive");
  }
}
