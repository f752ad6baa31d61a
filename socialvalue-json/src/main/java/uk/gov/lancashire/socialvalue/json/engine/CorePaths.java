package uk.gov.lancashire.socialvalue.json.engine;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Places the core's problem paths on the JSON paths of the document that was read, by walking the shape
 * declarations beside the values read.
 *
 * <p>The core names list elements by their key ({@code measures[LT3].alignments[0]}, {@code
 * proxyEditions[lcc@2024.1].values[LT1].unit}); JSON paths name array elements by position and object
 * members by name ({@code $.measures[2].alignments[0]}, {@code $.proxyEditions[0].values.LT1.unit}). A key
 * is looked up in an index of the list's elements by their {@code id}, {@code code}, {@code measure}, {@code bidder} and
 * {@code id@version}, built once per list and failure, so placing every problem is linear in the document.
 */
final class CorePaths {

  private CorePaths() {}

  /**
   * @param shape the shape whose builder failed
   * @param slots the values read for it
   * @param base its JSON path
   * @param corePath a problem path relative to the core value
   * @param indexes the key indexes built so far for this failure
   * @return the problem's JSON path
   */
  static String toJson(Shape<?, ?> shape, Object[] slots, String base, String corePath,
      Map<Object, Index> indexes) {
    StringBuilder path = new StringBuilder(base);
    Codec<?> codec = shape;
    Object value = null;
    boolean top = true;
    int i = 0;
    while (i < corePath.length()) {
      char c = corePath.charAt(i);
      if (c == '.') {
        i++;
        continue;
      }
      boolean key = c == '[';
      int end;
      String text;
      if (key) {
        end = corePath.indexOf(']', i);
        end = end < 0 ? corePath.length() : end;
        text = corePath.substring(i + 1, end);
        end++;
      } else {
        end = i;
        while (end < corePath.length() && corePath.charAt(end) != '.' && corePath.charAt(end) != '[') {
          end++;
        }
        text = corePath.substring(i, end);
      }
      i = end;
      if (!key && codec instanceof Shape && ((Shape<?, ?>) codec).prop(text) != null) {
        Shape<?, ?> s = (Shape<?, ?>) codec;
        Shape.Prop<?, ?> p = s.prop(text);
        value = top ? slots[s.slot(text)] : value == null ? null : get(p, value);
        codec = p.codec;
        In.appendSegment(path, text);
      } else if (key && codec instanceof ListOf && value instanceof Collection) {
        Codec<?> element = ((ListOf<?, ?>) codec).element();
        Index index = indexes.computeIfAbsent(value, v -> keys(element, List.copyOf((Collection<?>) v)));
        Integer at = index.keys.get(text);
        if (at == null && isIndex(text) && Integer.parseInt(text) < index.values.size()) {
          at = Integer.parseInt(text);
        }
        if (at == null) {
          path.append('[').append(text).append(']');
          codec = null;
        } else {
          path.append('[').append(at).append(']');
          value = index.values.get(at);
          codec = element;
        }
      } else if (key && codec instanceof MapOf && value instanceof Map) {
        MapOf<?, ?> map = (MapOf<?, ?>) codec;
        Index index = indexes.computeIfAbsent(value, v -> mapKeys(map, (Map<?, ?>) v));
        In.appendSegment(path, text);
        Integer at = index.keys.get(text);
        value = at == null ? null : index.values.get(at);
        codec = map.value();
      } else {
        if (key) {
          path.append('[').append(text).append(']');
        } else {
          In.appendSegment(path, text);
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

  private static boolean isIndex(String text) {
    if (text.isEmpty() || text.length() > 9) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      if (!Character.isDigit(text.charAt(i))) {
        return false;
      }
    }
    return true;
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
