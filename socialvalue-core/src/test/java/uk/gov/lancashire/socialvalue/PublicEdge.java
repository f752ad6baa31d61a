package uk.gov.lancashire.socialvalue;

import static org.assertj.core.api.Assertions.fail;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import uk.gov.lancashire.socialvalue.basics.ValidationException;

/**
 * What every public method may do with any input: return, throw a {@link ValidationException} (bad
 * input, with a path), or throw a {@link NullPointerException} naming a null parameter (not the JVM's
 * helpful message {@code Cannot invoke … because "…" is null}, which names a local, not the caller's argument). The {@code
 * *EdgeProperties} classes drive the public API with edge values through {@link #call(Runnable)}, which
 * fails the property on any other exception type.
 */
public final class PublicEdge {

  private PublicEdge() {}

  /**
   * Runs a call of the public API and fails on any exception other than the two allowed.
   *
   * @param call the call
   */
  public static void call(Runnable call) {
    try {
      call.run();
    } catch (ValidationException e) {
      if (e.problems().isEmpty()) {
        fail("a ValidationException without problems", e);
      }
    } catch (NullPointerException e) {
      if (e.getMessage() == null || e.getMessage().isBlank() || e.getMessage().contains(" because \"")) {
        fail("a NullPointerException that names no parameter (the JVM's own message is not a name): "
            + e.getMessage(), e);
      }
    } catch (RuntimeException | Error e) {
      fail("the public API threw " + e.getClass().getName() + ": " + e.getMessage(), e);
    }
  }

  /** @return decimals at the edges: extreme scales both ways, huge and tiny magnitudes, zeros of any scale */
  public static Arbitrary<BigDecimal> decimals() {
    Arbitrary<Integer> scales = Arbitraries.oneOf(
        Arbitraries.integers().between(-40, 40),
        Arbitraries.of(Integer.MIN_VALUE, Integer.MIN_VALUE + 1, -1001, -1000, -999, 999, 1000, 1001,
            Integer.MAX_VALUE - 1, Integer.MAX_VALUE),
        Arbitraries.integers());
    Arbitrary<BigInteger> unscaled = Arbitraries.oneOf(
        Arbitraries.bigIntegers().between(BigInteger.valueOf(Long.MIN_VALUE), BigInteger.valueOf(Long.MAX_VALUE)),
        Arbitraries.of(BigInteger.ZERO, BigInteger.ONE, BigInteger.ONE.negate(), BigInteger.TEN.pow(38).subtract(BigInteger.ONE),
            BigInteger.TEN.pow(400), BigInteger.TEN.pow(1200).negate()));
    return Combinators.combine(unscaled, scales).as(BigDecimal::new);
  }

  /** @return every rounding mode */
  public static Arbitrary<RoundingMode> roundingModes() {
    return Arbitraries.of(RoundingMode.class);
  }

  /** @return ints at the edges */
  public static Arbitrary<Integer> ints() {
    return Arbitraries.oneOf(Arbitraries.integers().between(-3, 40),
        Arbitraries.of(Integer.MIN_VALUE, -1, 0, 1, 1899, 1900, 2999, 3000, Integer.MAX_VALUE), Arbitraries.integers());
  }

  /** @return lists of edge decimals, empty ones included */
  public static Arbitrary<List<BigDecimal>> decimalLists() {
    return decimals().list().ofMinSize(0).ofMaxSize(6);
  }
}
