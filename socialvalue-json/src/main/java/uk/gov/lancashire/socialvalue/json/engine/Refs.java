package uk.gov.lancashire.socialvalue.json.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;

/**
 * Values a document declares once, in a table such as {@code "measures": […]}, and refers to by key
 * elsewhere, such as {@code "measure": "NT1"}: a valuation names one edition for five lines instead of
 * repeating it five times. The table must come before the references (every writer puts it there); a
 * reference may also be the value itself, embedded, as format versions before tables were written.
 *
 * <p>Nothing is lost silently: a key declared twice, a reference to no declared value and a declared value
 * no reference uses are each a problem with its path. Writing declares the first value of each key; a
 * value whose key an unequal value already holds (two different measures with one code) is written
 * embedded where it is used, as is a reference written with no table in scope, so every document written
 * reads back to the same value.
 */
public final class Refs {

  private Refs() {}

  /**
   * @param <V> the value type
   * @param table the table's property name, such as {@code measures}
   * @param element how each value is read and written
   * @param key the key a reference gives, such as a measure's code
   * @return the codec of the table: a JSON array of values, each key once
   */
  public static <V> Table<V> table(String table, Codec<V> element, Function<V, String> key) {
    ListOf<V, List<V>> list = ListOf.list(element);
    return new Table<>(element) {
      @Override
      public List<V> read(In in) {
        List<V> values = list.read(in);
        if (values == null) {
          return null;
        }
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (int i = 0; i < values.size(); i++) {
          Entry earlier = entries.putIfAbsent(key.apply(values.get(i)), new Entry(values.get(i), i));
          if (earlier != null) {
            in.enter(i);
            in.problem("declares " + Describe.quoted(key.apply(values.get(i))) + " again; it is declared at ["
                + earlier.index + "]");
            in.leave();
          }
        }
        in.tables().put(table, entries);
        return values;
      }

      @Override
      public void write(JsonGenerator out, List<V> value) {
        Map<String, V> declared = new LinkedHashMap<>();
        value.forEach(v -> declared.putIfAbsent(key.apply(v), v));
        Declared tables = out.streamWriteContext().currentValue() instanceof Declared d ? d : new Declared();
        out.streamWriteContext().assignCurrentValue(tables);
        tables.tables.put(table, declared);
        list.write(out, List.copyOf(declared.values()));
      }
    };
  }

  /**
   * @param <V> the value type
   * @param table the table's property name
   * @param embedded how the value itself is read, when given in place of a reference
   * @param key the key a reference gives
   * @param what what a value is, for messages, such as {@code measure}
   * @return the codec of a reference: read as a key (a JSON string) or as the value itself; written as
   *     the key when the table in scope declares this value under it, else as the value itself
   */
  public static <V> Wrapped<V> ref(String table, Codec<V> embedded, Function<V, String> key, String what) {
    return new Wrapped<>(embedded) {
      @Override
      @SuppressWarnings("unchecked")
      public V read(In in) {
        if (in.token() != JsonToken.VALUE_STRING) {
          return embedded.read(in);
        }
        String text = Scalars.STRING.read(in);
        Map<String, Entry> entries = in.tables().get(table);
        Entry entry = entries == null ? null : entries.get(text);
        if (entry == null) {
          in.problem("refers to " + what + " " + Describe.quoted(text) + ", which \"" + table + "\" does not declare"
              + (entries == null ? " (\"" + table + "\" must come first)" : ""));
          return null;
        }
        entry.used = true;
        return (V) entry.value;
      }

      @Override
      public void write(JsonGenerator out, V value) {
        String k = key.apply(value);
        for (TokenStreamContext c = out.streamWriteContext(); c != null; c = c.getParent()) {
          if (c.currentValue() instanceof Declared declared && declared.tables.containsKey(table)) {
            if (value.equals(declared.tables.get(table).get(k))) {
              out.writeString(k);
              return;
            }
            break;
          }
        }
        embedded.write(out, value);
      }
    };
  }

  /**
   * @param <V> the element type
   * @param refers the codec of the property holding the references, such as the lines
   * @param tables the tables whose every value must be used, properties of the same object
   * @return a codec that, after reading, reports each declared value no reference used
   */
  public static <V> Wrapped<V> using(Codec<V> refers, String... tables) {
    return new Wrapped<>(refers) {
      @Override
      public V read(In in) {
        long before = in.count();
        V value = refers.read(in);
        if (in.count() > before) {
          return value; // a value that failed may not have reached its references
        }
        Object here = in.leaveProperty();
        for (String table : tables) {
          Map<String, Entry> entries = in.tables().getOrDefault(table, Map.of());
          List<Entry> unused = new ArrayList<>();
          entries.values().stream().filter(e -> !e.used).forEach(unused::add);
          in.enter(table);
          for (Entry e : unused) {
            in.enter(e.index);
            in.problem("is declared but no reference uses it");
            in.leave();
          }
          in.leave();
        }
        in.enter((String) here);
        return value;
      }

      @Override
      public void write(JsonGenerator out, V value) {
        refers.write(out, value);
      }
    };
  }

  /**
   * The codec of a table, naming the codec of its elements (for tools such as the schema check).
   *
   * @param <V> the element type
   */
  public abstract static class Table<V> implements Codec<List<V>> {
    private final Codec<V> element;

    Table(Codec<V> element) {
      this.element = element;
    }

    /** @return the codec of each element */
    public Codec<V> element() {
      return element;
    }
  }

  /**
   * A codec that reads through another one (a reference's embedded form, the references' property), naming
   * it for tools such as the schema check.
   *
   * @param <V> the type
   */
  public abstract static class Wrapped<V> implements Codec<V> {
    private final Codec<V> inner;

    Wrapped(Codec<V> inner) {
      this.inner = inner;
    }

    /** @return the codec read through */
    public Codec<V> inner() {
      return inner;
    }
  }

  /** The tables an object being written declares, by table name, each value by its key. */
  private static final class Declared {
    final Map<String, Map<String, ?>> tables = new HashMap<>();
  }

  /** A declared value, where it was declared, and whether a reference used it. */
  static final class Entry {
    final Object value;
    final int index;
    boolean used;

    Entry(Object value, int index) {
      this.value = value;
      this.index = index;
    }
  }
}
