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
    return Money.of(Objects.requireNonNull(amount, "amount"), Objects.requireNonNull(currency, "currency"));
  }

  /**
   * Reads a monetary amount's number exactly.
   *
   * @param amount the amount
   * @return its exact decimal value
   * @throws ArithmeticException if the amount's number cannot be represented exactly
   */
  public static BigDecimal decimal(MonetaryAmount amount) {
    return amount.getNumber().numberValueExact(BigDecimal.class);
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
