package uk.gov.lancashire.socialvalue.sheets;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Keeps a spreadsheet from reading a written CSV cell as a formula (CSV injection, OWASP "CSV Injection"):
 * a supplier's id, evidence reference or note such as {@code =HYPERLINK(...)} must open as text.
 *
 * <p><strong>On write</strong> a cell that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a
 * carriage return gets a leading apostrophe {@code '} (and is quoted), which spreadsheets show as text and do
 * not evaluate. A plain decimal such as {@code -12.5} (a negative quantity) is written as it is: a
 * spreadsheet reads it as that number, never as a formula, so numeric cells are unchanged. A cell that
 * already starts with apostrophes before one of those characters gets one more, so the rule can be undone.
 *
 * <p><strong>On read</strong> one leading apostrophe is removed from a cell that starts with apostrophes
 * followed by one of those characters, so reading a written file gives the same records ({@code '=x} reads
 * as {@code =x}, {@code ''=x} as {@code '=x}); any other cell is read as it stands.
 *
 * <p>XLSX needs no prefix: {@link XlsxWriter} writes text as typed inline strings, never formulas, and marks
 * such cells with Excel's quote-prefix style, as Excel does for text typed after an apostrophe.
 */
final class FormulaGuard {

  /** A plain decimal: digits with an optional minus sign and fraction, which a spreadsheet reads as a number. */
  private static final Pattern PLAIN_DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

  private FormulaGuard() {}

  /**
   * @param c a character
   * @return true when a spreadsheet may start a formula with it
   */
  static boolean triggers(char c) {
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
  }

  /** @return true when the text is apostrophes (maybe none) followed by a formula's first character */
  private static boolean apostrophesThenTrigger(String text) {
    int i = 0;
    while (i < text.length() && text.charAt(i) == '\'') {
      i++;
    }
    return i < text.length() && triggers(text.charAt(i));
  }

  /**
   * @param cell a cell's text
   * @return the text to write: with a leading apostrophe when a spreadsheet could read it as a formula
   */
  static String neutralise(String cell) {
    if (!apostrophesThenTrigger(cell) || PLAIN_DECIMAL.matcher(cell).matches()) {
      return cell;
    }
    return "'" + cell;
  }

  /**
   * @param cell a cell's text as read
   * @return the text before {@link #neutralise(String)}
   */
  static String restore(String cell) {
    return cell.length() > 1 && cell.charAt(0) == '\'' && apostrophesThenTrigger(cell) ? cell.substring(1) : cell;
  }

  /**
   * @param cells a row's cells as read
   * @return the cells before {@link #neutralise(String)}
   */
  static List<String> restore(List<String> cells) {
    List<String> restored = null;
    for (int i = 0; i < cells.size(); i++) {
      String cell = cells.get(i);
      if (!cell.isEmpty() && cell.charAt(0) == '\'') {
        if (restored == null) {
          restored = new ArrayList<>(cells);
        }
        restored.set(i, restore(cell));
      }
    }
    return restored == null ? cells : restored;
  }
}
