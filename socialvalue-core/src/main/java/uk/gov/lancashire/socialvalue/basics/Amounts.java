package uk.gov.lancashire.socialvalue.basics;

import java.math.BigDecimal;
import java.util.Objects;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;

/**
 * The single bridge between the SDK's exact {@link BigDecimal} arithmetic and JSR-354
 * {@link MonetaryAmount}s at the API.
 *
 * <p>Why: Moneta's {@code Money} arithmetic follows a global, configurable default context (256 digits,
 * half-even) that a host's {@code javamoney.properties} can change. The SDK therefore never does
 * arithmetic on {@code Money}: it reads amounts out exactly, computes in {@code BigDecimal} with an
 * explicit {@link java.math.MathContext}, and wraps the result without rounding. Rounding is done once,
 * for presentation, by the caller's explicit choice.
 *
 * <p>Canonical form: Moneta's {@code Money} strips trailing zeros from an amount with decimals, which can
 * give a negative scale ({@code 585830.00} becomes {@code 5.8583E+5}) while {@code 585830} is kept as it
 * is. So that the same value always has the same representation (and computed figures the same scale,
 * however an amount was made or read), both directions here use one canonical form: no trailing zeros
 * after the decimal point and never a negative scale. The value is never changed.
 */
public final class Amounts {

  private Amounts() {}

  /**
   * Wraps an exact decimal as a monetary amount, without rounding.
   *
   * @param amount the amount
   * @param currency the currency
   * @return the amount as a {@link Money}
   */
  public static MonetaryAmount of(BigDecimal amount, CurrencyUnit currency) {
    return Money.of(canonical(Objects.requireNonNull(amount, "amount")), Objects.requireNonNull(currency, "currency"));
  }

  /**
   * Reads a monetary amount's number exactly.
   *
   * @param amount the amount
   * @return its exact decimal value
   * @throws ArithmeticException if the amount's number cannot be represented exactly
   */
  public static BigDecimal decimal(MonetaryAmount amount) {
    return canonical(amount.getNumber().numberValueExact(BigDecimal.class));
  }

  /**
   * @param value an exact decimal
   * @return the same value without trailing zeros after the point and with a scale of at least 0
   */
  static BigDecimal canonical(BigDecimal value) {
    BigDecimal stripped = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
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
