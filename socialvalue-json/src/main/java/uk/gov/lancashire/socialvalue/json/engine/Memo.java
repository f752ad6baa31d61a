package uk.gov.lancashire.socialvalue.json.engine;

import org.jspecify.annotations.Nullable;
import java.util.function.Function;

/**
 * A small, bounded memo of short texts and the values the core parses them to, both ways: a document
 * names few distinct quarters and measure codes many times, and the core's parsers and formatters are
 * written for clarity, not for a million calls a second. Looked up straight from the parser's character
 * buffer, so a hit builds no string.
 *
 * <p>Bounded whatever the input: {@value #SLOTS} slots, texts of at most {@value #MAX_TEXT} characters; a
 * new text replaces the one in its slot. Thread-safe: a slot holds an immutable entry (final fields), so
 * racing readers see either an old entry, a new one or none, and a miss only costs a parse. The values must
 * be immutable.
 *
 * @param <T> the value type
 */
final class Memo<T> {

  /** The longest text memoised. */
  static final int MAX_TEXT = 32;
  private static final int SLOTS = 256;

  private final Entry<?>[] byText = new Entry<?>[SLOTS];
  private final Entry<?>[] byValue = new Entry<?>[SLOTS];

  /**
   * @param chars a buffer
   * @param offset where the text starts
   * @param length its length
   * @return the value memoised for that text, or {@code null}
   */
  @SuppressWarnings("unchecked")
  @Nullable T value(char[] chars, int offset, int length) {
    if (length > MAX_TEXT) {
      return null;
    }
    int h = 0;
    for (int i = 0; i < length; i++) {
      h = 31 * h + chars[offset + i];
    }
    Entry<?> e = byText[slot(h)];
    if (e == null) {
      return null;
    }
    char[] known = e.chars;
    if (known.length != length) {
      return null;
    }
    for (int i = 0; i < length; i++) {
      if (known[i] != chars[offset + i]) {
        return null;
      }
    }
    return (T) e.value;
  }

  /**
   * @param value a value
   * @param format its text, when not memoised
   * @return its text
   */
  String text(T value, Function<T, String> format) {
    int slot = slot(value.hashCode());
    Entry<?> e = byValue[slot];
    if (e != null && e.value.equals(value)) {
      return e.text;
    }
    String text = format.apply(value);
    if (text.length() <= MAX_TEXT) {
      byValue[slot] = new Entry<>(text, value);
    }
    return text;
  }

  /**
   * @param text a text read
   * @param value what it parses to
   */
  void remember(String text, T value) {
    if (text.length() <= MAX_TEXT) {
      byText[slot(text.hashCode())] = new Entry<>(text, value);
    }
  }

  private static int slot(int hash) {
    return (hash ^ hash >>> 16) & SLOTS - 1;
  }

  private static final class Entry<T> {
    final String text;
    final char[] chars;
    final T value;

    Entry(String text, T value) {
      this.text = text;
      this.chars = text.toCharArray();
      this.value = value;
    }
  }
}
