package uk.gov.lancashire.socialvalue.delivery;

import java.util.Objects;
import uk.gov.lancashire.socialvalue.framework.MeasureCode;

/**
 * Progress on one measure of a contract, in its quantity (whose RAG status is the measure's) and in
 * money (zero for measures that are not monetised).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param measure the measure
 * @param quantity progress in the measure's unit
 * @param value progress in money, valued with the contract's pinned edition, in {@link Contract#currency()}: the
 *     same rules as {@code quantity}, each figure an amount
 */
public record MeasureProgress(MeasureCode measure, ProgressFigures quantity, ValueProgress value) {

  /**
   * Checks every component is present.
   *
   * @param measure see the record description
   * @param quantity see the record description
   * @param value see the record description
   */
  public MeasureProgress {
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(quantity, "quantity");
    Objects.requireNonNull(value, "value");
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
