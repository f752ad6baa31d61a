package uk.gov.lancashire.socialvalue.basics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FinancialYearTest {

  @Test
  void runsFromAprilToMarch() {
    FinancialYear year = FinancialYear.parse("2024/25");
    assertThat(year.start()).isEqualTo(LocalDate.of(2024, 4, 1));
    assertThat(year.end()).isEqualTo(LocalDate.of(2025, 3, 31));
    assertThat(year.toString()).isEqualTo("2024/25");
    assertThat(FinancialYear.of(1999).toString()).isEqualTo("1999/00");
    assertThat(FinancialYear.parse("1999/00")).isEqualTo(FinancialYear.of(1999));
  }

  @ParameterizedTest
  @CsvSource({"2024-04-01, 2024/25-Q1", "2024-06-30, 2024/25-Q1", "2024-07-01, 2024/25-Q2",
      "2024-12-31, 2024/25-Q3", "2025-01-01, 2024/25-Q4", "2025-03-31, 2024/25-Q4", "2025-04-01, 2025/26-Q1"})
  void quartersFollowTheFinancialYear(LocalDate date, String quarter) {
    FinancialQuarter q = FinancialQuarter.containing(date);
    assertThat(q.toString()).isEqualTo(quarter);
    assertThat(FinancialQuarter.parse(quarter)).isEqualTo(q);
    assertThat(date).isBetween(q.start(), q.end());
  }

  @Test
  void nextQuarterCrossesTheYear() {
    assertThat(FinancialQuarter.parse("2024/25-Q4").next()).isEqualTo(FinancialQuarter.parse("2025/26-Q1"));
    assertThat(FinancialQuarter.parse("2024/25-Q4").end()).isEqualTo(LocalDate.of(2025, 3, 31));
  }

  @Test
  void refusesMalformedYears() {
    assertThatThrownBy(() -> FinancialYear.parse("2024/26")).isInstanceOf(ValidationException.class)
        .hasMessageContaining("consecutive");
    assertThatThrownBy(() -> FinancialQuarter.parse("2024/25-Q5")).isInstanceOf(ValidationException.class);
  }
}
