package uk.gov.lancashire.socialvalue.json;

import java.math.BigDecimal;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import uk.gov.lancashire.socialvalue.basics.Amounts;

/**
 * Money as {@code {"amount": "1234.50", "currency": "GBP"}}: the amount a string holding the exact
 * decimal, the currency an ISO 4217 code.
 *
 * <p>Writing never rounds: the amount is written with every digit it has, and padded with zeros to the
 * currency's minor unit when it has fewer ({@code 1234.5} is written {@code "1234.50"}, {@code 0.125}
 * stays {@code "0.125"}). Padding is needed because Moneta's {@code Money} strips trailing zeros; it is
 * left out when it would make the text longer than a reader accepts by default (40 characters), so a
 * 39-digit amount still round-trips.
 *
 * <p>Why not {@code jackson-datatype-javax-money}: its reader accepts an amount in exponent form
 * ({@code "1e999999999"}) and its writer then pads the scale, which would expand such an amount to a
 * billion digits; and it reads one field at a time, so it cannot report every problem of a document.
 * This codec accepts only plain decimals of bounded length.
 */
final class MoneyJson {

  /** The codec. */
  static final JsonCodec<MonetaryAmount> CODEC = new JsonCodec<>() {
    @Override
    public MonetaryAmount read(Cursor in) {
      Fields f = Fields.of(in);
      BigDecimal amount = f.required("amount", Scalars.DECIMAL_STRING);
      CurrencyUnit currency = f.required("currency", Scalars.CURRENCY);
      return f.build(() -> Amounts.of(amount, currency));
    }

    @Override
    public JsonNode write(MonetaryAmount value) {
      ObjectNode node = JsonNodeFactory.instance.objectNode();
      node.put("amount", amountText(value));
      node.put("currency", value.getCurrency().getCurrencyCode());
      return node;
    }
  };

  private MoneyJson() {}

  /**
   * @param value an amount
   * @return its exact decimal in plain notation, with at least the currency's minor digits
   */
  static String amountText(MonetaryAmount value) {
    BigDecimal decimal = Amounts.decimal(value);
    int scale = Math.max(decimal.scale(), Math.max(0, value.getCurrency().getDefaultFractionDigits()));
    String padded = decimal.setScale(scale).toPlainString(); // scale only grows: never rounds
    // padding is cosmetic: never let it make an amount longer than a reader accepts by default
    return padded.length() <= SocialValueModule.DEFAULT_MAX_DECIMAL_LENGTH ? padded : decimal.toPlainString();
  }
}
