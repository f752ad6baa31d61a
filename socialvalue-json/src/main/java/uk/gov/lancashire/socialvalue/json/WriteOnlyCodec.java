package uk.gov.lancashire.socialvalue.json;

import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The codec of a computed result (a valuation result, a tender evaluation, an annual statement, county
 * needs, a progress report): written for reports and other systems, never read back, because the core
 * computes it from its inputs (the documents to store and exchange) and most results cannot even be
 * built outside the core. Reading one records a problem naming what to read instead.
 *
 * <p>Subclass it and implement {@link #write(Object)}, or use {@link #of(String, String, Function)}.
 *
 * @param <T> the result type
 */
abstract class WriteOnlyCodec<T> implements JsonCodec<T> {

  private final String what;
  private final String computedFrom;

  /** @param what the type's name, for the problem message */
  WriteOnlyCodec(String what) {
    this(what, "its inputs");
  }

  /**
   * @param what the result, for the message, e.g. {@code a gap}
   * @param computedFrom what to read instead, e.g. {@code a needs analysis}
   */
  WriteOnlyCodec(String what, String computedFrom) {
    this.what = what;
    this.computedFrom = computedFrom;
  }

  /**
   * @param <T> the result type
   * @param what the result, for the message, e.g. {@code a gap}
   * @param computedFrom what to read instead, e.g. {@code a needs analysis}
   * @param writer writes the canonical form
   * @return the codec
   */
  static <T> WriteOnlyCodec<T> of(String what, String computedFrom, Function<T, JsonNode> writer) {
    return new WriteOnlyCodec<T>(what, computedFrom) {
      @Override
      public JsonNode write(T value) {
        return writer.apply(value);
      }
    };
  }

  @Override
  public final @Nullable T read(Cursor in) {
    in.problem(what + " is a computed result: it is written, never read; read " + computedFrom
        + " and compute it again");
    return null;
  }
}
