package uk.gov.lancashire.socialvalue.sheets;

import org.jspecify.annotations.Nullable;

/**
 * Where a cell is, written as a spreadsheet user reads it: {@code Returns!D7} (sheet, column letter, row
 * number, both counted as the spreadsheet shows them, from 1) or, in a CSV file, {@code D7}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CellRef {

  private final String sheet;
  private final long row;
  private final int column;

  private CellRef(String sheet, long row, int column) {
    this.sheet = sheet;
    this.row = row;
    this.column = column;
  }

  /**
   * @param sheet the sheet's name, or empty for a CSV file
   * @param row the row number, from 1
   * @param column the column index, from 0 (A)
   * @return the reference
   */
  public static CellRef of(String sheet, long row, int column) {
    return new CellRef(sheet, row, column);
  }

  /** @return the sheet's name, empty for a CSV file */
  public String sheet() {
    return sheet;
  }

  /** @return the row number, from 1 */
  public long row() {
    return row;
  }

  /** @return the column index, from 0 */
  public int column() {
    return column;
  }

  /**
   * @param index a column index, from 0
   * @return its letters: 0 is {@code A}, 25 {@code Z}, 26 {@code AA}
   */
  public static String letters(int index) {
    StringBuilder s = new StringBuilder();
    for (int i = index + 1; i > 0; i = (i - 1) / 26) {
      s.insert(0, (char) ('A' + (i - 1) % 26));
    }
    return s.toString();
  }

  /**
   * @param letters column letters such as {@code AB}
   * @return the column index, from 0, or -1 when these are not column letters
   */
  public static int index(String letters) {
    if (letters.isEmpty() || letters.length() > 3) {
      return -1;
    }
    int index = 0;
    for (int i = 0; i < letters.length(); i++) {
      char c = letters.charAt(i);
      if (c < 'A' || c > 'Z') {
        return -1;
      }
      index = index * 26 + (c - 'A' + 1);
    }
    return index - 1;
  }

  /** @return {@code Returns!D7}, or {@code D7} in a CSV file */
  @Override
  public String toString() {
    String cell = letters(column) + row;
    if (sheet.isEmpty()) {
      return cell;
    }
    boolean plain = sheet.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '_');
    return (plain ? sheet : "'" + sheet.replace("'", "''") + "'") + "!" + cell;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof CellRef && ((CellRef) other).sheet.equals(sheet) && ((CellRef) other).row == row
        && ((CellRef) other).column == column;
  }

  @Override
  public int hashCode() {
    return (sheet.hashCode() * 31 + Long.hashCode(row)) * 31 + column;
  }
}
