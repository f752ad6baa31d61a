package uk.gov.lancashire.socialvalue.json;

import uk.gov.lancashire.socialvalue.json.delivery.DeliveryJson;
import tools.jackson.core.JsonGenerator;
import uk.gov.lancashire.socialvalue.delivery.DeliveryRecord;

/**
 * Writes a delivery report document record by record, never holding the whole report: the output is
 * byte for byte what {@link SocialValueJson#write(Document, Object)} gives for the same records
 * ({@link Documents#DELIVERY_REPORT}). Get one from {@link SocialValueJson#deliveryReportWriter(java.io.OutputStream)}, call {@link
 * #write(DeliveryRecord)} for each record, then {@link #close()}, which ends the document and flushes,
 * but does not close the underlying stream.
 *
 * <pre>{@code
 * try (DeliveryReportWriter out = json.deliveryReportWriter(stream)) {
 *   records.forEach(out::write);
 * }
 * }</pre>
 *
 * <p>Not thread-safe: use one writer from one thread.
 */
public final class DeliveryReportWriter implements AutoCloseable {

  private final JsonGenerator generator;
  private long written;
  private boolean closed;

  DeliveryReportWriter(JsonGenerator generator) {
    this.generator = generator;
    generator.writeStartObject();
    generator.writeStringProperty("format", Documents.DELIVERY_REPORT.format());
    generator.writeNumberProperty("formatVersion", 1);
    generator.writeName("records");
    generator.writeStartArray();
  }

  /**
   * Writes one record.
   *
   * @param record the record
   * @throws IllegalStateException when the writer is closed
   */
  public void write(DeliveryRecord record) {
    if (closed) {
      throw new IllegalStateException("the delivery report writer is closed");
    }
    DeliveryJson.RECORD.write(generator, record);
    written++;
  }

  /** @return how many records were written */
  public long written() {
    return written;
  }

  /** Ends the document with its final newline and flushes; the underlying stream stays open. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    generator.writeEndArray();
    generator.writeEndObject();
    generator.writeRaw('\n');
    generator.close();
  }
}
