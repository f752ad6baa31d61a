package uk.gov.lancashire.socialvalue.sheets;

import uk.gov.lancashire.socialvalue.delivery.DeliveryRecord;

/**
 * Writes delivery records one at a time, as rows in the template's layout ({@link DeliveryCsv#writer},
 * {@link DeliveryXlsx#writer}), so a caller that is handed records one by one (a streamed reader) writes
 * them without holding them.
 *
 * <p>Not thread-safe: one writer, one thread.
 */
public interface DeliveryRowWriter extends AutoCloseable {

  /**
   * Writes one record as the next row.
   *
   * @param record the record
   * @throws IllegalArgumentException when an evidence reference holds {@code ;}, which a cell cannot give back
   * @throws java.io.UncheckedIOException when the output fails
   */
  void write(DeliveryRecord record);

  /**
   * Ends the rows: a CSV writer is flushed, not closed; a workbook is finished and its stream closed.
   *
   * @throws java.io.UncheckedIOException when the output fails
   */
  @Override
  void close();
}
