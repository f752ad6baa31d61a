package uk.gov.lancashire.socialvalue.delivery;

import java.util.Objects;
import uk.gov.lancashire.socialvalue.framework.MeasureCode;

/**
 * Progress on one measure of a contract, in its quantity (whose RAG status is the measure's) and in
 * money (zero for measures that are not monetised).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MeasureProgress {

  private final MeasureCode measure;
  private final ProgressFigures quantity;
  private final ProgressFigures value;

  MeasureProgress(MeasureCode measure, ProgressFigures quantity, ProgressFigures value) {
    this.measure = Objects.requireNonNull(measure, "measure");
    this.quantity = Objects.requireNonNull(quantity, "quantity");
    this.value = Objects.requireNonNull(value, "value");
  }

  /** @return the measure */
  public MeasureCode measure() {
    return measure;
  }

  /** @return progress in the measure's unit */
  public ProgressFigures quantity() {
    return quantity;
  }

  /** @return progress in money, valued with the contract's pinned edition */
  public ProgressFigures value() {
    return value;
  }

  /** @return the measure's RAG status, from its quantity */
  public RagStatus rag() {
    return quantity.rag();
  }

  /** @return e.g. {@code NT1: committed 10, ...} */
  @Override
  public String toString() {
    return measure + ": " + quantity;
  }
}
