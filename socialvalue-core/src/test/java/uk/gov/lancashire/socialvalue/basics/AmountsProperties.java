package uk.gov.lancashire.socialvalue.basics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The bound on an amount's digits is a bound on the value: trailing zeros after the point are not digits of
 * it. Accepted exactly when the value, without them, has at most {@link Args#MAX_DIGITS} digits on each side
 * of the point; then the amount holds the value unchanged, in canonical form.
 */
class AmountsProperties {

  private static final CurrencyUnit GBP = Monetary.getCurrency("GBP");
  private static final int MAX = Args.MAX_DIGITS;

  @Property(tries = 400)
  void trailingZerosNeverDecideWhetherAnAmountIsAccepted(@ForAll("values") BigDecimal value,
      @ForAll @IntRange(min = 0, max = 2500) int zeros) {
    BigDecimal padded = withZeros(value, zeros);
    assertThat(padded).isEqualByComparingTo(value);
    BigDecimal stripped = value.stripTrailingZeros();
    boolean fits = value.signum() == 0
        || stripped.scale() <= MAX && (long) stripped.precision() - stripped.scale() <= MAX;
    for (BigDecimal written : new BigDecimal[] {value, padded}) {
      if (fits) {
        BigDecimal back = Amounts.decimal(Amounts.of(written, GBP));
        assertThat(back).isEqualByComparingTo(value);
        assertThat(back.scale()).isNotNegative();
        assertThat(back.scale() == 0 || back.unscaledValue().mod(BigInteger.TEN).signum() != 0).isTrue();
      } else {
        assertThatThrownBy(() -> Amounts.of(written, GBP)).isInstanceOf(ValidationException.class)
            .hasMessageContaining("more than " + MAX + " digits " + (stripped.scale() > MAX ? "after" : "before"));
      }
    }
  }

  @Property(tries = 200)
  void zeroIsZeroAtAnyScale(@ForAll @IntRange(min = -100_000, max = 100_000) int scale) {
    assertThat(Amounts.decimal(Amounts.of(BigDecimal.valueOf(0, scale), GBP))).isEqualTo(BigDecimal.ZERO);
  }

  @Example
  void aSmallValueWrittenWithManyZerosIsAccepted() {
    BigDecimal one = new BigDecimal("1." + "0".repeat(1500));
    assertThat(Amounts.decimal(Amounts.of(one, GBP))).isEqualTo(BigDecimal.ONE);
    BigDecimal tiny = new BigDecimal("0." + "0".repeat(MAX - 1) + "1" + "0".repeat(3000));
    assertThat(Amounts.decimal(Amounts.of(tiny, GBP))).isEqualTo(BigDecimal.ONE.movePointLeft(MAX));
  }

  @Example
  void aValueBeyondTheBoundOnceStrippedIsRefused() {
    BigDecimal decimals = new BigDecimal("0." + "0".repeat(MAX) + "1" + "0".repeat(3000));
    assertThatThrownBy(() -> Amounts.of(decimals, GBP)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("digits after the point");
    assertThatThrownBy(() -> Amounts.of(new BigDecimal("1E-2147483647"), GBP))
        .hasMessageContaining("digits after the point");
    assertThatThrownBy(() -> Amounts.of(new BigDecimal("1E+" + MAX), GBP)).hasMessageContaining("digits before");
    assertThatThrownBy(() -> Amounts.of(new BigDecimal("1E+2147483647"), GBP)).hasMessageContaining("digits before");
    assertThat(Amounts.decimal(Amounts.of(new BigDecimal("1E+" + (MAX - 1)), GBP)).precision()).isEqualTo(MAX);
  }

  /** Values around the bound on both sides of the point, of up to 40 significant digits. */
  @Provide
  Arbitrary<BigDecimal> values() {
    Arbitrary<BigInteger> unscaled = Arbitraries.bigIntegers().between(BigInteger.TEN.pow(40).negate(),
        BigInteger.TEN.pow(40)).edgeCases(e -> e.add(BigInteger.ZERO, BigInteger.ONE, BigInteger.TEN));
    Arbitrary<Integer> scale = Arbitraries.oneOf(Arbitraries.integers().between(-1100, 1100),
        Arbitraries.integers().between(MAX - 45, MAX + 45), Arbitraries.integers().between(-MAX - 45, -MAX + 45));
    return unscaled.flatMap(u -> scale.map(s -> new BigDecimal(u, s)));
  }

  private static BigDecimal withZeros(BigDecimal value, int zeros) {
    return new BigDecimal(value.unscaledValue().multiply(BigInteger.TEN.pow(zeros)), value.scale() + zeros);
  }
}
