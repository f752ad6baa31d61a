package uk.gov.lancashire.socialvalue.examples.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import javax.money.MonetaryAmount;
import uk.gov.lancashire.socialvalue.basics.Amounts;

/**
 * Formats exact amounts as pounds for people: {@code £1,234,567.89}, rounded half up to pence, once, here.
 */
public final class Pounds {

  private Pounds() {}

  /**
   * @param amount an exact amount
   * @return the amount in pounds and pence, e.g. {@code £1,234.50} or {@code -£20.00}
   */
  public static String format(BigDecimal amount) {
    BigDecimal rounded = amount.setScale(2, RoundingMode.HALF_UP);
    return (rounded.signum() < 0 ? "-£" : "£") + grouped("#,##0.00").format(rounded.abs());
  }

  /**
   * @param amount an amount, read exactly with {@link Amounts#decimal(MonetaryAmount)}
   * @return the amount in pounds and pence, e.g. {@code £1,234.50} or {@code -£20.00}
   */
  public static String format(MonetaryAmount amount) {
    return format(Amounts.decimal(amount));
  }

  /**
   * @param amount an exact amount
   * @return the amount in whole pounds, e.g. {@code £1,235}
   */
  public static String whole(BigDecimal amount) {
    BigDecimal rounded = amount.setScale(0, RoundingMode.HALF_UP);
    return (rounded.signum() < 0 ? "-£" : "£") + grouped("#,##0").format(rounded.abs());
  }

  /**
   * @param value an exact number
   * @param decimals decimals to show
   * @return the number, grouped, rounded half up
   */
  public static String number(BigDecimal value, int decimals) {
    String pattern = decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals);
    return grouped(pattern).format(value.setScale(decimals, RoundingMode.HALF_UP));
  }

  private static DecimalFormat grouped(String pattern) {
    DecimalFormat format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.UK));
    format.setRoundingMode(RoundingMode.HALF_UP);
    format.setParseBigDecimal(true);
    return format;
  }
}
