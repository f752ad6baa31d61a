package uk.gov.lancashire.socialvalue.examples.report;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.gov.lancashire.socialvalue.framework.Framework;
import uk.gov.lancashire.socialvalue.framework.MeasureCode;
import uk.gov.lancashire.socialvalue.tender.Bid;
import uk.gov.lancashire.socialvalue.tender.Commitment;
import uk.gov.lancashire.socialvalue.tender.CredibilityFlag;

/**
 * Words for a committee rather than a developer: a measure's title beside its code, a name for an id,
 * percentages for fractions, enum names as words, credibility flags in plain English. Used by every report
 * so the wording is the same throughout.
 */
public final class Words {

  private static final Pattern COMMITMENT = Pattern.compile("commitments\\[(\\d+)\\]");
  private static final Pattern AT_EACH = Pattern.compile("at ([0-9]+(?:\\.[0-9]+)?) each");
  private static final Pattern BIG_NUMBER = Pattern.compile("(?<![0-9.,£])([0-9]{4,})(\\.[0-9]+)?(?![0-9])");

  private Words() {}

  /**
   * @param framework the framework, when known
   * @param code a measure code
   * @return {@code LT6 Apprenticeships …}, or the code alone when the framework does not know it
   */
  public static String measure(Optional<Framework> framework, MeasureCode code) {
    return framework.flatMap(f -> f.measure(code)).map(m -> code + " " + m.title()).orElse(code.toString());
  }

  /**
   * A readable name for an id such as a bidder's: {@code pennine-highways} reads {@code Pennine Highways}.
   *
   * @param id an id
   * @return the id as words, each capitalised
   */
  public static String name(String id) {
    StringBuilder s = new StringBuilder();
    for (String word : id.split("[-_ ]+")) {
      if (word.isEmpty()) {
        continue;
      }
      if (s.length() > 0) {
        s.append(' ');
      }
      s.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
    }
    return s.length() == 0 ? id : s.toString();
  }

  /**
   * @param fraction a fraction such as {@code 0.15}
   * @param decimals decimals of the percentage
   * @return {@code 15.0%}
   */
  public static String percent(BigDecimal fraction, int decimals) {
    return Pounds.number(fraction.movePointRight(2), decimals) + "%";
  }

  /**
   * @param value an enum constant such as {@code BEYOND_CONTRACT_TERM}
   * @return {@code beyond contract term}
   */
  public static String words(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /**
   * A credibility flag as a sentence: which commitment (counted from 1, with its measure's title) and what
   * is wrong, with money in pounds.
   *
   * @param flag the flag
   * @param bid the bid it was raised on
   * @param framework the framework, for measure titles
   * @return the sentence
   */
  public static String flag(CredibilityFlag flag, Bid bid, Optional<Framework> framework) {
    String where = "";
    Matcher m = COMMITMENT.matcher(flag.path());
    if (m.matches()) {
      int index = Integer.parseInt(m.group(1));
      if (index < bid.commitments().size()) {
        Commitment c = bid.commitments().get(index);
        where = "Commitment " + (index + 1) + " (" + measure(framework, c.measure()) + ", year " + c.year()
            + ", quantity " + c.quantity().toPlainString() + "): ";
      }
    }
    String message = AT_EACH.matcher(flag.message()).replaceAll(r -> "at " + Matcher.quoteReplacement(
        Pounds.whole(new BigDecimal(r.group(1)))) + " each");
    message = BIG_NUMBER.matcher(message).replaceAll(r -> Matcher.quoteReplacement(
        Pounds.number(new BigDecimal(r.group()), r.group(2) == null ? 0 : r.group(2).length() - 1)));
    message = message.isEmpty() ? message : Character.toUpperCase(message.charAt(0)) + message.substring(1);
    return where + message + (message.endsWith(".") ? "" : ".");
  }
}
