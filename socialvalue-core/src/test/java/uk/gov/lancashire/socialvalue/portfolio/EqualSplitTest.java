package uk.gov.lancashire.socialvalue.portfolio;

import uk.gov.lancashire.socialvalue.basics.Amounts;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import uk.gov.lancashire.socialvalue.basics.FinancialYear;

/** An equal split between priorities depends on the value, not on how its scale was written. */
class EqualSplitTest {

  private static final PortfolioRollup PLAN = PortfolioRollup.of(RollupFixtures.framework(),
      RollupFixtures.edition(List.of(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE)));

  private static Map<String, BigDecimal> lccSplit(String quantity) {
    PortfolioRollup.Accumulator a = PLAN.accumulator();
    a.add(RollupFixtures.THREE_WAY, FinancialYear.of(2024), new BigDecimal(quantity));
    return a.result().byPriority("lcc").breakdown().parts().entrySet().stream()
        .collect(Collectors.toMap(Map.Entry::getKey, e -> Amounts.decimal(e.getValue().value())));
  }

  @Test
  void sixHundredTenSplitsAlikeWhateverItsScale() {
    Map<String, BigDecimal> plain = lccSplit("610");
    for (String written : List.of("610.00", "610.0000000000", "6.1E+2")) {
      Map<String, BigDecimal> other = lccSplit(written);
      plain.forEach((priority, part) -> assertThat(other.get(priority)).as(written + " " + priority)
          .isEqualByComparingTo(part));
    }
    assertThat(plain.get("caring")).isEqualByComparingTo("203.33333333333333333333");
    assertThat(plain.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("610");
  }
}
