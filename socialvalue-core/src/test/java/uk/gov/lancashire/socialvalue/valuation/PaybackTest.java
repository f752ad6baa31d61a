package uk.gov.lancashire.socialvalue.valuation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class PaybackTest {

  private static List<BigDecimal> amounts(String... values) {
    return Stream.of(values).map(BigDecimal::new).collect(Collectors.toList());
  }

  // ---------------------------------------------------------------- the Guide's form

  @Test
  void theGuidesFormDividesTheWholeInvestmentByAMonthOfImpact() {
    // £100 invested in each of three periods, £150 of impact a year: 300 ÷ (150 ÷ 12) = 300 ÷ 12.5 = 24 months
    Payback payback = Payback.guide(new BigDecimal("300"), new BigDecimal("150"), MathContext.DECIMAL128);

    assertThat(payback.months()).hasValueSatisfying(m -> assertThat(m).isEqualByComparingTo("24"));
    assertThat(payback.period()).isEmpty();
    assertThat(payback.description()).isEqualTo("investment 300 ÷ (annual impact 150 ÷ 12) = 24 months");
  }

  @Test
  void theGuidesFormSaysNeverWithoutPositiveImpact() {
    Payback payback = Payback.guide(new BigDecimal("300"), BigDecimal.ZERO, MathContext.DECIMAL128);
    assertThat(payback.reached()).isFalse();
    assertThat(payback.description()).isEqualTo("never: annual impact 0 is not positive");
  }

  // ---------------------------------------------------------------- the cumulative form

  @Test
  void theCumulativeFormComparesWithTheInvestmentMadeSoFar() {
    // benefit from period 1: cumulative value 0, 150, 300, 450 against cumulative investment 100, 200, 300,
    // 300. Period 2 is the first where 300 ≥ 300, and it stays so. (Against the whole 300 from the start,
    // the same answer here; the next case shows the difference.)
    Payback later = Payback.cumulative(amounts("0", "150", "150", "150"), amounts("100", "100", "100"));
    assertThat(later.period()).hasValue(2);

    // benefit from period 0: 150 ≥ 100 already in period 0 (150, 300, 450 against 100, 200, 300); comparing
    // with the whole investment of 300 would wrongly say period 1
    Payback early = Payback.cumulative(amounts("150", "150", "150"), amounts("100", "100", "100"));
    assertThat(early.period()).hasValue(0);
    assertThat(early.description())
        .isEqualTo("period 0: cumulative PV 150 ≥ cumulative investment 100, and stays at or above it to the end of the horizon");
  }

  @Test
  void aLaterTrancheThatPutsTheProjectBackInDeficitMovesPaybackLater() {
    // value 150, 300, 300, 450, 600 against investment 100, 100, 400, 400, 400: in surplus in periods 0–1,
    // back in deficit in period 2 (300 < 400), in surplus again from period 3 (450 ≥ 400)
    Payback payback = Payback.cumulative(amounts("150", "150", "0", "150", "150"), amounts("100", "0", "300"));
    assertThat(payback.period()).hasValue(3);
  }

  @Test
  void theCumulativeFormSaysNeverWhenTheHorizonEndsInDeficit() {
    Payback payback = Payback.cumulative(amounts("50", "50"), amounts("100", "100"));
    assertThat(payback.reached()).isFalse();
    assertThat(payback.description()).isEqualTo("never within 2 periods: cumulative PV 100 ends below cumulative investment 200");
  }
}
