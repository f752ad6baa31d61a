package uk.gov.lancashire.socialvalue.json;

import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ValueDeserializer;

/**
 * Reads a covered type through its {@link JsonCodec}: the value is read as a tree (bounded by the
 * mapper's read limits), then every problem in it is collected, and a {@link JsonProblemsException}
 * listing them all is thrown when there is any. Paths start at {@code $}, the value being read.
 *
 * @param <T> the type
 */
final class CodecDeserializer<T> extends ValueDeserializer<T> {

  private final Class<T> type;
  private final JsonCodec<T> codec;
  private final ReadOptions options;

  CodecDeserializer(Class<T> type, JsonCodec<T> codec, ReadOptions options) {
    this.type = type;
    this.codec = codec;
    this.options = options;
  }

  @Override
  public Class<?> handledType() {
    return type;
  }

  @Override
  public T deserialize(JsonParser p, DeserializationContext ctxt) {
    TokenStreamContext context = p.streamReadContext();
    // at a START_OBJECT the context is already the new object; a scalar sits in its parent's context
    boolean root = context.inRoot() || (p.isExpectedStartObjectToken() || p.isExpectedStartArrayToken())
        && context.getParent() != null && context.getParent().inRoot();
    JsonNode tree = ctxt.readTree(p);
    Reading reading = new Reading(options, root);
    T value = codec.read(reading.root(tree));
    if (reading.count() > 0 || value == null) {
      throw new JsonProblemsException(p, reading.problems());
    }
    return value;
  }
}
