package uk.gov.lancashire.socialvalue.json;

import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * The codec of a result type the SDK writes, for council reporting systems, but does not read back:
 * gaps, county needs, needs weights, shortlists, progress reports. Such a value is computed from its
 * inputs (a needs analysis, a strategy plan), which are the documents to store and exchange; most
 * cannot even be built outside the core. Reading one records a problem saying so.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <T> the result type
 */
final class WriteOnlyCodec<T> implements JsonCodec<T> {

  private final String what;
  private final String computedFrom;
  private final Function<T, JsonNode> writer;

  private WriteOnlyCodec(String what, String computedFrom, Function<T, JsonNode> writer) {
    this.what = what;
    this.computedFrom = computedFrom;
    this.writer = writer;
  }

  /**
   * @param what the result, for the message, e.g. {@code a gap}
   * @param computedFrom what to read instead, e.g. {@code a needs analysis}
   * @param writer writes the canonical form
   * @return the codec
   */
  static <T> WriteOnlyCodec<T> of(String what, String computedFrom, Function<T, JsonNode> writer) {
    return new WriteOnlyCodec<>(what, computedFrom, writer);
  }

  @Override
  public T read(Cursor in) {
    in.problem(what + " is written for reports but not read back; read " + computedFrom
        + " and compute it again");
    return null;
  }

  @Override
  public JsonNode write(T value) {
    return writer.apply(value);
  }
}
