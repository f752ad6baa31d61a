package uk.gov.lancashire.socialvalue.json;

import java.util.function.Function;
import java.util.regex.Pattern;
import uk.gov.lancashire.socialvalue.basics.ValidationException;

/**
 * Object keys that are plain text (a criterion id, a contract id, a label) or whole numbers (a contract
 * year, a price year, a period), for maps written as JSON objects.
 */
final class Keys {

  private static final Pattern WHOLE = Pattern.compile("-?(0|[1-9][0-9]{0,8})");

  /** Any text, as is. */
  static final TextCodec<String> TEXT = TextCodec.of(Function.identity(), Function.identity());

  /** A whole number written as a key, e.g. {@code "2024"}; at most nine digits. */
  static final TextCodec<Integer> INTEGER = TextCodec.of(Keys::parseInteger, String::valueOf);

  private Keys() {}

  private static Integer parseInteger(String text) {
    if (!WHOLE.matcher(text).matches()) {
      throw ValidationException.of("", "must be a whole number key such as \"1\", was " + Describe.quoted(text));
    }
    return Integer.valueOf(text);
  }
}
