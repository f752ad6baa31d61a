package uk.gov.lancashire.socialvalue.json;

import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import uk.gov.lancashire.socialvalue.basics.Problem;
import uk.gov.lancashire.socialvalue.basics.ValidationException;

/**
 * A value written as a JSON string through the core's own {@code parse} and {@code toString}, such as
 * a measure code ({@code "NT1"}) or a financial year ({@code "2024/25"}). Also reads object keys.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <T> the type
 */
final class TextCodec<T> implements JsonCodec<T>, KeyCodec<T> {

  private final Function<String, T> parse;
  private final Function<T, String> format;

  private TextCodec(Function<String, T> parse, Function<T, String> format) {
    this.parse = parse;
    this.format = format;
  }

  /**
   * @param parse the core's parser; it throws {@link ValidationException} for bad text
   * @param format the inverse of {@code parse}
   * @return the codec
   */
  static <T> TextCodec<T> of(Function<String, T> parse, Function<T, String> format) {
    return new TextCodec<>(parse, format);
  }

  @Override
  public @Nullable T read(Cursor in) {
    String text = Scalars.STRING.read(in);
    return text == null ? null : read(text, in);
  }

  @Override
  public @Nullable T read(String key, Cursor at) {
    try {
      return parse.apply(key);
    } catch (ValidationException e) {
      for (Problem p : e.problems()) {
        at.problem(p.message());
      }
      return null;
    }
  }

  @Override
  public JsonNode write(T value) {
    return JsonNodeFactory.instance.stringNode(format.apply(value));
  }

  /**
   * @param value a value
   * @return its text
   */
  String text(T value) {
    return format.apply(value);
  }
}
