package uk.gov.lancashire.socialvalue.delivery;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;
import java.util.Optional;

/**
 * Committed vs claimed vs verified, in one unit (a measure's quantity, or money), as of a reporting
 * quarter: the commitment over the whole term and to date; what was claimed (every counted record,
 * whatever its status) and verified to date; percent delivered and the RAG status on the thresholds'
 * {@link RagBasis basis}; the gap to verified split into what the supplier did not claim
 * ({@link #supplierShortfall()}) and what the council has not yet verified ({@link #verificationBacklog()});
 * and the {@link Forecast forecast at completion} with its method.
 *
 * <p>Exact; the one division (percent) uses {@link MathContext#DECIMAL128}.
 *
 * <p><b>One set of rules, two units.</b> The same figures, and so the same rules (percent delivered, RAG,
 * shortfall, backlog, forecast), serve a measure's quantity ({@link MeasureProgress#quantity()}, in the
 * measure's unit: FTE-years, hires, tonnes) and its value. A quantity is not money, so the figures are
 * decimals in a unit stated by where they sit; value is reported as a {@link ValueProgress} ({@link
 * MeasureProgress#value()}, {@link Progress#total()}), which holds these figures with the contract's currency
 * and returns each money figure as an amount, so the money convention of {@link
 * uk.gov.lancashire.socialvalue.basics.Amounts} holds for every money result and the rules stay here, once.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param committed committed over the whole term
 * @param committedToDate committed up to and including the as-of quarter
 * @param claimed claimed to date: every counted record, claimed, evidenced or verified
 * @param verified verified to date
 * @param delivered delivered to date on the RAG basis
 * @param basis the RAG basis {@code delivered} is measured on
 * @param percentDelivered delivered ÷ committed to date × 100; empty when nothing positive was due
 * @param rag the RAG status of {@code percentDelivered}; {@link RagStatus#NOT_DUE} when it is empty
 * @param forecastAtCompletion the forecast at completion, with its method
 */
public record ProgressFigures(BigDecimal committed, BigDecimal committedToDate, BigDecimal claimed,
    BigDecimal verified, BigDecimal delivered, RagBasis basis, Optional<BigDecimal> percentDelivered, RagStatus rag,
    Forecast forecastAtCompletion) {

  private static final MathContext DIVISION = MathContext.DECIMAL128;
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /**
   * Checks every component is present.
   *
   * @param committed see the record description
   * @param committedToDate see the record description
   * @param claimed see the record description
   * @param verified see the record description
   * @param delivered see the record description
   * @param basis see the record description
   * @param percentDelivered see the record description
   * @param rag see the record description
   * @param forecastAtCompletion see the record description
   */
  public ProgressFigures {
    Objects.requireNonNull(committed, "committed");
    Objects.requireNonNull(committedToDate, "committedToDate");
    Objects.requireNonNull(claimed, "claimed");
    Objects.requireNonNull(verified, "verified");
    Objects.requireNonNull(delivered, "delivered");
    Objects.requireNonNull(basis, "basis");
    Objects.requireNonNull(percentDelivered, "percentDelivered");
    Objects.requireNonNull(rag, "rag");
    Objects.requireNonNull(forecastAtCompletion, "forecastAtCompletion");
  }

  static ProgressFigures of(BigDecimal committed, BigDecimal committedToDate, BigDecimal claimed,
      BigDecimal verified, BigDecimal delivered, RagThresholds thresholds, Forecast forecast) {
    Optional<BigDecimal> percent = committedToDate.signum() > 0
        ? Optional.of(delivered.multiply(HUNDRED).divide(committedToDate, DIVISION)) : Optional.empty();
    return new ProgressFigures(committed, committedToDate, claimed, verified, delivered, thresholds.basis(), percent,
        percent.map(thresholds::status).orElse(RagStatus.NOT_DUE), forecast);
  }

  /** @return committed to date − verified, or 0 when delivery is ahead: the whole gap to the audited figure */
  public BigDecimal shortfall() {
    return committedToDate.subtract(verified).max(BigDecimal.ZERO);
  }

  /** @return committed to date − claimed, or 0: what the supplier has not even claimed */
  public BigDecimal supplierShortfall() {
    return committedToDate.subtract(claimed).max(BigDecimal.ZERO);
  }

  /** @return claimed − verified: counted records still awaiting the council's verification */
  public BigDecimal verificationBacklog() {
    return claimed.subtract(verified);
  }

  /** @return the forecast at completion's figure; see {@link #forecastAtCompletion()} for its method */
  public BigDecimal forecast() {
    return forecastAtCompletion.value();
  }

  /** @return e.g. {@code committed 100, to date 50, claimed 45, verified 40, 90% (claimed) GREEN} */
  @Override
  public String toString() {
    return "committed " + committed.toPlainString() + ", to date " + committedToDate.toPlainString()
        + ", claimed " + claimed.toPlainString() + ", verified " + verified.toPlainString() + ", "
        + percentDelivered.map(p -> p.stripTrailingZeros().toPlainString() + "% (" + basis.name().toLowerCase(java.util.Locale.ROOT) + ") ")
            .orElse("") + rag + ", forecast " + forecast().stripTrailingZeros().toPlainString() + " ("
        + forecastAtCompletion.method() + ")";
  }
}
