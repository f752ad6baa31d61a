package uk.gov.lancashire.socialvalue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a record's canonical constructor names every null in its collection components: given a sound
 * record, it rebuilds it with each list, set or map component replaced by null, then by a copy holding one
 * null element (a null value under an existing key, for a map), and expects a {@link NullPointerException}
 * whose message is the component's name, or its name and where the null sits ({@code kpis[2]}, {@code
 * needs[LT6]}) — never the JVM's anonymous NPE of {@code List.copyOf}.
 */
public final class RecordNulls {

  private RecordNulls() {}

  /**
   * @param sound a record whose components are all valid
   * @return how many collection components were checked (at least one, else the call fails)
   */
  public static int collectionsNamed(Record sound) {
    RecordComponent[] components = sound.getClass().getRecordComponents();
    Object[] values = new Object[components.length];
    Class<?>[] types = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      RecordComponent component = components[i];
      values[i] = invoke(() -> component.getAccessor().invoke(sound));
      types[i] = component.getType();
    }
    Constructor<?> canonical = invoke(() -> sound.getClass().getDeclaredConstructor(types));
    int checked = 0;
    for (int i = 0; i < components.length; i++) {
      String name = components[i].getName();
      Object value = values[i];
      if (value instanceof Collection<?> c) {
        List<Object> withNull = new ArrayList<>(c);
        withNull.add(null);
        Object bad = types[i] == List.class || types[i] == Collection.class ? withNull : new NullSet(withNull);
        expectNamed(canonical, values, i, null, name);
        expectNamed(canonical, values, i, bad, name + "[" + c.size() + "]");
        checked++;
      } else if (value instanceof Map<?, ?> m) {
        expectNamed(canonical, values, i, null, name);
        if (!m.isEmpty()) {
          Map<Object, Object> withNull = new LinkedHashMap<>(m);
          Object key = m.keySet().iterator().next();
          withNull.put(key, null);
          expectNamed(canonical, values, i, withNull, name + "[" + key + "]");
        }
        checked++;
      }
    }
    assertThat(checked).as("collection components of %s", sound.getClass().getSimpleName()).isPositive();
    return checked;
  }

  private static void expectNamed(Constructor<?> canonical, Object[] values, int index, Object replacement,
      String message) {
    Object[] args = Arrays.copyOf(values, values.length);
    args[index] = replacement;
    assertThatThrownBy(() -> {
      try {
        canonical.newInstance(args);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
    }).as("%s with %s", canonical.getDeclaringClass().getSimpleName(), message)
        .isInstanceOf(NullPointerException.class).hasMessage(message);
  }

  /** A set, in the iteration order given, that holds a null as its last element. */
  private static final class NullSet extends java.util.AbstractSet<Object> {
    private final List<Object> elements;

    NullSet(List<Object> elements) {
      this.elements = elements;
    }

    @Override
    public java.util.Iterator<Object> iterator() {
      return elements.iterator();
    }

    @Override
    public int size() {
      return elements.size();
    }
  }

  private interface Call<T> {
    T call() throws ReflectiveOperationException;
  }

  private static <T> T invoke(Call<T> call) {
    try {
      return call.call();
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }
}
