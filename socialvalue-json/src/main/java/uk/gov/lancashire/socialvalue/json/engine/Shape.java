package uk.gov.lancashire.socialvalue.json.engine;

import org.jspecify.annotations.Nullable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonToken;
import uk.gov.lancashire.socialvalue.basics.Problem;
import uk.gov.lancashire.socialvalue.basics.ValidationException;

/**
 * The one declaration of a JSON object shape: a table of properties, each with its JSON name, codec,
 * getter, builder setter and whether it is required, optional or has a default. Reading (straight from
 * the token stream into the builder), writing (in the declared order) and the schema check all follow
 * from it.
 *
 * <pre>{@code
 * static final Shape<Theme, Shape.Args> THEME = Shape.<Theme>args(a -> Theme.of(a.get("id"), a.get("title")))
 *     .required("id", Scalars.STRING, Theme::id)
 *     .required("title", Scalars.STRING, Theme::title);
 * }</pre>
 *
 * <p>Reading never throws for bad input: every problem is recorded with its path, and the value is built
 * only when nothing in the object had a problem, so a bad document never yields a half-built value. A
 * property given as {@code null} counts as absent. The core's validation problems are placed on the
 * document's JSON paths by walking these declarations ({@code measures[NT3]} becomes {@code
 * $.measures[2]}), with one index per list, so mapping is linear in the document.
 *
 * <p>Declare a shape once, in a static final field; after that it is immutable and thread-safe.
 *
 * @param <T> the type
 * @param <B> its builder ({@link Args} for types made by a factory method)
 */
public final class Shape<T, B> implements Codec<T> {

  private final Supplier<B> start;
  private final Function<B, T> finish;
  private final String computed;
  private final List<Prop<T, B>> props = new ArrayList<>();
  private final Map<String, Integer> index = new HashMap<>();
  private String[] declared = new String[0];
  private tools.jackson.core.SerializableString[] expected = new tools.jackson.core.SerializableString[0];
  /** Bit i set when property i is required: one test per object read finds that none is missing. */
  private long required;
  /** The codec of each property, by slot (read once per value without going through the table's rows). */
  private Codec<?>[] codecs = new Codec<?>[0];
  private Marker marker;

  private Shape(Supplier<B> start, Function<B, T> finish, String computed) {
    this.start = start;
    this.finish = finish;
    this.computed = computed;
  }

  /**
   * @param start a new builder
   * @param finish builds the value; may throw the core's {@link ValidationException}
   * @return a shape with no properties yet
   */
  public static <T, B> Shape<T, B> of(Supplier<B> start, Function<B, T> finish) {
    return new Shape<>(start, finish, null);
  }

  /**
   * @param factory builds the value from the properties read, by name
   * @return a shape with no properties yet, for a type made by a factory method
   */
  public static <T> Shape<T, Args> args(Function<Args, T> factory) {
    return new Shape<>(null, factory, null);
  }

  /**
   * @param what the result, for the message, e.g. {@code a gap}
   * @param computedFrom what to read instead, e.g. {@code a needs analysis}
   * @return the shape of a computed result: written for reports and other systems, never read back
   *     (reading one is a problem naming what to read instead)
   */
  public static <T> Shape<T, Void> written(String what, String computedFrom) {
    return new Shape<>(null, null, what + " is a computed result: it is written, never read; read " + computedFrom
        + " and compute it again");
  }

  // ---------------------------------------------------------------- the table

  /**
   * Makes this the shape of a top-level document, which starts with {@code "format"} and {@code
   * "formatVersion"} (required at a document's root, checked wherever present).
   *
   * @param format e.g. {@code socialvalue/framework}
   * @param written the version written
   * @param read the versions read
   * @return this shape
   */
  public Shape<T, B> document(String format, int written, Set<Integer> read) {
    marker = new Marker(format, written, Set.copyOf(read));
    return this;
  }

  /** A required property. */
  public <V> Shape<T, B> required(String name, Codec<V> codec, Function<T, V> get, BiConsumer<B, V> set) {
    return add(name, codec, get, set, Absent.REQUIRED, null);
  }

  /** A required property of a factory-made or written-only type. */
  public <V> Shape<T, B> required(String name, Codec<V> codec, Function<T, V> get) {
    return required(name, codec, get, null);
  }

  /** An optional property, left out when empty. */
  public <V> Shape<T, B> optional(String name, Codec<V> codec, Function<T, Optional<V>> get, BiConsumer<B, V> set) {
    return add(name, codec, t -> get.apply(t).orElse(null), set, Absent.EMPTY, null);
  }

  /** An optional property of a factory-made or written-only type ({@link Args#opt}). */
  public <V> Shape<T, B> optional(String name, Codec<V> codec, Function<T, Optional<V>> get) {
    return optional(name, codec, get, null);
  }

  /** An optional whole number, left out when empty. */
  public Shape<T, B> optionalInt(String name, Function<T, OptionalInt> get, BiConsumer<B, Integer> set) {
    return add(name, Scalars.INTEGER, t -> {
      OptionalInt v = get.apply(t);
      return v.isPresent() ? v.getAsInt() : null;
    }, set, Absent.EMPTY, null);
  }

  /** A property with a default: absent means the default, and the default is left out when written. */
  public <V> Shape<T, B> withDefault(String name, Codec<V> codec, V dflt, Function<T, V> get, BiConsumer<B, V> set) {
    return add(name, codec, t -> {
      V v = get.apply(t);
      return dflt.equals(v) ? null : v;
    }, set, Absent.DEFAULT, dflt);
  }

  /** A property with a default, of a factory-made or written-only type. */
  public <V> Shape<T, B> withDefault(String name, Codec<V> codec, V dflt, Function<T, V> get) {
    return withDefault(name, codec, dflt, get, null);
  }

  /** A property whose absence means the builder's default; always written. */
  public <V> Shape<T, B> defaulted(String name, Codec<V> codec, Function<T, V> get, BiConsumer<B, V> set) {
    return add(name, codec, get, set, Absent.EMPTY, null);
  }

  /**
   * A table of values the document declares once and refers to by key elsewhere ({@link Refs#table}):
   * read for the references, never set on the builder; left out when empty.
   */
  public <V> Shape<T, B> table(String name, Codec<List<V>> table, Function<T, List<V>> get) {
    return add(name, table, t -> {
      List<V> v = get.apply(t);
      return v.isEmpty() ? null : v;
    }, null, Absent.DEFAULT, List.of());
  }

  /** A property read by a collection codec: absent means {@code empty}; always written. */
  public <V> Shape<T, B> withEmpty(String name, Codec<V> codec, V empty, Function<T, V> get) {
    return withEmpty(name, codec, empty, get, null);
  }

  /** A property read by a collection codec, set on the builder: absent means {@code empty}; always written. */
  public <V> Shape<T, B> withEmpty(String name, Codec<V> codec, V empty, Function<T, V> get, BiConsumer<B, V> set) {
    return add(name, codec, get, set, Absent.DEFAULT, empty);
  }

  /** An array property; absent means empty; always written. */
  public <V> Shape<T, B> list(String name, Codec<V> element, Function<T, List<V>> get, BiConsumer<B, List<V>> set) {
    return add(name, ListOf.list(element), get, set, Absent.DEFAULT, List.of());
  }

  /** An array property of a factory-made or written-only type. */
  public <V> Shape<T, B> list(String name, Codec<V> element, Function<T, List<V>> get) {
    return list(name, element, get, null);
  }

  /** An array of distinct values; a repeated element is a problem; absent means empty; always written. */
  public <V> Shape<T, B> set(String name, Codec<V> element, Function<T, ? extends Set<V>> get,
      BiConsumer<B, Set<V>> set) {
    return add(name, ListOf.set(element), get::apply, set, Absent.DEFAULT, Set.of());
  }

  /** An object used as a map; two names for one key are a problem; absent means empty; always written. */
  public <K, V> Shape<T, B> map(String name, KeyCodec<K> key, Codec<V> value, Function<T, Map<K, V>> get,
      BiConsumer<B, Map<K, V>> set) {
    return add(name, MapOf.of(key, value), get, set, Absent.DEFAULT, Map.of());
  }

  /** A map property of a factory-made or written-only type. */
  public <K, V> Shape<T, B> map(String name, KeyCodec<K> key, Codec<V> value, Function<T, Map<K, V>> get) {
    return map(name, key, value, get, null);
  }

  /** Leaves the last declared collection property out of the written form when it is empty. */
  public Shape<T, B> omitEmpty() {
    Prop<T, B> last = props.get(props.size() - 1);
    Function<T, ?> get = last.get;
    props.set(props.size() - 1, new Prop<>(last.name, last.codec, t -> {
      Object v = get.apply(t);
      return v instanceof java.util.Collection && ((java.util.Collection<?>) v).isEmpty()
          || v instanceof Map && ((Map<?, ?>) v).isEmpty() ? null : v;
    }, last.set, last.absent, last.dflt));
    return this;
  }

  @SuppressWarnings("unchecked")
  private <V> Shape<T, B> add(String name, Codec<V> codec, Function<T, ?> get, BiConsumer<B, V> set, Absent absent,
      Object dflt) {
    if (index.put(name, props.size()) != null || props.size() == 64) {
      throw new IllegalStateException("property " + name + " declared twice, or more than 64 properties");
    }
    props.add(new Prop<>(name, codec, get, (BiConsumer<B, Object>) set, absent, dflt));
    if (absent == Absent.REQUIRED) {
      required |= 1L << (props.size() - 1);
    }
    declared = java.util.Arrays.copyOf(declared, props.size());
    declared[props.size() - 1] = name;
    codecs = java.util.Arrays.copyOf(codecs, props.size());
    codecs[props.size() - 1] = codec;
    expected = java.util.Arrays.copyOf(expected, props.size());
    expected[props.size() - 1] = new tools.jackson.core.io.SerializedString(name);
    return this;
  }

  /** @return the declared properties, in order (for the schema check and tools) */
  public List<Property> properties() {
    List<Property> list = new ArrayList<>();
    if (marker != null) {
      list.add(new Property("format", null, true));
      list.add(new Property("formatVersion", null, true));
    }
    for (Prop<T, B> p : props) {
      list.add(new Property(p.name, p.codec, p.absent == Absent.REQUIRED));
    }
    return Collections.unmodifiableList(list);
  }

  /** @return the document format, or {@code null} when this is not a document */
  public @Nullable String format() {
    return marker == null ? null : marker.format;
  }

  /** @return true when the type is a computed result, written only */
  public boolean writtenOnly() {
    return computed != null;
  }

  /**
   * One declared property, as tools see it.
   *
   * @param name the JSON name
   * @param codec its codec ({@code null} for the format marker)
   * @param required true when it must be present
   */
  public record Property(String name, Codec<?> codec, boolean required) {}

  // ---------------------------------------------------------------- reading

  @Override
  public T read(In in) {
    if (computed != null) {
      in.problem(computed);
      in.skip();
      return null;
    }
    if (in.token() != JsonToken.START_OBJECT) {
      return Scalars.wrong(in, "must be an object");
    }
    long before = in.count();
    boolean root = in.depth() == 0 && in.documentRoot();
    Object[] slots = new Object[props.size()];
    long seen = 0;
    long named = 0; // every declared property met, null or not: a repeat stops the reading
    Set<String> others = null; // the other names met, when the parser leaves repeats to this reader
    int markers = 0;
    int slot = -1;
    while (true) {
      String name;
      if (slot + 1 < expected.length && in.nextName(expected[slot + 1])) {
        slot++; // the declared order, matched in the input without building the name
        name = declared[slot];
      } else if (in.token() == JsonToken.PROPERTY_NAME) {
        name = in.parser().currentName();
        slot = find(name, slot + 1);
      } else if (slot + 1 < expected.length || in.next() != JsonToken.PROPERTY_NAME) {
        break;
      } else {
        name = in.parser().currentName();
        slot = find(name, slot + 1);
      }
      if (slot >= 0) {
        if ((named & 1L << slot) != 0) {
          in.repeated(name);
        }
        named |= 1L << slot;
      } else if (in.checksNames()) {
        if (others == null) {
          others = new java.util.HashSet<>();
        }
        if (!others.add(name)) {
          in.repeated(name);
        }
      }
      in.spend(name.length());
      in.next();
      if (slot < 0) {
        if (marker != null && marker.isMarker(name)) {
          markers |= marker.read(name, in);
        } else {
          if (in.rejectsUnknown()) {
            in.problemAt(name, "unknown property; expected one of " + names());
          }
          in.skip();
        }
        continue;
      }
      if (in.token() == JsonToken.VALUE_NULL) {
        continue;
      }
      seen |= 1L << slot;
      in.enter(name);
      slots[slot] = codecs[slot].read(in);
      in.leave();
    }
    if (marker != null) {
      marker.checkPresent(markers, root, in);
    }
    if ((required & ~seen) != 0) {
      for (int i = 0; i < props.size(); i++) {
        if ((seen & 1L << i) == 0 && props.get(i).absent == Absent.REQUIRED) {
          in.problemAt(props.get(i).name, "is required");
        }
      }
    }
    if (in.count() > before) {
      return null;
    }
    return build(in, slots, seen);
  }

  @SuppressWarnings("unchecked")
  private T build(In in, Object[] slots, long seen) {
    try {
      if (start == null) {
        return finish.apply((B) new Args(this, slots, seen));
      }
      B builder = start.get();
      for (int i = 0; i < props.size(); i++) {
        if ((seen & 1L << i) != 0 && props.get(i).set != null) { // no setter: a table read for its references
          props.get(i).set.accept(builder, slots[i]);
        }
      }
      return finish.apply(builder);
    } catch (ValidationException e) {
      String base = in.path();
      Map<Object, CorePaths.Index> indexes = new java.util.IdentityHashMap<>();
      for (Problem p : e.problems()) {
        in.report(CorePaths.toJson(this, slots, base, p.where(), indexes), p.message());
      }
      return null;
    } catch (IllegalArgumentException | NullPointerException | IllegalStateException e) {
      in.problem(String.valueOf(e.getMessage()));
      return null;
    }
  }

  private List<String> names() {
    List<String> names = new ArrayList<>();
    if (marker != null) {
      names.add("format");
      names.add("formatVersion");
    }
    props.forEach(p -> names.add(p.name));
    return names;
  }

  /**
   * Finds a property by name, trying first the declared order from {@code from} on: a document written by
   * this library gives the properties in that order, so the search usually ends at its first comparison.
   *
   * @return the slot of the property, or -1
   */
  private int find(String name, int from) {
    String[] all = declared;
    for (int i = from; i < all.length; i++) {
      if (all[i].equals(name)) {
        return i;
      }
    }
    Integer i = index.get(name);
    return i == null ? -1 : i;
  }

  /** @return the property declared with this name, or {@code null} */
  Prop<T, B> prop(String name) {
    int i = find(name, 0);
    return i < 0 ? null : props.get(i);
  }

  /** @return the slot of a property, or -1 */
  int slot(String name) {
    return find(name, 0);
  }

  // ---------------------------------------------------------------- writing

  @Override
  public void write(JsonGenerator out, T value) {
    out.writeStartObject();
    if (marker != null && out.streamWriteContext().getParent() != null
        && out.streamWriteContext().getParent().inRoot()) {
      out.writeStringProperty("format", marker.format);
      out.writeNumberProperty("formatVersion", marker.written);
    }
    for (int i = 0; i < props.size(); i++) {
      Prop<T, B> p = props.get(i);
      Object v = p.get.apply(value);
      if (v != null) {
        out.writeName(expected[i]); // the name's JSON form, escaped and encoded once per shape
        p.write(out, v);
      }
    }
    out.writeEndObject();
  }

  // ---------------------------------------------------------------- parts

  private enum Absent { REQUIRED, EMPTY, DEFAULT }

  /** One row of the table. */
  static final class Prop<T, B> {
    final String name;
    final Codec<?> codec;
    final Function<T, ?> get;
    final BiConsumer<B, Object> set;
    final Absent absent;
    final Object dflt;

    Prop(String name, Codec<?> codec, Function<T, ?> get, BiConsumer<B, Object> set, Absent absent, Object dflt) {
      this.name = name;
      this.codec = codec;
      this.get = get;
      this.set = set;
      this.absent = absent;
      this.dflt = dflt;
    }

    @SuppressWarnings("unchecked")
    void write(JsonGenerator out, Object v) {
      ((Codec<Object>) codec).write(out, v);
    }
  }

  /**
   * The properties read for a type made by a factory method, by name: {@code a.get("id")}, {@code
   * a.opt("description")}; an absent property with a default gives the default.
   */
  public static final class Args {
    private final Shape<?, ?> shape;
    private final Object[] slots;
    private final long seen;

    Args(Shape<?, ?> shape, Object[] slots, long seen) {
      this.shape = shape;
      this.slots = slots;
      this.seen = seen;
    }

    /**
     * @param name a declared property
     * @return its value, or its default when absent ({@code null} for an absent optional property)
     */
    @SuppressWarnings("unchecked")
    public <V> V get(String name) {
      int i = shape.slot(name);
      if (i < 0) {
        throw new IllegalStateException("no property " + name + " declared");
      }
      return (V) ((seen & 1L << i) != 0 ? slots[i] : shape.props.get(i).dflt);
    }

    /**
     * @param name a declared optional property
     * @return its value, empty when absent
     */
    public <V> Optional<V> opt(String name) {
      return Optional.ofNullable(get(name));
    }
  }

  /** The format marker of a document shape. */
  private static final class Marker {
    final String format;
    final int written;
    final Set<Integer> read;

    Marker(String format, int written, Set<Integer> read) {
      this.format = format;
      this.written = written;
      this.read = read;
    }

    boolean isMarker(String name) {
      return "format".equals(name) || "formatVersion".equals(name);
    }

    /** @return 1 for the format, 2 for the version */
    int read(String name, In in) {
      in.enter(name);
      if ("format".equals(name)) {
        if (in.token() != JsonToken.VALUE_STRING || !format.equals(in.parser().getString())) {
          in.problem("expected \"" + format + "\", was " + in.describe());
          in.skip();
        }
        in.leave();
        return 1;
      }
      if (in.token() != JsonToken.VALUE_NUMBER_INT
          || in.parser().getNumberType() != tools.jackson.core.JsonParser.NumberType.INT
          || !read.contains(in.parser().getIntValue())) {
        in.problem("must be a supported version of " + format + ", was " + in.describe()
            + "; this library reads versions " + new java.util.TreeSet<>(read));
        in.skip();
      } else if (in.depth() == 1) {
        in.formatVersion(in.parser().getIntValue());
      }
      in.leave();
      return 2;
    }

    void checkPresent(int markers, boolean root, In in) {
      if (markers == 0) {
        if (root) {
          in.problem("is not a " + format + " document: \"format\": \"" + format + "\" and \"formatVersion\": "
              + written + " are required");
        }
        return;
      }
      if ((markers & 1) == 0) {
        in.problemAt("format", "is required beside \"formatVersion\", expected \"" + format + "\"");
      }
      if ((markers & 2) == 0) {
        in.problemAt("formatVersion", "is required beside \"format\"; supported versions: "
            + new java.util.TreeSet<>(read));
      }
    }
  }
}
