package uk.gov.lancashire.socialvalue.examples.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A table of formatted figures, built once and shown both on the console ({@link TextTable}) and in the
 * HTML report, so the two never disagree.
 */
public final class ReportTable {

  private final String id;
  private final String title;
  private final List<String> headers;
  private final List<List<String>> rows = new ArrayList<>();
  private int[] right = new int[0];

  private ReportTable(String id, String title, List<String> headers) {
    this.id = id;
    this.title = title;
    this.headers = headers;
  }

  /**
   * @param id a stable id (the HTML table's id)
   * @param title the caption
   * @param headers the column headers
   * @return an empty table
   */
  public static ReportTable of(String id, String title, String... headers) {
    return new ReportTable(id, title, Arrays.asList(headers));
  }

  /**
   * @param columns the right-aligned (numeric) columns
   * @return this table
   */
  public ReportTable right(int... columns) {
    this.right = columns.clone();
    return this;
  }

  /**
   * @param cells one formatted cell per column
   * @return this table
   */
  public ReportTable row(String... cells) {
    if (cells.length != headers.size()) {
      throw new IllegalArgumentException(id + ": expected " + headers.size() + " cells, got " + cells.length);
    }
    rows.add(List.of(cells));
    return this;
  }

  /** @return the id */
  public String id() {
    return id;
  }

  /** @return the caption */
  public String title() {
    return title;
  }

  /** @return the headers */
  public List<String> headers() {
    return headers;
  }

  /**
   * @param column a column index
   * @return true when the column holds numbers and is right-aligned
   */
  public boolean isRightAligned(int column) {
    return Arrays.stream(right).anyMatch(c -> c == column);
  }

  /** @return the rows */
  public List<List<String>> rows() {
    return List.copyOf(rows);
  }

  /** @return the table as console text, with its caption */
  public String toText() {
    TextTable text = TextTable.of(headers.toArray(String[]::new)).right(right);
    rows.forEach(r -> text.row(r.toArray()));
    return title + "\n" + text.render();
  }
}
