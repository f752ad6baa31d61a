package uk.gov.lancashire.socialvalue.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import uk.gov.lancashire.socialvalue.basics.ValidationException;

/**
 * The laws of an FTE count as a record: counts of the same number of FTE are equal, with equal hash codes
 * and text, whatever the scale they were written with; a negative count cannot be made.
 */
class FteCountProperties {

  @Provide
  Arbitrary<BigDecimal> ftes() {
    return Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.valueOf(100_000)).ofScale(3);
  }

  @Property(tries = 300)
  void equalityIgnoresScale(@ForAll("ftes") BigDecimal fte, @ForAll @IntRange(min = 0, max = 6) int extraZeros) {
    FteCount count = new FteCount(fte);
    FteCount rescaled = new FteCount(fte.setScale(fte.scale() + extraZeros));

    assertThat(rescaled).isEqualTo(count).hasSameHashCodeAs(count).hasToString(count.toString());
  }

  @Property(tries = 300)
  void plusAddsPeopleTimesFraction(@ForAll("ftes") BigDecimal fte, @ForAll @IntRange(min = 0, max = 500) int people) {
    FteCount count = new FteCount(fte).plus(people, new BigDecimal("0.5"));

    assertThat(count.fte()).isEqualByComparingTo(fte.add(BigDecimal.valueOf(people).multiply(new BigDecimal("0.5"))));
    assertThat(count.fteYearsPerQuarter()).isEqualByComparingTo(count.fteYears(new BigDecimal("0.25")));
  }

  @Property(tries = 100)
  void negativeCountsAreRefused(@ForAll("ftes") BigDecimal fte) {
    BigDecimal negative = fte.negate().subtract(new BigDecimal("0.001"));

    assertThatThrownBy(() -> new FteCount(negative)).isInstanceOf(ValidationException.class);
  }
}
