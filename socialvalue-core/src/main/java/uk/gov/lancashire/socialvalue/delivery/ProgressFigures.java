package uk.gov.lancashire.socialvalue.delivery;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;

/**
 * Committed vs claimed vs verified, in one unit (a measure's quantity, or money): the commitment over
 * the whole term and to date, what was claimed (every counted record, whatever its status) and
 * verified to date, percent delivered (verified ÷ committed to date × 100), the RAG status, the
 * shortfall (committed to date − verified, never below 0) and the forecast at completion from the run
 * rate (verified ÷ quarters elapsed × quarters in the term).
 *
 * <p>Exact; the two divisions (percent, forecast) use {@link MathContext#DECIMAL128}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ProgressFigures {

  private static final MathContext DIVISION = MathContext.DECIMAL128;
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final BigDecimal committed;
  private final BigDecimal committedToDate;
  private final BigDecimal claimed;
  private final BigDecimal verified;
  private final Optional<BigDecimal> percentDelivered;
  private final RagStatus rag;
  private final BigDecimal forecast;

  private ProgressFigures(BigDecimal committed, BigDecimal committedToDate, BigDecimal claimed,
      BigDecimal verified, int elapsedQuarters, int termQuarters, RagThresholds thresholds) {
    this.committed = committed;
    this.committedToDate = committedToDate;
    this.claimed = claimed;
    this.verified = verified;
    this.percentDelivered = committedToDate.signum() > 0
        ? Optional.of(verified.multiply(HUNDRED).divide(committedToDate, DIVISION)) : Optional.empty();
    this.rag = percentDelivered.map(thresholds::status).orElse(RagStatus.NOT_DUE);
    this.forecast = elapsedQuarters == 0 ? BigDecimal.ZERO
        : verified.multiply(BigDecimal.valueOf(termQuarters)).divide(BigDecimal.valueOf(elapsedQuarters), DIVISION);
  }

  static ProgressFigures of(BigDecimal committed, BigDecimal committedToDate, BigDecimal claimed,
      BigDecimal verified, int elapsedQuarters, int termQuarters, RagThresholds thresholds) {
    return new ProgressFigures(committed, committedToDate, claimed, verified, elapsedQuarters, termQuarters, thresholds);
  }

  /** @return committed over the whole term */
  public BigDecimal committed() {
    return committed;
  }

  /** @return committed up to and including the as-of quarter */
  public BigDecimal committedToDate() {
    return committedToDate;
  }

  /** @return claimed to date: every counted record, claimed, evidenced or verified */
  public BigDecimal claimed() {
    return claimed;
  }

  /** @return verified to date */
  public BigDecimal verified() {
    return verified;
  }

  /** @return verified ÷ committed to date × 100; empty when nothing positive was due */
  public Optional<BigDecimal> percentDelivered() {
    return percentDelivered;
  }

  /** @return the RAG status of {@link #percentDelivered()} */
  public RagStatus rag() {
    return rag;
  }

  /** @return committed to date − verified, or 0 when delivery is ahead */
  public BigDecimal shortfall() {
    return committedToDate.subtract(verified).max(BigDecimal.ZERO);
  }

  /** @return verified ÷ quarters elapsed × quarters in the term; 0 before the first quarter */
  public BigDecimal forecast() {
    return forecast;
  }

  /** @return e.g. {@code committed 100, to date 50, claimed 45, verified 40, 80% AMBER} */
  @Override
  public String toString() {
    return "committed " + committed.toPlainString() + ", to date " + committedToDate.toPlainString()
        + ", claimed " + claimed.toPlainString() + ", verified " + verified.toPlainString() + ", "
        + percentDelivered.map(p -> p.stripTrailingZeros().toPlainString() + "% ").orElse("") + rag;
  }
}
