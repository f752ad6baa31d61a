package uk.gov.lancashire.socialvalue.json.engine;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonToken;

/**
 * A JSON object used as a map: each member's name is a key read by a {@link KeyCodec}, its value by a
 * codec. Two names that denote the same key (such as {@code "NT1"} and {@code "NT01"}) are a problem
 * naming both, never one value kept silently.
 *
 * @param <K> the key type
 * @param <V> the value type
 */
public final class MapOf<K, V> implements Codec<Map<K, V>> {

  private final KeyCodec<K> key;
  private final Codec<V> value;

  private MapOf(KeyCodec<K> key, Codec<V> value) {
    this.key = key;
    this.value = value;
  }

  /**
   * @param key how to read and write each key
   * @param value how to read and write each value
   * @return the codec
   */
  public static <K, V> MapOf<K, V> of(KeyCodec<K> key, Codec<V> value) {
    return new MapOf<>(key, value);
  }

  /** @return the key codec */
  public KeyCodec<K> key() {
    return key;
  }

  /** @return the value codec */
  public Codec<V> value() {
    return value;
  }

  @Override
  public Map<K, V> read(In in) {
    if (in.token() != JsonToken.START_OBJECT) {
      return Scalars.wrong(in, "must be an object");
    }
    Map<K, V> values = new LinkedHashMap<>();
    Map<K, String> names = new HashMap<>();
    java.util.Set<String> given = in.checksNames() ? new java.util.HashSet<>() : null;
    while (in.next() == JsonToken.PROPERTY_NAME) {
      String name = in.parser().currentName();
      if (given != null && !given.add(name)) {
        in.repeated(name);
      }
      in.next();
      in.enter(name);
      K k = key.readKey(name, in);
      V v = value.read(in);
      if (k != null) {
        String earlier = names.putIfAbsent(k, name);
        if (earlier != null) {
          in.problem("denotes the same key as " + Describe.quoted(earlier) + "; each key may appear once");
        } else if (v != null) {
          values.put(k, v);
        }
      }
      in.leave();
    }
    return Collections.unmodifiableMap(values);
  }

  @Override
  public void write(JsonGenerator out, Map<K, V> values) {
    out.writeStartObject();
    for (Map.Entry<K, V> e : values.entrySet()) {
      out.writeName(key.text(e.getKey()));
      value.write(out, e.getValue());
    }
    out.writeEndObject();
  }
}
