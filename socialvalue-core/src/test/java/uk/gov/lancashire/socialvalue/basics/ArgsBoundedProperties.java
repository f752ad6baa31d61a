package uk.gov.lancashire.socialvalue.basics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Review of {@code Args.bounded(value, name)} (session 5: it makes its path only for a problem): for any
 * decimal around the bound (scales and integer digits at, just inside and just beyond {@link
 * Args#MAX_DIGITS}, zero at any scale) it accepts exactly what {@code bounded(value, path)} accepts, returns
 * the same instance, and refuses with the same path and message; a null is named as before.
 */
class ArgsBoundedProperties {

  @Property(tries = 2000)
  void theNamedFormIsThePathFormWithItsPathMadeOnlyForAProblem(@ForAll("edges") BigDecimal value,
      @ForAll("names") String name) {
    Object byName = outcome(() -> Args.bounded(value, name), value);
    Object byPath = outcome(() -> Args.bounded(value, ProblemPath.ofText(name)), value);
    assertThat(byName).isEqualTo(byPath);
    long integerDigits = value.signum() == 0 ? 1 : (long) value.precision() - value.scale();
    boolean within = Math.abs(value.scale()) <= Args.MAX_DIGITS && integerDigits <= Args.MAX_DIGITS;
    assertThat(byName.equals("same instance")).isEqualTo(within);
  }

  @Property(tries = 20)
  void aNullIsNamedAsBefore(@ForAll("names") String name) {
    assertThat(outcome(() -> Args.bounded(null, name), null))
        .isEqualTo(outcome(() -> Args.bounded(null, ProblemPath.ofText(name)), null));
  }

  private static Object outcome(java.util.function.Supplier<BigDecimal> call, BigDecimal value) {
    try {
      return call.get() == value ? "same instance" : "another instance";
    } catch (ValidationException e) {
      return e.problems().stream().map(p -> p.path() + ": " + p.message()).toList();
    } catch (NullPointerException e) {
      return "NPE " + e.getMessage();
    }
  }

  @Provide
  Arbitrary<String> names() {
    return Arbitraries.of("quantity", "share", "parts[3]", "a.b", "");
  }

  @Provide
  Arbitrary<BigDecimal> edges() {
    int m = Args.MAX_DIGITS;
    Arbitrary<Integer> scale = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(3, Arbitraries.of(-m - 2, -m - 1, -m, -m + 1, m - 1, m, m + 1, m + 2, 0)),
        net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(-m - 20, m + 20)));
    Arbitrary<Integer> digits = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(3, Arbitraries.of(1, 2, 19, m - 1, m, m + 1, 2 * m, 2 * m + 1)),
        net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(1, 2 * m + 5)));
    Arbitrary<BigInteger> unscaled = Combinators.combine(digits, Arbitraries.of(1, -1), Arbitraries.of(true, false))
        .as((d, sign, zero) -> zero && d == 1 ? BigInteger.ZERO
            : BigInteger.TEN.pow(d - 1).add(BigInteger.valueOf(d % 9)).multiply(BigInteger.valueOf(sign)));
    return Combinators.combine(unscaled, scale).as(BigDecimal::new);
  }
}
