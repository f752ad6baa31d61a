package uk.gov.lancashire.socialvalue.examples.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A plain-text table with aligned columns for the console: text columns left-aligned, numeric columns
 * (declared with {@link #right(int...)}) right-aligned.
 */
public final class TextTable {

  private final List<String> headers;
  private final List<List<String>> rows = new ArrayList<>();
  private final boolean[] rightAligned;

  private TextTable(List<String> headers) {
    this.headers = headers;
    this.rightAligned = new boolean[headers.size()];
  }

  /**
   * @param headers the column headers
   * @return an empty table
   */
  public static TextTable of(String... headers) {
    return new TextTable(Arrays.asList(headers));
  }

  /**
   * @param columns the columns to right-align (numbers and money)
   * @return this table
   */
  public TextTable right(int... columns) {
    for (int c : columns) {
      rightAligned[c] = true;
    }
    return this;
  }

  /**
   * @param cells one cell per column
   * @return this table
   */
  public TextTable row(Object... cells) {
    if (cells.length != headers.size()) {
      throw new IllegalArgumentException("expected " + headers.size() + " cells, got " + cells.length);
    }
    List<String> row = new ArrayList<>();
    for (Object cell : cells) {
      row.add(String.valueOf(cell));
    }
    rows.add(row);
    return this;
  }

  /** @return the table as lines of text, indented by two spaces */
  public String render() {
    int[] widths = new int[headers.size()];
    for (int c = 0; c < widths.length; c++) {
      widths[c] = headers.get(c).length();
      for (List<String> row : rows) {
        widths[c] = Math.max(widths[c], row.get(c).length());
      }
    }
    StringBuilder out = new StringBuilder();
    line(out, headers, widths);
    StringBuilder rule = new StringBuilder("  ");
    for (int c = 0; c < widths.length; c++) {
      rule.append("-".repeat(widths[c])).append(c < widths.length - 1 ? "  " : "");
    }
    out.append(rule).append('\n');
    rows.forEach(row -> line(out, row, widths));
    return out.toString();
  }

  private void line(StringBuilder out, List<String> cells, int[] widths) {
    out.append("  ");
    for (int c = 0; c < widths.length; c++) {
      String cell = cells.get(c);
      String pad = " ".repeat(widths[c] - cell.length());
      out.append(rightAligned[c] ? pad + cell : cell + (c < widths.length - 1 ? pad : ""));
      if (c < widths.length - 1) {
        out.append("  ");
      }
    }
    out.append('\n');
  }
}
