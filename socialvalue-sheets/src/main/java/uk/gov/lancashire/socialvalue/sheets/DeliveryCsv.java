package uk.gov.lancashire.socialvalue.sheets;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.function.Consumer;
import uk.gov.lancashire.socialvalue.delivery.DeliveryRecord;

/**
 * Supplier returns as CSV in the {@link DeliveryColumn} layout: read as a stream, written record by record.
 *
 * <p>Reading: the first row names the columns (any order, any case); every later row becomes a {@link
 * DeliveryRecord} passed to the consumer at once, or a problem for each bad cell, with the cell as its path
 * ({@code D7: quantity: must be a plain decimal …}); good rows are kept. Memory holds one row, so a file of
 * any length can be read; limits on a cell's length and a row's width stop a hostile file early ({@link
 * SheetLimitException}).
 *
 * <p>Writing: the header row then one row per record, RFC 4180 quoting, CRLF line ends; reading it back gives
 * equal records. A cell a spreadsheet could take for a formula (one starting with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return, but not a plain number such as {@code -12.5}) is written
 * with a leading apostrophe and quoted, and reading removes the apostrophe again (CSV injection; see
 * {@link FormulaGuard}). A cell holding {@code ;} is quoted too, so a spreadsheet that splits CSV at
 * semicolons keeps it whole.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class DeliveryCsv {

  private DeliveryCsv() {}

  /**
   * Reads records; the reader is not closed.
   *
   * @param csv the CSV text
   * @param consumer receives each good record, in file order
   * @return the count of good records and a problem for each bad cell
   * @throws SheetLimitException when a limit is broken; the read stops there
   * @throws UncheckedIOException when the reader fails
   */
  public static SheetResult read(Reader csv, Consumer<? super DeliveryRecord> consumer) {
    CsvRows rows = new CsvRows(csv);
    ProblemLog problems = new ProblemLog();
    List<String> header = rows.next();
    while (header != null && header.stream().allMatch(String::isBlank)) {
      header = rows.next();
    }
    if (header == null) {
      problems.add(CellRef.of("", 1, 0), "the file is empty; the first row must name the columns "
          + ReturnsTemplate.header());
      return problems.result(0, 0);
    }
    RowDecoder decoder = new RowDecoder("", rows.row(), header, problems);
    if (!decoder.isUsable()) {
      return problems.result(0, 0);
    }
    long records = 0;
    for (List<String> row = rows.next(); row != null; row = rows.next()) {
      if (decoder.decode(rows.row(), FormulaGuard.restore(row), consumer)) {
        records++;
      }
    }
    return problems.result(records, decoder.blankRows());
  }

  /**
   * Writes records with a header row; the writer is flushed, not closed.
   *
   * @param csv where to write
   * @param records the records, read once, in order
   * @throws IllegalArgumentException when an evidence reference holds {@code ;}, which a cell cannot give back
   * @throws UncheckedIOException when the writer fails
   */
  public static void write(Writer csv, Iterable<? extends DeliveryRecord> records) {
    try (DeliveryRowWriter rows = writer(csv)) {
      for (DeliveryRecord record : records) {
        rows.write(record);
      }
    }
  }

  /**
   * Starts writing records one at a time: writes the header row now, a row per {@link DeliveryRowWriter#write}
   * call, and flushes (does not close) the writer on {@link DeliveryRowWriter#close}.
   *
   * @param csv where to write
   * @return the row writer
   * @throws UncheckedIOException when the writer fails; the row writer holds nothing of its own, so the
   *     writer stays the caller's to close, whether or not the header was written
   */
  public static DeliveryRowWriter writer(Writer csv) {
    try {
      line(csv, ReturnsTemplate.header());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new DeliveryRowWriter() {
      @Override
      public void write(DeliveryRecord record) {
        try {
          line(csv, RowDecoder.cells(record));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }

      @Override
      public void close() {
        try {
          csv.flush();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    };
  }

  /**
   * Writes a returns template for a contract; the writer is flushed, not closed.
   *
   * @param csv where to write
   * @param template the template's rows
   * @throws UncheckedIOException when the writer fails
   */
  public static void writeTemplate(Writer csv, ReturnsTemplate template) {
    try {
      line(csv, ReturnsTemplate.header());
      for (List<String> row : template.rows()) {
        line(csv, row);
      }
      csv.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void line(Writer out, List<String> cells) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      String cell = FormulaGuard.neutralise(cells.get(i));
      boolean quote = cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0
          || cell.indexOf('\r') >= 0 || cell.indexOf(';') >= 0 || cell.indexOf('\t') >= 0
          || (!cell.isEmpty() && (cell.charAt(0) == '\uFEFF' || cell.charAt(0) == '\''));
      if (quote) {
        out.write('"');
        out.write(cell.replace("\"", "\"\""));
        out.write('"');
      } else {
        out.write(cell);
      }
    }
    out.write("\r\n");
  }
}
