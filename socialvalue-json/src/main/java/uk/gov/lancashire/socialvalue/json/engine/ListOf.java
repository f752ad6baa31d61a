package uk.gov.lancashire.socialvalue.json.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonToken;

/**
 * A JSON array of values of one codec, read as a list or as a set. A set refuses a repeated element
 * with a problem naming the first occurrence: the core would drop it silently and the document would not
 * be written back as it was read.
 *
 * @param <V> the element type
 * @param <C> the collection read
 */
public final class ListOf<V, C extends Collection<V>> implements Codec<C> {

  private final Codec<V> element;
  private final boolean distinct;

  private ListOf(Codec<V> element, boolean distinct) {
    this.element = element;
    this.distinct = distinct;
  }

  /**
   * @param element how to read and write each element
   * @return a list codec
   */
  public static <V> ListOf<V, List<V>> list(Codec<V> element) {
    return new ListOf<>(element, false);
  }

  /**
   * @param element how to read and write each element
   * @return a set codec, in document order, refusing repeats
   */
  public static <V> ListOf<V, Set<V>> set(Codec<V> element) {
    return new ListOf<>(element, true);
  }

  /** @return true when this is a set: order carries no meaning and a repeat is a problem */
  public boolean isSet() {
    return distinct;
  }

  /** @return the element codec */
  public Codec<V> element() {
    return element;
  }

  @Override
  @SuppressWarnings("unchecked")
  public C read(In in) {
    if (in.token() != JsonToken.START_ARRAY) {
      return Scalars.wrong(in, "must be an array");
    }
    List<V> values = new ArrayList<>();
    Map<V, Integer> first = distinct ? new HashMap<>() : null;
    in.enter(0);
    int i = 0;
    while (in.next() != JsonToken.END_ARRAY) {
      in.index(i);
      String scalar = distinct && in.token().isScalarValue() ? in.describe() : null;
      V value = element.read(in);
      if (value != null) {
        Integer earlier = distinct ? first.putIfAbsent(value, i) : null;
        if (earlier != null) {
          in.problem("repeats " + (scalar == null ? "the element at [" + earlier + "]" : scalar)
              + "; each value may appear once");
        } else {
          values.add(value);
        }
      }
      i++;
    }
    in.leave();
    return (C) (distinct ? Collections.unmodifiableSet(new LinkedHashSet<>(values))
        : Collections.unmodifiableList(values));
  }

  @Override
  public void write(JsonGenerator out, C values) {
    out.writeStartArray();
    for (V v : values) {
      element.write(out, v);
    }
    out.writeEndArray();
  }
}
