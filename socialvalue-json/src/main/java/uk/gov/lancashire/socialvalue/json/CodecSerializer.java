package uk.gov.lancashire.socialvalue.json;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;

/**
 * Writes a covered type through its {@link JsonCodec}: as a document, with its format marker, at the
 * root of the output, and without it when nested in another value.
 *
 * @param <T> the type
 */
final class CodecSerializer<T> extends ValueSerializer<T> {

  private final Class<T> type;
  private final JsonCodec<T> codec;

  CodecSerializer(Class<T> type, JsonCodec<T> codec) {
    this.type = type;
    this.codec = codec;
  }

  @Override
  public Class<?> handledType() {
    return type;
  }

  @Override
  public void serialize(T value, JsonGenerator gen, SerializationContext ctxt) {
    boolean root = gen.streamWriteContext().inRoot();
    gen.writeTree(root ? codec.write(value) : codec.writeNested(value));
  }
}
