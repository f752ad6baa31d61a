package uk.gov.lancashire.socialvalue.basics;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import javax.money.MonetaryContext;
import javax.money.MonetaryContextBuilder;
import org.javamoney.moneta.Money;

/**
 * The single bridge between the SDK's exact {@link BigDecimal} arithmetic and JSR-354
 * {@link MonetaryAmount}s at the API.
 *
 * <p>Why: Moneta's {@code Money} follows a global, configurable default context (256 digits, half-even)
 * that a host's {@code javamoney.properties} can change, both when an amount is created without a
 * context and in {@code Money}'s own arithmetic. The SDK therefore never does arithmetic on {@code
 * Money} and never lets it pick a context: it reads amounts out exactly, computes in {@code BigDecimal}
 * (exact products and sums; quotients at a precision the operation states), and wraps each result once,
 * here, with the explicit {@link #CONTEXT} ({@linkplain MathContext#UNLIMITED unlimited precision}), so
 * creating an amount never rounds it whatever the host configures. Rounding is done once, for
 * presentation, by the caller's explicit choice.
 *
 * <p>The one convention for money results: a money figure is returned as a {@link MonetaryAmount} made
 * here; read it exactly with {@link #decimal(MonetaryAmount)}. Quantities, rates, factors, percentages
 * and scores are {@code BigDecimal}. Because {@link #CONTEXT} is unlimited, a caller who divides an
 * amount with Moneta must give its own precision (dividing 1 by 3 exactly is impossible).
 *
 * <p>Canonical form: Moneta's {@code Money} strips trailing zeros from an amount with decimals, which can
 * give a negative scale ({@code 585830.00} becomes {@code 5.8583E+5}) while {@code 585830} is kept as it
 * is. So that the same value always has the same representation (and computed figures the same scale,
 * however an amount was made or read), both directions here use one canonical form: no trailing zeros
 * after the decimal point and never a negative scale. The value is never changed.
 */
public final class Amounts {

  /**
   * The context of every amount the SDK creates: unlimited precision, so an amount is never rounded
   * when it is made. Stated here rather than taken from Moneta's configurable default.
   */
  public static final MonetaryContext CONTEXT = MonetaryContextBuilder.of(Money.class)
      .setPrecision(0)
      .set(MathContext.UNLIMITED)
      .set(RoundingMode.UNNECESSARY)
      .build();

  /**
   * ISO 4217 {@code XXX}, "transactions where no currency is involved": the currency of the zero total of
   * something that holds no amount yet (an empty portfolio), so that a money result is always a
   * {@link MonetaryAmount}. Adding it to an amount in a real currency fails, as it should.
   */
  public static final CurrencyUnit NO_CURRENCY = Monetary.getCurrency("XXX");

  private Amounts() {}

  /**
   * Wraps an exact decimal as a monetary amount, without rounding, in the explicit {@link #CONTEXT}.
   *
   * @param amount the amount
   * @param currency the currency
   * @return the amount as a {@link Money}
   * @throws ValidationException when the amount, without its trailing zeros, has more than {@link
   *     Args#MAX_DIGITS} digits either side of the point ({@code 1.000…0} with 1,500 zeros is 1 and is
   *     accepted)
   */
  public static MonetaryAmount of(BigDecimal amount, CurrencyUnit currency) {
    return Money.of(canonical(amount), Objects.requireNonNull(currency, "currency"), CONTEXT);
  }

  /**
   * Reads a monetary amount's number exactly.
   *
   * @param amount the amount
   * @return its exact decimal value
   * @throws ValidationException if the amount's number is not a finite decimal (a custom {@code
   *     MonetaryAmount} may hold a double's infinity or NaN)
   */
  public static BigDecimal decimal(MonetaryAmount amount) {
    Objects.requireNonNull(amount, "amount");
    try {
      return canonical(amount.getNumber().numberValueExact(BigDecimal.class));
    } catch (ArithmeticException | NumberFormatException e) {
      throw ValidationException.of("amount", "is not a finite decimal: " + amount.getNumber());
    }
  }

  /**
   * The canonical form of an amount, checked against {@link Args#MAX_DIGITS} as a value, not as a
   * representation: trailing zeros after the point are not digits of the value, so they are set aside
   * before the digits after the point are counted, and only a value that needs more than {@code MAX_DIGITS}
   * digits on either side is refused. The digits before the point do not change with the representation and
   * are counted first. The check never strips zeros one at a time from a long number: at most one exact
   * division (to {@code MAX_DIGITS} decimals) is made before the remaining value, now of at most {@code 2 ×
   * MAX_DIGITS} digits, is stripped, so hostile input costs no more than the digits it holds.
   *
   * @param value an exact decimal
   * @return the same value without trailing zeros after the point and with a scale of at least 0
   * @throws ValidationException at {@code amount} when the value has more than {@code MAX_DIGITS} digits
   *     before the point, or after it once its trailing zeros are set aside
   * @throws NullPointerException naming {@code amount} when it is null
   */
  static BigDecimal canonical(BigDecimal value) {
    Objects.requireNonNull(value, "amount");
    if (value.signum() == 0) {
      return BigDecimal.ZERO;
    }
    long integerDigits = (long) value.precision() - value.scale();
    if (integerDigits > Args.MAX_DIGITS) {
      throw tooManyDigits("before", value);
    }
    BigDecimal bounded = value;
    long excess = (long) value.scale() - Args.MAX_DIGITS;
    if (excess > 0) {
      // a nonzero unscaled value of p digits ends in at most p - 1 zeros
      if (excess >= value.precision()) {
        throw tooManyDigits("after", value);
      }
      try {
        bounded = value.setScale(Args.MAX_DIGITS, RoundingMode.UNNECESSARY);
      } catch (ArithmeticException e) {
        throw tooManyDigits("after", value);
      }
    }
    BigDecimal stripped = bounded.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  private static ValidationException tooManyDigits(String side, BigDecimal value) {
    return ValidationException.of("amount", "has more than " + Args.MAX_DIGITS + " digits " + side
        + " the point (" + value.precision() + " digits at scale " + value.scale() + ")");
  }

  /**
   * Finds a currency by its code, matched exactly: three capital letters, checked before any lookup
   * (Moneta's lookup treats some text as a pattern, so {@code "^GBP$"} would otherwise find GBP and
   * {@code "["} throw).
   *
   * @param code the text that should be an ISO 4217 code, such as {@code GBP}
   * @return the currency when the text is exactly a code Moneta knows, else empty
   */
  public static Optional<CurrencyUnit> isoCurrency(String code) {
    boolean shape = code.length() == 3;
    for (int i = 0; shape && i < 3; i++) {
      shape = code.charAt(i) >= 'A' && code.charAt(i) <= 'Z';
    }
    return shape && Monetary.isCurrencyAvailable(code) ? Optional.of(Monetary.getCurrency(code)) : Optional.empty();
  }

  /**
   * Returns zero in a currency.
   *
   * @param currency the currency
   * @return a zero amount
   */
  public static MonetaryAmount zero(CurrencyUnit currency) {
    return of(BigDecimal.ZERO, currency);
  }
}
