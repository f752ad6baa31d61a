package uk.gov.lancashire.socialvalue.json.engine;

import org.jspecify.annotations.Nullable;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.function.Function;
import javax.money.CurrencyUnit;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import uk.gov.lancashire.socialvalue.basics.Amounts;
import uk.gov.lancashire.socialvalue.basics.Problem;
import uk.gov.lancashire.socialvalue.basics.ValidationException;

/**
 * The JSON forms of plain values: strings, whole numbers, booleans, exact decimals, ISO-8601 dates, ISO
 * 4217 currency codes, and values written through the core's own {@code parse}/{@code toString}.
 *
 * <p>Exact decimals (fractions, weights, money amounts) are written as JSON <em>strings</em> in plain
 * notation, such as {@code "0.125"}: a JavaScript reader would turn a JSON number into a binary double and
 * lose digits. Reading accepts only that plain form, up to a configured length, so {@code "1e999999999"} is
 * refused before any arithmetic sees it. No check here uses a regular expression.
 */
public final class Scalars {

  /** A JSON string. */
  public static final Codec<String> STRING = new Codec<>() {
    @Override
    public String read(In in) {
      if (in.token() != JsonToken.VALUE_STRING) {
        return wrong(in, "must be a string");
      }
      in.spend(in.parser().getStringLength());
      return in.parser().getString();
    }

    @Override
    public void write(JsonGenerator out, String value) {
      out.writeString(value);
    }
  };

  /** A whole JSON number that fits an {@code int}. */
  public static final Codec<Integer> INTEGER = new Codec<>() {
    @Override
    public Integer read(In in) {
      if (in.token() != JsonToken.VALUE_NUMBER_INT || in.parser().getNumberType() != JsonParser.NumberType.INT) {
        return wrong(in, "must be a whole number within ±2147483647");
      }
      return in.parser().getIntValue();
    }

    @Override
    public void write(JsonGenerator out, Integer value) {
      out.writeNumber(value);
    }
  };

  /** A whole JSON number that fits a {@code long}. */
  public static final Codec<Long> LONG = new Codec<>() {
    @Override
    public Long read(In in) {
      if (in.token() != JsonToken.VALUE_NUMBER_INT || in.parser().getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
        return wrong(in, "must be a whole number within ±9223372036854775807");
      }
      return in.parser().getLongValue();
    }

    @Override
    public void write(JsonGenerator out, Long value) {
      out.writeNumber(value);
    }
  };

  /** A JSON boolean. */
  public static final Codec<Boolean> BOOLEAN = new Codec<>() {
    @Override
    public Boolean read(In in) {
      JsonToken t = in.token();
      if (t != JsonToken.VALUE_TRUE && t != JsonToken.VALUE_FALSE) {
        return wrong(in, "must be true or false");
      }
      return t == JsonToken.VALUE_TRUE;
    }

    @Override
    public void write(JsonGenerator out, Boolean value) {
      out.writeBoolean(value);
    }
  };

  /** An exact decimal written as a string in plain notation, e.g. {@code "0.125"}. */
  public static final Codec<BigDecimal> DECIMAL = new Codec<>() {
    @Override
    public BigDecimal read(In in) {
      if (in.token() != JsonToken.VALUE_STRING) {
        return wrong(in, "must be a decimal written as a string, such as \"0.25\"");
      }
      int length = in.parser().getStringLength();
      if (length > in.maxDecimalLength()) {
        in.problem("must be a decimal of at most " + in.maxDecimalLength() + " characters, was " + length
            + " characters long");
        return null;
      }
      in.spend(length);
      char[] chars = in.parser().getStringCharacters();
      int offset = in.parser().getStringOffset();
      if (!isPlainDecimal(chars, offset, length)) {
        in.problem("must be a plain decimal such as \"1234.50\" (digits, optional sign and point, no exponent),"
            + " was " + Describe.quoted(new String(chars, offset, length)));
        return null;
      }
      return new BigDecimal(chars, offset, length);
    }

    @Override
    public void write(JsonGenerator out, BigDecimal value) {
      out.writeString(value.toPlainString());
    }
  };

  /** An ISO-8601 date, e.g. {@code "2024-04-01"}. */
  public static final Codec<LocalDate> DATE = new Codec<>() {
    @Override
    public LocalDate read(In in) {
      String text = STRING.read(in);
      if (text == null) {
        return null;
      }
      LocalDate date = date(text);
      if (date == null) {
        in.problem("must be an ISO-8601 date such as \"2024-04-01\", was " + Describe.quoted(text));
      }
      return date;
    }

    @Override
    public void write(JsonGenerator out, LocalDate value) {
      out.writeString(value.toString());
    }
  };

  /** An ISO 4217 currency code, e.g. {@code "GBP"}. */
  public static final Codec<CurrencyUnit> CURRENCY = new Codec<>() {
    @Override
    public CurrencyUnit read(In in) {
      String text = STRING.read(in);
      if (text == null) {
        return null;
      }
      CurrencyUnit unit = Amounts.isoCurrency(text).orElse(null);
      if (unit == null) {
        in.problem("must be an ISO 4217 currency code such as \"GBP\", was " + Describe.quoted(text));
      }
      return unit;
    }

    @Override
    public void write(JsonGenerator out, CurrencyUnit value) {
      out.writeString(value.getCurrencyCode());
    }
  };

  /** Object keys that are any text, as is. */
  public static final Text<String> KEY_TEXT = text(Function.identity(), Function.identity());

  /** Object keys that are whole numbers of at most nine digits, such as a contract year {@code "2024"}. */
  public static final Text<Integer> KEY_INTEGER = text(Scalars::wholeKey, String::valueOf);

  private Scalars() {}

  /**
   * @param <T> the type
   * @param parse the core's parser; it throws {@link ValidationException} for bad text
   * @param format the inverse of {@code parse}
   * @return a codec writing the value as a JSON string, also usable for object keys
   */
  public static <T> Text<T> text(Function<String, T> parse, Function<T, String> format) {
    return new Text<>(parse, format);
  }

  /**
   * A value written as a JSON string through the core's own {@code parse} and {@code toString}, such as a
   * measure code ({@code "NT1"}) or a financial year ({@code "2024/25"}); also reads object keys.
   *
   * @param <T> the type
   */
  public static final class Text<T> implements Codec<T>, KeyCodec<T> {
    private final Function<String, T> parse;
    private final Function<T, String> format;
    private final Memo<T> memo = new Memo<>();

    private Text(Function<String, T> parse, Function<T, String> format) {
      this.parse = parse;
      this.format = format;
    }

    @Override
    public T read(In in) {
      if (in.token() == JsonToken.VALUE_STRING) {
        JsonParser p = in.parser();
        int length = p.getStringLength();
        T known = memo.value(p.getStringCharacters(), p.getStringOffset(), length);
        if (known != null) {
          in.spend(length);
          return known;
        }
      }
      String text = STRING.read(in);
      return text == null ? null : readKey(text, in);
    }

    /**
     * The value of a text, by the core's parse, as {@link #read(In)} reads it (for readers that find the
     * text themselves, so that the rule is written once).
     *
     * @param text a text
     * @return its value
     * @throws ValidationException or {@link IllegalArgumentException} when the core refuses it
     */
    public T valueOf(String text) {
      return parse.apply(text);
    }

    @Override
    public T readKey(String key, In in) {
      try {
        T value = parse.apply(key);
        memo.remember(key, value);
        return value;
      } catch (ValidationException e) {
        for (Problem p : e.problems()) {
          in.problem(p.message());
        }
        return null;
      } catch (IllegalArgumentException e) {
        in.problem(String.valueOf(e.getMessage()));
        return null;
      }
    }

    @Override
    public void write(JsonGenerator out, T value) {
      out.writeString(memo.text(value, format));
    }

    @Override
    public String text(T value) {
      return memo.text(value, format);
    }
  }

  /**
   * Records that the current value has the wrong JSON type, and skips it.
   *
   * @param in the stream
   * @param expected what it must be, e.g. {@code must be a string}
   * @return {@code null}
   */
  public static <T> @Nullable T wrong(In in, String expected) {
    in.problem(expected + ", was " + in.describe());
    in.skip();
    return null;
  }

  /**
   * The rule of {@link #DECIMAL}'s text (its length aside): an optional {@code -}, digits with no leading
   * zero, and an optional point followed by at least one digit; no exponent, no {@code +}, no spaces. Also
   * used by readers that find the text themselves, so that the rule is written once.
   *
   * @param text a buffer
   * @param offset where the text starts
   * @param length its length
   * @return true when the text is a plain decimal, which {@code new BigDecimal(text, offset, length)} reads
   */
  public static boolean isPlainDecimal(char[] text, int offset, int length) {
    int end = offset + length;
    int digits = length > 0 && text[offset] == '-' ? offset + 1 : offset;
    int i = digits;
    while (i < end && isDigit(text[i])) {
      i++;
    }
    if (i == digits || text[digits] == '0' && i - digits > 1) {
      return false;
    }
    if (i == end) {
      return true;
    }
    if (text[i] != '.' || i + 1 == end) {
      return false;
    }
    for (int j = i + 1; j < end; j++) {
      if (!isDigit(text[j])) {
        return false;
      }
    }
    return true;
  }

  /**
   * The rule of {@link #DATE}: {@code yyyy-mm-dd}, digits only, a real date. Also used by readers that find
   * the text themselves, so that the rule is written once.
   *
   * @param text a text
   * @return the date, or {@code null} when the text is not one
   */
  public static @Nullable LocalDate date(String text) {
    if (isDateShape(text)) {
      try {
        return LocalDate.parse(text);
      } catch (DateTimeException e) {
        return null;
      }
    }
    return null;
  }

  private static boolean isDateShape(String text) {
    if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
      return false;
    }
    for (int i = 0; i < 10; i++) {
      if (i != 4 && i != 7 && !isDigit(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static Integer wholeKey(String text) {
    int start = text.startsWith("-") ? 1 : 0;
    int n = text.length() - start;
    boolean ok = n >= 1 && n <= 9 && !(n > 1 && text.charAt(start) == '0');
    for (int i = start; ok && i < text.length(); i++) {
      ok = isDigit(text.charAt(i));
    }
    if (!ok) {
      throw ValidationException.of("", "must be a whole number key such as \"1\", was " + Describe.quoted(text));
    }
    return Integer.valueOf(text);
  }
}
