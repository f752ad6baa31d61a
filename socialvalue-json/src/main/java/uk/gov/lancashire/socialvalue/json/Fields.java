package uk.gov.lancashire.socialvalue.json;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import uk.gov.lancashire.socialvalue.basics.Problem;
import uk.gov.lancashire.socialvalue.basics.ValidationException;

/**
 * Reads the properties of one JSON object, recording every problem with its path: missing and
 * wrongly typed properties, unknown properties, and the core's validation problems when the value is
 * built.
 *
 * <p>Typical use in a codec:
 *
 * <pre>{@code
 * Fields f = Fields.of(in);
 * String id = f.required("id", Scalars.STRING);
 * String title = f.required("title", Scalars.STRING);
 * return f.build(() -> Theme.of(id, title));
 * }</pre>
 *
 * <p>{@link #build(Supplier)} runs the core's builder only when nothing in this object had a problem,
 * so a bad document never yields a half-built value.
 */
final class Fields {

  private final Cursor cursor;
  private final boolean isObject;
  private final int problemsBefore;
  private final Set<String> known = new LinkedHashSet<>();

  private Fields(Cursor cursor, boolean isObject, int problemsBefore) {
    this.cursor = cursor;
    this.isObject = isObject;
    this.problemsBefore = problemsBefore;
  }

  /**
   * @param in where the object should be
   * @return the reader; when the node is not an object a problem is recorded and every read yields
   *     nothing
   */
  static Fields of(Cursor in) {
    int before = in.reading().count();
    boolean isObject = in.node().isObject();
    if (!isObject) {
      in.problem("must be an object, was " + in.describe());
    }
    return new Fields(in, isObject, before);
  }

  /** @return where this object is */
  Cursor cursor() {
    return cursor;
  }

  /**
   * Reads the format marker of a top-level document: {@code "format"} and {@code "formatVersion"}. Both are
   * required at the root of a document and checked wherever present.
   *
   * @param format the expected format, e.g. {@code socialvalue/framework}
   */
  void marker(String format) {
    Cursor f = present("format");
    Cursor v = present("formatVersion");
    if (f == null && v == null) {
      if (isObject && cursor.isDocumentRoot()) {
        cursor.problem("is not a " + format + " document: \"format\": \"" + format + "\" and \"formatVersion\": "
            + Formats.CURRENT + " are required");
      }
      return;
    }
    if (f == null) {
      cursor.property("format").problem("is required beside \"formatVersion\", expected \"" + format + "\"");
    } else if (!f.node().isString() || !format.equals(f.node().stringValue())) {
      f.problem("expected \"" + format + "\", was " + f.describe());
    }
    if (v == null) {
      cursor.property("formatVersion").problem("is required beside \"format\"; supported versions: "
          + Formats.SUPPORTED);
    } else if (!v.node().isIntegralNumber() || !v.node().canConvertToInt()
        || !Formats.SUPPORTED.contains(v.node().intValue())) {
      v.problem("must be a supported version of " + format + ", was " + v.describe()
          + "; this library reads versions " + Formats.SUPPORTED);
    }
  }

  /**
   * @param name a property
   * @param codec how to read it
   * @return the value, or {@code null} when missing or bad (a problem is recorded)
   */
  <T> @Nullable T required(String name, JsonCodec<T> codec) {
    Cursor at = present(name);
    if (at == null) {
      if (isObject) {
        cursor.property(name).problem("is required");
      }
      return null;
    }
    return codec.read(at);
  }

  /**
   * @param name a property; {@code null} in the document counts as absent
   * @param codec how to read it
   * @return the value, empty when absent or bad (a problem is recorded when bad)
   */
  <T> Optional<T> optional(String name, JsonCodec<T> codec) {
    Cursor at = present(name);
    return at == null ? Optional.empty() : Optional.ofNullable(codec.read(at));
  }

  /**
   * @param name a property holding an array; absent means empty
   * @param codec how to read each element
   * @return the elements that could be read
   */
  <T> List<T> list(String name, JsonCodec<T> codec) {
    Cursor at = present(name);
    if (at == null) {
      return List.of();
    }
    if (!at.node().isArray()) {
      at.problem("must be an array, was " + at.describe());
      return List.of();
    }
    List<T> values = new ArrayList<>();
    for (int i = 0; i < at.node().size(); i++) {
      T value = codec.read(at.element(i));
      if (value != null) {
        values.add(value);
      }
    }
    return Collections.unmodifiableList(values);
  }

  /**
   * @param name a property holding an array of distinct values; absent means empty
   * @param codec how to read each element
   * @return the elements that could be read, in document order; a repeated element is a problem (the
   *     core would drop it silently, and the document would not be written back as it was read)
   */
  <T> Set<T> set(String name, JsonCodec<T> codec) {
    Cursor at = present(name);
    if (at == null) {
      return Set.of();
    }
    if (!at.node().isArray()) {
      at.problem("must be an array, was " + at.describe());
      return Set.of();
    }
    Set<T> values = new LinkedHashSet<>();
    for (int i = 0; i < at.node().size(); i++) {
      Cursor element = at.element(i);
      T value = codec.read(element);
      if (value != null && !values.add(value)) {
        element.problem("repeats " + element.describe() + "; each value may appear once");
      }
    }
    return Collections.unmodifiableSet(values);
  }

  /**
   * @param name a property holding an object used as a map; absent means empty
   * @param key how to read each key
   * @param codec how to read each value
   * @return the entries that could be read, in document order
   */
  <K, V> Map<K, V> map(String name, KeyCodec<K> key, JsonCodec<V> codec) {
    Cursor at = present(name);
    if (at == null) {
      return Map.of();
    }
    if (!at.node().isObject()) {
      at.problem("must be an object, was " + at.describe());
      return Map.of();
    }
    Map<K, V> values = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> entry : at.node().properties()) {
      Cursor value = at.property(entry.getKey());
      K k = key.read(entry.getKey(), value);
      V v = codec.read(value);
      if (k != null && v != null) {
        values.put(k, v);
      }
    }
    return Collections.unmodifiableMap(values);
  }

  /**
   * Reports unknown properties, then builds the value if nothing in this object had a problem,
   * recording the core's validation problems on their JSON paths.
   *
   * @param construction runs the core builder or factory
   * @return the value, or {@code null} when there were problems
   */
  <T> @Nullable T build(Supplier<T> construction) {
    reportUnknown();
    if (!isObject || cursor.reading().count() > problemsBefore) {
      return null;
    }
    try {
      return construction.get();
    } catch (ValidationException e) {
      for (Problem p : e.problems()) {
        cursor.reading().add(CorePaths.toJson(cursor.node(), cursor.path(), p.path()), p.message());
      }
      return null;
    } catch (IllegalArgumentException | NullPointerException e) {
      cursor.problem(String.valueOf(e.getMessage()));
      return null;
    }
  }

  private @Nullable Cursor present(String name) {
    known.add(name);
    if (!isObject) {
      return null;
    }
    JsonNode node = cursor.node().get(name);
    return node == null || node.isNull() ? null : cursor.property(name);
  }

  private void reportUnknown() {
    if (!isObject || !cursor.reading().options().rejectUnknownProperties()) {
      return;
    }
    for (String name : cursor.node().propertyNames()) {
      if (!known.contains(name)) {
        cursor.property(name).problem("unknown property; expected one of " + known);
      }
    }
  }
}
