package uk.gov.lancashire.socialvalue.json.basics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import uk.gov.lancashire.socialvalue.basics.Explanation;
import uk.gov.lancashire.socialvalue.basics.MoneyRounding;
import uk.gov.lancashire.socialvalue.basics.RoundedBreakdown;
import uk.gov.lancashire.socialvalue.json.engine.EnumNames;
import javax.money.MonetaryAmount;
import tools.jackson.core.JsonGenerator;
import uk.gov.lancashire.socialvalue.basics.Amounts;
import uk.gov.lancashire.socialvalue.basics.FinancialQuarter;
import uk.gov.lancashire.socialvalue.basics.FinancialYear;
import uk.gov.lancashire.socialvalue.basics.Problem;
import uk.gov.lancashire.socialvalue.json.engine.Codec;
import uk.gov.lancashire.socialvalue.json.engine.In;
import uk.gov.lancashire.socialvalue.json.engine.Scalars;
import uk.gov.lancashire.socialvalue.json.engine.Shape;

/**
 * The JSON forms of the core's {@code basics}: money, financial years and quarters, problems, money
 * roundings, rounded breakdowns and explanations.
 *
 * <p>Money is {@code {"amount": "1234.50", "currency": "GBP"}}: the amount a string holding the exact
 * decimal, the currency an ISO 4217 code. Writing never rounds: the amount is written with every digit it
 * has, padded with zeros to the currency's minor unit when it has fewer ({@code 1234.5} is written {@code
 * "1234.50"}, {@code 0.125} stays {@code "0.125"}); padding is left out when it would make the text longer
 * than a reader accepts by default (40 characters). Why not {@code jackson-datatype-javax-money}: its
 * reader accepts an exponent ({@code "1e999999999"}) and its writer then pads the scale to a billion digits.
 */
public final class BasicsJson {

  /** The longest decimal a reader accepts by default, in characters. */
  public static final int DEFAULT_MAX_DECIMAL_LENGTH = 40;

  private static final Shape<MonetaryAmount, Shape.Args> MONEY_SHAPE =
      Shape.<MonetaryAmount>args(a -> Amounts.of(a.get("amount"), a.get("currency")))
          .required("amount", Scalars.DECIMAL, Amounts::decimal)
          .required("currency", Scalars.CURRENCY, MonetaryAmount::getCurrency);

  /** Money, with its amount padded to the currency's minor unit when written. */
  public static final Codec<MonetaryAmount> MONEY = new Codec<>() {
    @Override
    public MonetaryAmount read(In in) {
      return MONEY_SHAPE.read(in);
    }

    @Override
    public void write(JsonGenerator out, MonetaryAmount value) {
      out.writeStartObject();
      out.writeStringProperty("amount", amountText(value));
      out.writeStringProperty("currency", value.getCurrency().getCurrencyCode());
      out.writeEndObject();
    }
  };

  /** A financial year, {@code "2024/25"}. */
  public static final Scalars.Text<FinancialYear> YEAR = Scalars.text(FinancialYear::parse, FinancialYear::toString);

  /** A financial quarter, {@code "2024/25 Q1"}. */
  public static final Scalars.Text<FinancialQuarter> QUARTER =
      Scalars.text(FinancialQuarter::parse, FinancialQuarter::toString);

  /** A problem: path and message. */
  public static final Shape<Problem, Shape.Args> PROBLEM =
      Shape.<Problem>args(a -> Problem.of(a.get("path"), a.get("message")))
          .required("path", Scalars.STRING, Problem::path)
          .required("message", Scalars.STRING, Problem::message);

  /** A rounding mode. */
  public static final EnumNames<RoundingMode> ROUNDING_MODE = EnumNames.of(RoundingMode.class, "rounding mode", Map.of(
      RoundingMode.UP, "up",
      RoundingMode.DOWN, "down",
      RoundingMode.CEILING, "ceiling",
      RoundingMode.FLOOR, "floor",
      RoundingMode.HALF_UP, "half-up",
      RoundingMode.HALF_DOWN, "half-down",
      RoundingMode.HALF_EVEN, "half-even",
      RoundingMode.UNNECESSARY, "unnecessary"));

  /** A money rounding. */
  public static final Shape<MoneyRounding, Shape.Args> ROUNDING =
      Shape.<MoneyRounding>args(a -> MoneyRounding.toScale(a.get("scale"), a.get("mode")))
          .required("scale", Scalars.INTEGER, MoneyRounding::scale)
          .required("mode", ROUNDING_MODE, MoneyRounding::mode);

  /** One entry of an explanation. */
  public static final Shape<Explanation.Entry, Shape.Args> ENTRY = Shape.<Explanation.Entry>args(
      a -> Explanation.of("").with(a.<String>get("key"), a.<String>get("value")).entries().get(0))
      .required("key", Scalars.STRING, Explanation.Entry::key)
      .required("value", Scalars.STRING, Explanation.Entry::value);

  /** An explanation: a title, its entries and its children. */
  public static final Shape<Explanation, Shape.Args> EXPLANATION = Shape.<Explanation>args(BasicsJson::explanation)
      .required("title", Scalars.STRING, Explanation::title)
      .list("entries", ENTRY, Explanation::entries);

  static {
    EXPLANATION.list("children", EXPLANATION, Explanation::children);
  }

  /** A rounded breakdown (written only). */
  public static final Shape<RoundedBreakdown, Void> BREAKDOWN = Shape.<RoundedBreakdown>written("a rounded breakdown",
      "its inputs")
      .map("parts", Scalars.KEY_TEXT, Scalars.DECIMAL, RoundedBreakdown::parts)
      .required("total", Scalars.DECIMAL, RoundedBreakdown::total)
      .required("rounding", ROUNDING, RoundedBreakdown::rounding);

  private BasicsJson() {}

  /** @return the shape money is read with (for the schema check) */
  public static Shape<MonetaryAmount, Shape.Args> moneyShape() {
    return MONEY_SHAPE;
  }

  /**
   * @param value an amount
   * @return its exact decimal in plain notation, with at least the currency's minor digits
   */
  public static String amountText(MonetaryAmount value) {
    BigDecimal decimal = Amounts.decimal(value);
    int scale = Math.max(decimal.scale(), Math.max(0, value.getCurrency().getDefaultFractionDigits()));
    String padded = decimal.setScale(scale).toPlainString(); // scale only grows: never rounds
    return padded.length() <= DEFAULT_MAX_DECIMAL_LENGTH ? padded : decimal.toPlainString();
  }

  private static Explanation explanation(Shape.Args a) {
    Explanation e = Explanation.of(a.get("title"));
    for (Explanation.Entry entry : a.<List<Explanation.Entry>>get("entries")) {
      e = e.with(entry.key(), entry.value());
    }
    for (Explanation child : a.<List<Explanation>>get("children")) {
      e = e.with(child);
    }
    return e;
  }}
