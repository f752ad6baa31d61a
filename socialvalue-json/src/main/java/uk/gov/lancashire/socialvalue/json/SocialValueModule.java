package uk.gov.lancashire.socialvalue.json;

import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import uk.gov.lancashire.socialvalue.json.basics.BasicsJson;
import uk.gov.lancashire.socialvalue.json.engine.Codec;
import uk.gov.lancashire.socialvalue.json.engine.In;
import tools.jackson.core.Version;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.module.SimpleDeserializers;
import tools.jackson.databind.module.SimpleSerializers;

/**
 * The Jackson 3 module for the socialvalue SDK: reads and writes every covered type in the SDK's
 * documented wire format, straight from and to the token stream.
 *
 * <p>Register it explicitly ({@code JsonMapper.builder().addModule(new SocialValueModule())}) or let
 * Jackson find it through {@code META-INF/services/tools.jackson.databind.JacksonModule}. For a mapper
 * with safe limits already set, use {@link SocialValueJson}.
 *
 * <p>Its configuration is immutable: each {@code withX} returns a new module.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SocialValueModule extends JacksonModule {

  /** The default longest decimal string accepted, in characters. */
  public static final int DEFAULT_MAX_DECIMAL_LENGTH = BasicsJson.DEFAULT_MAX_DECIMAL_LENGTH;

  private final boolean rejectUnknownProperties;
  private final int maxDecimalLength;

  /** Creates the module with its defaults: unknown properties rejected, decimals up to 40 characters. */
  public SocialValueModule() {
    this(true, DEFAULT_MAX_DECIMAL_LENGTH);
  }

  private SocialValueModule(boolean rejectUnknownProperties, int maxDecimalLength) {
    this.rejectUnknownProperties = rejectUnknownProperties;
    this.maxDecimalLength = maxDecimalLength;
  }

  /**
   * @param reject true (the default) to report a property the format does not define as a problem;
   *     false to ignore it, e.g. for documents written by a newer minor release
   * @return a module with that setting
   */
  public SocialValueModule withUnknownPropertiesRejected(boolean reject) {
    return new SocialValueModule(reject, maxDecimalLength);
  }

  /**
   * @param length the longest decimal string accepted (amounts, fractions), at least 1; longer ones
   *     are problems
   * @return a module with that setting
   */
  public SocialValueModule withMaxDecimalLength(int length) {
    if (length < 1) {
      throw new IllegalArgumentException("maxDecimalLength must be at least 1, was " + length);
    }
    return new SocialValueModule(rejectUnknownProperties, length);
  }

  /** @return true when unknown properties are problems */
  public boolean rejectsUnknownProperties() {
    return rejectUnknownProperties;
  }

  /** @return the longest decimal string accepted */
  public int maxDecimalLength() {
    return maxDecimalLength;
  }

  @Override
  public String getModuleName() {
    return "socialvalue";
  }

  @Override
  public Version version() {
    return new Version(0, 1, 0, "SNAPSHOT", "uk.gov.lancashire.socialvalue", "socialvalue-json");
  }

  @Override
  public void setupModule(SetupContext context) {
    SimpleSerializers serializers = new SimpleSerializers();
    SimpleDeserializers deserializers = new SimpleDeserializers();
    for (Map.Entry<Class<?>, Codec<?>> entry : Types.all().entrySet()) {
      register(serializers, deserializers, entry.getKey(), entry.getValue());
    }
    context.addSerializers(serializers);
    context.addDeserializers(deserializers);
  }

  @SuppressWarnings("unchecked")
  private <T> void register(SimpleSerializers serializers, SimpleDeserializers deserializers,
      Class<T> type, Codec<?> codec) {
    Codec<T> typed = (Codec<T>) codec;
    serializers.addSerializer(type, new ValueSerializer<T>() {
      @Override
      public void serialize(T value, JsonGenerator out, SerializationContext context) {
        typed.write(out, value);
      }

      @Override
      public Class<?> handledType() {
        return type;
      }
    });
    deserializers.addDeserializer(type, new ValueDeserializer<T>() {
      @Override
      public T deserialize(JsonParser p, DeserializationContext context) {
        // at a START_OBJECT the context is already the new object; a scalar sits in its parent's context
        TokenStreamContext c = p.streamReadContext();
        boolean root = c.inRoot() || (p.isExpectedStartObjectToken() || p.isExpectedStartArrayToken())
            && c.getParent() != null && c.getParent().inRoot();
        In in = new In(p, root, rejectUnknownProperties, maxDecimalLength);
        T value = typed.read(in);
        if (in.count() > 0 || value == null) {
          throw new JsonProblemsException(in.problems(), null);
        }
        return value;
      }

      @Override
      public Class<?> handledType() {
        return type;
      }
    });
  }
}
