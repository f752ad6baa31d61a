package uk.gov.lancashire.socialvalue.json;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The JSON forms of plain values: strings, whole numbers, booleans, exact decimals, ISO-8601 dates and
 * ISO 4217 currency codes.
 *
 * <p>Exact decimals (fractions, weights, money amounts) are written as JSON <em>strings</em> in plain
 * notation, such as {@code "0.125"}: a JavaScript reader would turn a JSON number into a binary double
 * and lose digits. Reading accepts only that plain form, up to a configured length, so an input such as
 * {@code "1e999999999"} is refused before any arithmetic sees it.
 */
final class Scalars {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Pattern DECIMAL = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?");
  private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
  private static final Pattern CURRENCY_CODE = Pattern.compile("[A-Z]{3}");

  /** A JSON string. */
  static final JsonCodec<String> STRING = new JsonCodec<>() {
    @Override
    public @Nullable String read(Cursor in) {
      if (!in.node().isString()) {
        in.problem("must be a string, was " + in.describe());
        return null;
      }
      return in.node().stringValue();
    }

    @Override
    public JsonNode write(String value) {
      return NODES.stringNode(value);
    }
  };

  /** A whole JSON number that fits an {@code int}. */
  static final JsonCodec<Integer> INTEGER = new JsonCodec<>() {
    @Override
    public @Nullable Integer read(Cursor in) {
      JsonNode node = in.node();
      // isIntegralNumber() first: never convert a floating-point node such as 1e999999999
      if (!node.isIntegralNumber() || !node.canConvertToInt()) {
        in.problem("must be a whole number within ±2147483647, was " + in.describe());
        return null;
      }
      return node.intValue();
    }

    @Override
    public JsonNode write(Integer value) {
      return NODES.numberNode(value);
    }
  };

  /** A JSON boolean. */
  static final JsonCodec<Boolean> BOOLEAN = new JsonCodec<>() {
    @Override
    public @Nullable Boolean read(Cursor in) {
      if (!in.node().isBoolean()) {
        in.problem("must be true or false, was " + in.describe());
        return null;
      }
      return in.node().booleanValue();
    }

    @Override
    public JsonNode write(Boolean value) {
      return NODES.booleanNode(value);
    }
  };

  /** An exact decimal written as a string in plain notation, e.g. {@code "0.125"}. */
  static final JsonCodec<BigDecimal> DECIMAL_STRING = new JsonCodec<>() {
    @Override
    public @Nullable BigDecimal read(Cursor in) {
      if (!in.node().isString()) {
        in.problem("must be a decimal written as a string, such as \"0.25\", was " + in.describe());
        return null;
      }
      return parseDecimal(in.node().stringValue(), in.reading().options().maxDecimalLength(), in);
    }

    @Override
    public JsonNode write(BigDecimal value) {
      return NODES.stringNode(value.toPlainString());
    }
  };

  /** An ISO-8601 date, e.g. {@code "2024-04-01"}. */
  static final JsonCodec<LocalDate> DATE_ISO = new JsonCodec<>() {
    @Override
    public @Nullable LocalDate read(Cursor in) {
      String text = STRING.read(in);
      if (text == null) {
        return null;
      }
      if (DATE.matcher(text).matches()) {
        try {
          return LocalDate.parse(text);
        } catch (DateTimeException e) {
          // falls through to the problem below
        }
      }
      in.problem("must be an ISO-8601 date such as \"2024-04-01\", was " + Describe.quoted(text));
      return null;
    }

    @Override
    public JsonNode write(LocalDate value) {
      return NODES.stringNode(value.toString());
    }
  };

  /** An ISO 4217 currency code, e.g. {@code "GBP"}. */
  static final JsonCodec<CurrencyUnit> CURRENCY = new JsonCodec<>() {
    @Override
    public @Nullable CurrencyUnit read(Cursor in) {
      String text = STRING.read(in);
      if (text == null) {
        return null;
      }
      if (!CURRENCY_CODE.matcher(text).matches() || !Monetary.isCurrencyAvailable(text)) {
        in.problem("must be an ISO 4217 currency code such as \"GBP\", was " + Describe.quoted(text));
        return null;
      }
      return Monetary.getCurrency(text);
    }

    @Override
    public JsonNode write(CurrencyUnit value) {
      return NODES.stringNode(value.getCurrencyCode());
    }
  };

  private Scalars() {}

  /**
   * Parses a plain decimal, refusing exponents and over-long input.
   *
   * @param text the text
   * @param maxLength the longest text accepted
   * @param in where to record a problem
   * @return the exact value, or {@code null} when refused
   */
  static @Nullable BigDecimal parseDecimal(String text, int maxLength, Cursor in) {
    if (text.length() > maxLength) {
      in.problem("must be a decimal of at most " + maxLength + " characters, was " + text.length()
          + " characters long");
      return null;
    }
    if (!DECIMAL.matcher(text).matches()) {
      in.problem("must be a plain decimal such as \"1234.50\" (digits, optional sign and point, no exponent),"
          + " was " + Describe.quoted(text));
      return null;
    }
    return new BigDecimal(text);
  }
}
