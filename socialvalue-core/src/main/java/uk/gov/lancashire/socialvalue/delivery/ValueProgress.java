package uk.gov.lancashire.socialvalue.delivery;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import uk.gov.lancashire.socialvalue.basics.Amounts;
import uk.gov.lancashire.socialvalue.basics.Explanation;

/**
 * Progress in value: the {@link ProgressFigures} of a measure's value or of a contract's total value, with
 * the currency they are in, so each money figure is a {@link MonetaryAmount} like every other money result
 * of the SDK ({@link Amounts}).
 *
 * <p>Why a view and not a second set of rules: the same rules (percent delivered, RAG, shortfall, backlog,
 * forecast) serve a measure's quantity and its value, and they live once, in {@link ProgressFigures}. This
 * record only wraps each figure with {@code Amounts.of(figures.x(), currency)} and delegates the percent, the
 * RAG status and its basis, so the quantity and value views of one measure cannot drift apart. The figures'
 * decimals stay readable exactly with {@link #figures()}; an amount reads back exactly with {@link
 * Amounts#decimal(MonetaryAmount)}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param figures the figures, in {@code currency}
 * @param currency the currency of every figure: the contract's ({@link Contract#currency()})
 */
public record ValueProgress(ProgressFigures figures, CurrencyUnit currency) {

  /**
   * Checks every component is present.
   *
   * @param figures see the record description
   * @param currency see the record description
   */
  public ValueProgress {
    Objects.requireNonNull(figures, "figures");
    Objects.requireNonNull(currency, "currency");
  }

  private MonetaryAmount money(BigDecimal figure) {
    return Amounts.of(figure, currency);
  }

  /** @return committed over the whole term */
  public MonetaryAmount committed() {
    return money(figures.committed());
  }

  /** @return committed up to and including the as-of quarter */
  public MonetaryAmount committedToDate() {
    return money(figures.committedToDate());
  }

  /** @return claimed to date: every counted record, claimed, evidenced or verified */
  public MonetaryAmount claimed() {
    return money(figures.claimed());
  }

  /** @return verified to date */
  public MonetaryAmount verified() {
    return money(figures.verified());
  }

  /** @return delivered to date on the RAG {@link #basis()} */
  public MonetaryAmount delivered() {
    return money(figures.delivered());
  }

  /** @return committed to date − verified, or 0 when delivery is ahead ({@link ProgressFigures#shortfall()}) */
  public MonetaryAmount shortfall() {
    return money(figures.shortfall());
  }

  /** @return committed to date − claimed, or 0 ({@link ProgressFigures#supplierShortfall()}) */
  public MonetaryAmount supplierShortfall() {
    return money(figures.supplierShortfall());
  }

  /** @return claimed − verified ({@link ProgressFigures#verificationBacklog()}) */
  public MonetaryAmount verificationBacklog() {
    return money(figures.verificationBacklog());
  }

  /** @return the forecast at completion; {@link #forecastMethod()} and {@link #forecastExplanation()} say how */
  public MonetaryAmount forecast() {
    return money(figures.forecast());
  }

  /** @return how the forecast at completion was made */
  public ForecastMethod forecastMethod() {
    return figures.forecastAtCompletion().method();
  }

  /** @return the forecast's explanation: its title the sum in words, its entries the figures */
  public Explanation forecastExplanation() {
    return figures.forecastAtCompletion().explanation();
  }

  /** @return the RAG basis {@link #delivered()} is measured on */
  public RagBasis basis() {
    return figures.basis();
  }

  /** @return delivered ÷ committed to date × 100, a percentage (not money); empty when nothing positive was due */
  public Optional<BigDecimal> percentDelivered() {
    return figures.percentDelivered();
  }

  /** @return the RAG status of {@link #percentDelivered()}; {@link RagStatus#NOT_DUE} when it is empty */
  public RagStatus rag() {
    return figures.rag();
  }

  /** @return the figures' text with the currency, e.g. {@code GBP: committed 100, to date 50, ...} */
  @Override
  public String toString() {
    return currency.getCurrencyCode() + ": " + figures;
  }
}
