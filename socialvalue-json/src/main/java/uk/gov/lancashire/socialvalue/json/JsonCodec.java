package uk.gov.lancashire.socialvalue.json;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reads and writes one type as JSON. Every type the module covers has one codec, named
 * {@code XxxJson.CODEC}; {@link Codecs} lists them.
 *
 * <p>{@link #read(Cursor)} never throws for bad input: it records each problem, with its JSON path, in
 * the cursor's {@link Reading} and returns {@code null}. {@link #write(Object)} produces the canonical
 * form, which {@code read} reads back to an equal value.
 *
 * @param <T> the type
 */
interface JsonCodec<T> {

  /**
   * @param in where the value is
   * @return the value, or {@code null} when it has problems (they are recorded)
   */
  @Nullable T read(Cursor in);

  /**
   * @param value a value
   * @return its canonical JSON form, as a top-level document when the type is one
   */
  JsonNode write(T value);

  /**
   * @param value a value
   * @return its JSON form inside another document (document types leave out their format marker)
   */
  default JsonNode writeNested(T value) {
    return write(value);
  }
}
