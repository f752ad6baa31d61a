package uk.gov.lancashire.socialvalue.json.engine;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.gov.lancashire.socialvalue.basics.ProblemPath;

/**
 * Places the core's problem paths on the JSON paths of the document that was read, by walking the shape
 * declarations beside the values read.
 *
 * <p>The core's paths are segments ({@link ProblemPath}: property, index, key), never parsed from text. The
 * core names list elements by key ({@code measures[LT3].alignments[0]}, {@code
 * proxyEditions[lcc@2024.1].values[LT1].unit}); JSON paths name array elements by position and object
 * members by name ({@code $.measures[2].alignments[0]}, {@code $.proxyEditions[0].values.LT1.unit}). A key
 * on a list is looked up in an index of the list's elements by their {@code id}, {@code code}, {@code
 * measure}, {@code bidder} and {@code id@version}, built once per list and failure, so placing every problem
 * is linear in the document.
 */
final class CorePaths {

  private CorePaths() {}

  /**
   * @param shape the shape whose builder failed
   * @param slots the values read for it
   * @param base its JSON path
   * @param where a problem's path relative to the core value, as segments (never parsed from text)
   * @param indexes the key indexes built so far for this failure
   * @return the problem's JSON path
   */
  static String toJson(Shape<?, ?> shape, Object[] slots, String base, ProblemPath where,
      Map<Object, Index> indexes) {
    StringBuilder path = new StringBuilder(base);
    Codec<?> codec = shape;
    Object value = null;
    boolean top = true;
    for (ProblemPath.Segment segment : where.segments()) {
      while (codec instanceof Refs.Wrapped<?> wrapped) {
        codec = wrapped.inner();
      }
      if (segment instanceof ProblemPath.Property property && codec instanceof Shape<?, ?> s
          && s.prop(property.name()) != null) {
        Shape.Prop<?, ?> p = s.prop(property.name());
        value = top ? slots[s.slot(property.name())] : value == null ? null : get(p, value);
        codec = p.codec;
        In.appendSegment(path, property.name());
      } else if (segment instanceof ProblemPath.Index index && codec instanceof ListOf<?, ?> list
          && value instanceof List<?> values && index.position() < values.size()) {
        path.append('[').append(index.position()).append(']');
        value = values.get(index.position());
        codec = list.element();
      } else if (segment instanceof ProblemPath.Key key && codec instanceof ListOf<?, ?> list
          && value instanceof Collection<?> values) {
        Index found = indexes.computeIfAbsent(value, v -> keys(list.element(), List.copyOf(values)));
        Integer at = found.keys.get(key.key());
        if (at == null) {
          key.appendTo(path);
          codec = null;
        } else {
          path.append('[').append(at).append(']');
          value = found.values.get(at);
          codec = list.element();
        }
      } else if (segment instanceof ProblemPath.Key key && codec instanceof MapOf<?, ?> map
          && value instanceof Map<?, ?> values) {
        Index found = indexes.computeIfAbsent(value, v -> mapKeys(map, values));
        In.appendSegment(path, key.key());
        Integer at = found.keys.get(key.key());
        value = at == null ? null : found.values.get(at);
        codec = map.value();
      } else {
        if (segment instanceof ProblemPath.Property property) {
          In.appendSegment(path, property.name());
        } else {
          segment.appendTo(path);
        }
        codec = null;
        value = null;
      }
      top = false;
    }
    return path.toString();
  }

  @SuppressWarnings("unchecked")
  private static Object get(Shape.Prop<?, ?> p, Object owner) {
    return ((java.util.function.Function<Object, ?>) p.get).apply(owner);
  }

  /** A list's or map's values and the position of each key. */
  static final class Index {
    final List<?> values;
    final Map<String, Integer> keys = new HashMap<>();

    Index(List<?> values) {
      this.values = values;
    }
  }

  private static Index keys(Codec<?> element, List<?> list) {
    Index index = new Index(list);
    Map<String, Integer> keys = index.keys;
    if (!(element instanceof Shape)) {
      return index;
    }
    Shape<?, ?> shape = (Shape<?, ?>) element;
    for (int i = 0; i < list.size(); i++) {
      Object e = list.get(i);
      String id = text(shape, "id", e);
      for (String name : new String[] {"id", "code", "measure", "bidder"}) {
        String k = text(shape, name, e);
        if (k != null) {
          keys.putIfAbsent(k, i);
        }
      }
      String version = text(shape, "version", e);
      if (id != null && version != null) {
        keys.putIfAbsent(id + "@" + version, i);
      }
    }
    return index;
  }

  @SuppressWarnings("unchecked")
  private static Index mapKeys(MapOf<?, ?> map, Map<?, ?> values) {
    Index index = new Index(List.copyOf(values.values()));
    int i = 0;
    for (Object k : values.keySet()) {
      index.keys.putIfAbsent(((KeyCodec<Object>) map.key()).text(k), i++);
    }
    return index;
  }

  @SuppressWarnings("unchecked")
  private static String text(Shape<?, ?> shape, String name, Object element) {
    Shape.Prop<?, ?> p = shape.prop(name);
    if (p == null) {
      return null;
    }
    Object v = get(p, element);
    if (v == null) {
      return null;
    }
    return p.codec instanceof KeyCodec ? ((KeyCodec<Object>) p.codec).text(v) : String.valueOf(v);
  }
}
