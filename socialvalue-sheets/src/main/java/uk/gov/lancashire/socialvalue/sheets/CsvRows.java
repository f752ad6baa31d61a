package uk.gov.lancashire.socialvalue.sheets;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads CSV (RFC 4180) one row at a time from a {@link Reader}: fields separated by commas, rows by CRLF
 * or LF, a field in double quotes may hold commas, quotes (doubled) and line breaks; a leading UTF-8 byte
 * order mark is skipped. Memory holds one row; a field longer than {@link #MAX_CELL_LENGTH} or a row of more
 * than {@link #MAX_COLUMNS} fields stops the read with a {@link SheetLimitException}.
 */
final class CsvRows {

  /** The longest cell a spreadsheet holds (Excel's limit), in characters. */
  static final int MAX_CELL_LENGTH = 32_767;
  /** The most fields a row may have. */
  static final int MAX_COLUMNS = 256;

  private final Reader in;
  private final char[] buffer = new char[64 * 1024];
  private int position;
  private int limit;
  private long row;
  private boolean started;

  CsvRows(Reader in) {
    this.in = in;
  }

  /** @return the number of the row last returned, from 1 */
  long row() {
    return row;
  }

  /** @return the next row's fields, or null at the end */
  @Nullable List<String> next() {
    int c = read();
    if (!started) {
      started = true;
      if (c == '\uFEFF') {
        c = read();
      }
    }
    if (c == -1) {
      return null;
    }
    row++;
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean wasQuoted = false;
    while (true) {
      if (quoted) {
        if (c == -1) {
          throw new SheetLimitException("row " + row + ": a quoted field is not closed before the end of the file");
        }
        if (c == '"') {
          int d = read();
          if (d == '"') {
            append(field, '"', fields.size());
          } else {
            quoted = false;
            c = d;
            continue;
          }
        } else {
          append(field, (char) c, fields.size());
        }
      } else if (c == '"' && field.length() == 0 && !wasQuoted) {
        quoted = true;
        wasQuoted = true;
      } else if (c == ',') {
        add(fields, field);
        field.setLength(0);
        wasQuoted = false;
      } else if (c == '\n' || c == '\r' || c == -1) {
        if (c == '\r') {
          int d = read();
          if (d != '\n' && d != -1) {
            position--;
          }
        }
        add(fields, field);
        return fields;
      } else {
        append(field, (char) c, fields.size());
      }
      c = read();
    }
  }

  private void add(List<String> fields, StringBuilder field) {
    if (fields.size() >= MAX_COLUMNS) {
      throw new SheetLimitException("row " + row + ": more than " + MAX_COLUMNS + " columns");
    }
    fields.add(field.toString());
  }

  private void append(StringBuilder field, char c, int column) {
    if (field.length() >= MAX_CELL_LENGTH) {
      throw new SheetLimitException(CellRef.of("", row, column) + ": longer than " + MAX_CELL_LENGTH
          + " characters, the most a spreadsheet cell holds");
    }
    field.append(c);
  }

  private int read() {
    if (position == limit) {
      try {
        limit = in.read(buffer, 0, buffer.length);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      position = 0;
      if (limit <= 0) {
        limit = 0;
        return -1;
      }
    }
    return buffer[position++];
  }
}
