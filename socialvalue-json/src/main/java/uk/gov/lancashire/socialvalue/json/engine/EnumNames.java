package uk.gov.lancashire.socialvalue.json.engine;

import java.util.EnumMap;
import java.util.HashMap;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import tools.jackson.core.JsonGenerator;

/**
 * The stable wire names of an enum (as values and as object keys), given by an explicit table so that renaming a Java constant never
 * changes a document. Every constant must have exactly one name; building an incomplete table fails.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <E> the enum
 */
public final class EnumNames<E extends Enum<E>> implements Codec<E>, KeyCodec<E> {

  private final String what;
  private final Map<E, String> names;
  private final Map<String, E> values = new HashMap<>();
  private final Memo<E> memo = new Memo<>();

  private EnumNames(Class<E> type, String what, Map<E, String> table) {
    this.what = what;
    this.names = new EnumMap<>(table);
    for (E constant : type.getEnumConstants()) {
      String name = names.get(constant);
      if (name == null || values.put(name, constant) != null) {
        throw new IllegalStateException("no unique wire name for " + type.getSimpleName() + "." + constant);
      }
      memo.remember(name, constant);
    }
  }

  /**
   * @param type the enum
   * @param what what a value is, for messages, e.g. {@code unit}
   * @param table the name of every constant
   * @return the names
   */
  public static <E extends Enum<E>> EnumNames<E> of(Class<E> type, String what, Map<E, String> table) {
    return new EnumNames<>(type, what, table);
  }

  /**
   * @param value a constant
   * @return its wire name
   */
  public String name(E value) {
    return names.get(value);
  }

  /** @return every wire name, sorted */
  public List<String> allNames() {
    return List.copyOf(new TreeSet<>(values.keySet()));
  }

  /**
   * @param name a wire name
   * @return the constant, or {@code null} when unknown
   */
  public E valueOf(String name) {
    return values.get(name);
  }

  @Override
  public E read(In in) {
    if (in.token() == JsonToken.VALUE_STRING) {
      JsonParser p = in.parser();
      E known = memo.value(p.getStringCharacters(), p.getStringOffset(), p.getStringLength());
      if (known != null) {
        return known;
      }
    }
    String text = Scalars.STRING.read(in);
    if (text == null) {
      return null;
    }
    E value = values.get(text);
    if (value == null) {
      in.problem("unknown " + what + " " + Describe.quoted(text) + "; expected one of " + allNames());
    }
    return value;
  }

  @Override
  public E readKey(String key, In in) {
    E value = values.get(key);
    if (value == null) {
      in.problem("unknown " + what + " " + Describe.quoted(key) + "; expected one of " + allNames());
    }
    return value;
  }

  @Override
  public String text(E value) {
    return names.get(value);
  }

  @Override
  public void write(JsonGenerator out, E value) {
    out.writeString(names.get(value));
  }
}
