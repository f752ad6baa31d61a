package uk.gov.lancashire.socialvalue.pricebase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import uk.gov.lancashire.socialvalue.basics.ValidationException;

class PriceIndexSeriesTest {

  private static final MathContext MC = MathContext.DECIMAL128;

  /**
   * HM Treasury Green Book, Table 1 (as quoted in DOMAIN.md §4.2): £1,000 nominal in each of years 0–5,
   * restated to year-0 prices with a deflator rising 2% a year, is 1,000 / 980 / 961 / 942 / 924 / 906
   * (rounded to £1).
   */
  @Test
  void greenBookTable1_twoPercentDeflator() {
    Map<Integer, BigDecimal> index = new TreeMap<>();
    BigDecimal level = new BigDecimal("100");
    for (int year = 2020; year <= 2025; year++) {
      index.put(year, level);
      level = level.multiply(new BigDecimal("1.02"));
    }
    PriceIndexSeries deflator = PriceIndexSeries.of("illustrative deflator, +2% a year", index);
    int[] published = {1000, 980, 961, 942, 924, 906};
    for (int t = 0; t <= 5; t++) {
      BigDecimal real = deflator.restate(new BigDecimal("1000"), 2020 + t, 2020, MC);
      assertThat(real.setScale(0, RoundingMode.HALF_UP)).as("year %d", t).isEqualByComparingTo(Integer.toString(published[t]));
    }
  }

  @Test
  void factorIsTargetOverBase_andOneForTheSameYear() {
    PriceIndexSeries s = PriceIndexSeries.of("s", Map.of(2022, new BigDecimal("80"), 2024, new BigDecimal("100")));
    assertThat(s.factor(2022, 2024, MC)).isEqualByComparingTo("1.25");
    assertThat(s.factor(2024, 2022, MC)).isEqualByComparingTo("0.8");
    assertThat(s.factor(2023, 2023, MC)).isEqualByComparingTo("1");
  }

  @Test
  void missingYearIsAnError_neverInterpolated() {
    PriceIndexSeries s = PriceIndexSeries.of("s", Map.of(2022, new BigDecimal("80"), 2024, new BigDecimal("100")));
    assertThatThrownBy(() -> s.factor(2023, 2024, MC)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("no index value for 2023");
  }

  @Test
  void refusesNonPositiveIndexAndBlankName() {
    assertThatThrownBy(() -> PriceIndexSeries.of(" ", Map.of(2022, BigDecimal.ZERO)))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("name: must not be blank")
        .hasMessageContaining("indexByYear[2022]: must be positive");
  }
}
