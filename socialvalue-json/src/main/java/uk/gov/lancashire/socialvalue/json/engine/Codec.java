package uk.gov.lancashire.socialvalue.json.engine;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;

/**
 * Reads one type straight from Jackson's token stream and writes it straight to a generator.
 *
 * <p>{@link #read(In)} starts on the value's first token and ends on its last; it never throws for bad
 * input: it records each problem at its path in the {@link In} and returns {@code null}.
 * {@link #write(JsonGenerator, Object)} writes the canonical form, which {@code read} reads back to an
 * equal value.
 *
 * @param <T> the type
 */
public interface Codec<T> {

  /**
   * @param in the token stream, on the value's first token
   * @return the value, or {@code null} when it has problems (they are recorded)
   */
  @Nullable T read(In in);

  /**
   * @param out where to write
   * @param value a value
   */
  void write(JsonGenerator out, T value);
}
