package uk.gov.lancashire.socialvalue.json;

import java.util.Objects;
import uk.gov.lancashire.socialvalue.json.engine.Codec;
import uk.gov.lancashire.socialvalue.json.engine.Shape;

/**
 * A kind of top-level JSON document the SDK reads or writes, such as {@link Documents#FRAMEWORK}: its
 * format marker ({@code "format": "socialvalue/framework"}), the Java type it holds and whether it can be
 * read (computed results such as a tender evaluation are written only). Read and write one through {@link
 * SocialValueJson#read(Document, String)} and {@link SocialValueJson#write(Document, Object)}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <T> the Java type the document holds
 */
public final class Document<T> {

  private final String format;
  private final Class<T> type;
  private final Shape<T, ?> shape;

  Document(Class<T> type, Shape<T, ?> shape) {
    this.format = Objects.requireNonNull(shape.format(), "a document shape has a format");
    this.type = type;
    this.shape = shape;
  }

  /** @return the format marker, e.g. {@code socialvalue/framework} */
  public String format() {
    return format;
  }

  /** @return the Java type the document holds ({@code List} for a delivery report) */
  public Class<T> type() {
    return type;
  }

  /** @return true when the document can be read; false for computed results, which are written only */
  public boolean readable() {
    return !shape.writtenOnly();
  }

  Codec<T> codec() {
    return shape;
  }

  /** @return the format marker */
  @Override
  public String toString() {
    return format;
  }
}
