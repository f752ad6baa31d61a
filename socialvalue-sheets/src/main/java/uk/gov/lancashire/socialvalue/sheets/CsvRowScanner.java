package uk.gov.lancashire.socialvalue.sheets;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.SequenceInputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Finds CSV rows in bytes exactly where {@link CsvRows} finds them in text, one window of a {@link
 * ByteSource} at a time: a row ends at CR, LF or CRLF outside quotes, and a quote opens a quoted field only
 * at the start of a field, as in {@link CsvRows}. (Every byte that marks a row or a field is ASCII, and no
 * byte of a multi-byte UTF-8 character is, so bytes and characters agree.) A row that holds only printable
 * ASCII and no quote is <em>clean</em>: its cells are the text between commas, and their ends are kept in
 * {@link #cuts}. Any other row is turned into cells by {@link CsvRows} itself ({@link #cells()}).
 *
 * <p>Not thread-safe: one per thread.
 */
final class CsvRowScanner {

  /** Bytes kept in memory; a longer row is scanned as a stream and never held whole. */
  static final int WINDOW = 1 << 20;

  private static final byte TEXT = 0;
  private static final byte SPACE = 1;
  private static final byte COMMA = 2;
  private static final byte LINE_END = 3;
  private static final byte OTHER = 4;
  /** What each byte is to a clean row: printable ASCII is text (or a space, a comma); CR and LF end it. */
  private static final byte[] KIND = new byte[256];

  static {
    java.util.Arrays.fill(KIND, OTHER);
    for (int c = 0x21; c <= 0x7E; c++) {
      KIND[c] = TEXT;
    }
    KIND[' '] = SPACE;
    KIND[','] = COMMA;
    KIND['"'] = OTHER;
    KIND['\n'] = LINE_END;
    KIND['\r'] = LINE_END;
  }

  private final ByteSource source;
  private final byte[] buffer = new byte[WINDOW];
  private long bufferStart;
  private int bufferLength;

  /** The row found by {@link #row(long)}: where it starts and ends (before its line end), where the next starts. */
  long rowStart;
  long rowEnd;
  long next;
  /** True when the row is clean; then {@link #start}, {@link #cuts} and {@link #commas} describe it. */
  boolean clean;
  /** True when a clean row holds only spaces and commas. */
  boolean blank;
  /** True when a clean row has a cell longer than a spreadsheet allows. */
  boolean longCell;
  /** The buffer index of a clean row's first byte. */
  int start;
  /** The buffer indexes of a clean row's commas, the first {@code cuts.length}. */
  final int[] cuts = new int[CsvRows.MAX_COLUMNS + 1];
  /** How many commas a clean row has. */
  int commas;

  CsvRowScanner(ByteSource source) {
    this.source = source;
  }

  /** @return the buffer (valid for a clean row until the next call) */
  byte[] buffer() {
    return buffer;
  }

  /**
   * Finds the row that starts at {@code position}.
   *
   * @param position a row's first byte, below the source's size
   */
  void row(long position) {
    rowStart = position;
    if (position < bufferStart || position >= bufferStart + bufferLength) {
      fill(position);
    }
    for (boolean refilled = false; ; refilled = true) {
      int from = (int) (position - bufferStart);
      int end = scanClean(from);
      if (end == -2) {
        end = scanQuoted(from);
      }
      if (end >= 0 && lineEnd(end)) {
        return;
      }
      if (refilled || from == 0) {
        streamRow(position);
        return;
      }
      fill(position);
    }
  }

  /**
   * @param from where a row starts in the buffer
   * @return the index of its line end (the buffer's length at the end of the source), -1 when the
   *     buffer ends first, -2 when the row is not clean
   */
  private int scanClean(int from) {
    clean = true;
    start = from;
    boolean filled = false;
    boolean tooLong = false;
    int n = 0;
    byte[] b = buffer;
    byte[] kinds = KIND;
    int cellStart = from;
    for (int i = from; i < bufferLength; i++) {
      byte kind = kinds[b[i] & 0xFF];
      if (kind == TEXT) {
        filled = true;
      } else if (kind == COMMA) {
        if (n < cuts.length) {
          cuts[n] = i;
        }
        n++;
        tooLong |= i - cellStart > CsvRows.MAX_CELL_LENGTH;
        cellStart = i + 1;
      } else if (kind == LINE_END) {
        commas = n;
        blank = !filled;
        longCell = tooLong || i - cellStart > CsvRows.MAX_CELL_LENGTH;
        return i;
      } else if (kind == OTHER) {
        clean = false;
        return -2;
      }
    }
    commas = n;
    blank = !filled;
    longCell = tooLong || bufferLength - cellStart > CsvRows.MAX_CELL_LENGTH;
    return atEnd() ? bufferLength : -1;
  }

  /** As {@link #scanClean(int)} for any row, by {@link CsvRows}'s rules; never -2. */
  private int scanQuoted(int from) {
    clean = false;
    boolean quoted = false;
    boolean filled = false;
    boolean wasQuoted = false;
    byte[] b = buffer;
    int i = from;
    while (i < bufferLength) {
      byte c = b[i];
      if (quoted) {
        if (c == '"') {
          if (i + 1 >= bufferLength && !atEnd()) {
            return -1;
          }
          if (i + 1 < bufferLength && b[i + 1] == '"') {
            filled = true;
            i += 2;
          } else {
            quoted = false;
            i++;
          }
          continue;
        }
        filled = true;
      } else if (c == '"' && !filled && !wasQuoted) {
        quoted = true;
        wasQuoted = true;
      } else if (c == ',') {
        filled = false;
        wasQuoted = false;
      } else if (c == '\n' || c == '\r') {
        return i;
      } else {
        filled = true;
      }
      i++;
    }
    return atEnd() ? bufferLength : -1;
  }

  /** Sets the row's end and the next row's start from its line end; false when the buffer ends first. */
  private boolean lineEnd(int end) {
    rowEnd = bufferStart + end;
    if (end == bufferLength) {
      next = rowEnd;
    } else if (buffer[end] == '\n') {
      next = rowEnd + 1;
    } else if (end + 1 < bufferLength) {
      next = rowEnd + (buffer[end + 1] == '\n' ? 2 : 1);
    } else if (atEnd()) {
      next = rowEnd + 1;
    } else {
      return false;
    }
    return true;
  }

  /** A row longer than the window: found by reading it as a stream with the same rules, never held. */
  private void streamRow(long position) {
    clean = false;
    try (InputStream in = new BufferedInputStream(source.stream(position), 1 << 16)) {
      boolean quoted = false;
      boolean filled = false;
      boolean wasQuoted = false;
      long at = position;
      int c = in.read();
      while (true) {
        if (c < 0) {
          rowEnd = at;
          next = at;
          return;
        }
        if (quoted) {
          if (c == '"') {
            int d = in.read();
            if (d == '"') {
              filled = true;
              at += 2;
              c = in.read();
            } else {
              quoted = false;
              at++;
              c = d;
            }
            continue;
          }
          filled = true;
        } else if (c == '"' && !filled && !wasQuoted) {
          quoted = true;
          wasQuoted = true;
        } else if (c == ',') {
          filled = false;
          wasQuoted = false;
        } else if (c == '\n' || c == '\r') {
          rowEnd = at;
          next = at + (c == '\r' && in.read() == '\n' ? 2 : 1);
          return;
        } else {
          filled = true;
        }
        at++;
        c = in.read();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * @param position where to look from
   * @return the first position at or after {@code position} that follows a line end (CR, LF or CRLF),
   *     ignoring quotes, or the source's size: where a row would start if no quoted field spans it
   */
  long afterLineEnd(long position) {
    long at = position;
    while (at < source.size()) {
      if (at < bufferStart || at >= bufferStart + bufferLength) {
        fill(at);
      }
      for (int i = (int) (at - bufferStart); i < bufferLength; i++) {
        byte c = buffer[i];
        if (c == '\n') {
          return bufferStart + i + 1;
        }
        if (c == '\r') {
          long after = bufferStart + i + 1;
          if (after < source.size()) {
            byte[] one = new byte[1];
            source.read(after, one, 0, 1);
            return one[0] == '\n' ? after + 1 : after;
          }
          return after;
        }
      }
      at = bufferStart + bufferLength;
    }
    return source.size();
  }

  /**
   * @return the cells of the row last found, read by {@link CsvRows} from its bytes as UTF-8 text
   * @throws SheetLimitException as {@link CsvRows} does
   */
  List<String> cells() {
    InputStream bytes;
    if (rowEnd - rowStart <= bufferLength && rowStart >= bufferStart && rowEnd <= bufferStart + bufferLength) {
      int from = (int) (rowStart - bufferStart);
      String text = new String(buffer, from, (int) (rowEnd - rowStart), StandardCharsets.UTF_8);
      List<String> cells = new CsvRows(new StringReader("\uFEFF" + text)).next();
      return cells == null ? List.of("") : cells;
    }
    InputStream row = source.stream(rowStart);
    bytes = new InputStream() {
      private long left = rowEnd - rowStart;

      @Override
      public int read() throws IOException {
        return left-- > 0 ? row.read() : -1;
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        if (left <= 0) {
          return -1;
        }
        int n = row.read(b, off, (int) Math.min(len, left));
        left -= Math.max(n, 0);
        return n;
      }
    };
    // a byte order mark first, which CsvRows skips, so a cell that itself starts with one is kept
    InputStream marked = new SequenceInputStream(new java.io.ByteArrayInputStream(new byte[] {(byte) 0xEF, (byte) 0xBB,
        (byte) 0xBF}), bytes);
    List<String> cells = new CsvRows(new InputStreamReader(marked, StandardCharsets.UTF_8)).next();
    return cells == null ? List.of("") : cells;
  }

  private boolean atEnd() {
    return bufferStart + bufferLength >= source.size();
  }

  private void fill(long position) {
    bufferStart = position;
    bufferLength = 0;
    while (bufferLength < buffer.length) {
      int n = source.read(position + bufferLength, buffer, bufferLength, buffer.length - bufferLength);
      if (n <= 0) {
        break;
      }
      bufferLength += n;
    }
  }
}
