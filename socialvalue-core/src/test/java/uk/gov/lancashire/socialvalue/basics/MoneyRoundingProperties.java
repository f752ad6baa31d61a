package uk.gov.lancashire.socialvalue.basics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Rounded parts add up to the rounded total, whatever the parts, scale and mode. */
class MoneyRoundingProperties {

  @Provide
  Arbitrary<List<BigDecimal>> parts() {
    return Arbitraries.bigDecimals().between(new BigDecimal("-100000"), new BigDecimal("100000")).ofScale(6)
        .list().ofMinSize(1).ofMaxSize(12);
  }

  @Provide
  Arbitrary<RoundingMode> mode() {
    return Arbitraries.of(RoundingMode.values()).filter(m -> m != RoundingMode.UNNECESSARY);
  }

  @Property(tries = 300)
  void roundedPartsAddUpToTheRoundedTotal(@ForAll("parts") List<BigDecimal> parts,
      @ForAll @IntRange(min = 0, max = 3) int scale, @ForAll("mode") RoundingMode mode) {
    MoneyRounding rounding = MoneyRounding.toScale(scale, mode);
    List<BigDecimal> rounded = rounding.allocate(parts);
    BigDecimal exactTotal = parts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(rounded.stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo(rounding.round(exactTotal));
    BigDecimal unit = BigDecimal.ONE.movePointLeft(scale);
    for (int i = 0; i < parts.size(); i++) {
      assertThat(rounded.get(i).subtract(parts.get(i)).abs()).isLessThan(unit);
      assertThat(rounded.get(i).scale()).isEqualTo(scale);
    }
  }
}
