package uk.gov.lancashire.socialvalue.examples.cli;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.gov.lancashire.socialvalue.json.Documents;

/**
 * An opened input and what its first bytes say it is: JSON (a {@code {}), an XLSX workbook (a zip file) or
 * CSV (anything else); for JSON, the {@code "format"} marker when it comes first, as every writer puts it.
 * Whatever the file is called, its content decides.
 */
final class Input implements AutoCloseable {

  /** What a file holds. */
  enum Kind { JSON, XLSX, CSV }

  private static final int PEEK = 64 * 1024;
  /** The most characters of a format marker a message quotes: json's bound on a quoted input value. */
  static final int MAX_QUOTED = 40;
  private static final Pattern FORMAT = Pattern.compile("\\A\\s*\\{\\s*\"format\"\\s*:\\s*\"([^\"\\\\]{1,200})\"");

  final String name;
  final BufferedInputStream stream;
  final Kind kind;
  final Optional<String> format;

  private Input(String name, BufferedInputStream stream, Kind kind, Optional<String> format) {
    this.name = name;
    this.stream = stream;
    this.kind = kind;
    this.format = format;
  }

  static Input open(Session session, String name) {
    BufferedInputStream in = new BufferedInputStream(Sources.open(session, name), PEEK);
    try {
      in.mark(PEEK);
      byte[] head = in.readNBytes(PEEK);
      in.reset();
      int start = head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF
          ? 3 : 0;
      while (start < head.length && Character.isWhitespace(head[start])) {
        start++;
      }
      if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
        return new Input(name, in, Kind.XLSX, Optional.empty());
      }
      if (start < head.length && head[start] == '{') {
        String text = new String(Arrays.copyOfRange(head, start, head.length), StandardCharsets.UTF_8);
        Matcher m = FORMAT.matcher(text);
        return new Input(name, in, Kind.JSON, m.find() ? Optional.of(m.group(1)) : Optional.empty());
      }
      if (start == head.length) {
        in.close();
        throw CliException.badInput(name, "is empty");
      }
      return new Input(name, in, Kind.CSV, Optional.empty());
    } catch (IOException e) {
      throw Failures.badInput(name, e);
    }
  }

  /**
   * @return the problem of a file that should hold delivery records and holds another document: its format
   *     marker quoted as json's messages quote an input value, at most {@link #MAX_QUOTED} characters (with
   *     the full length when cut) and control characters escaped, so hostile input cannot fill or drive the
   *     terminal
   */
  CliProblem notDeliveryRecords() {
    return new CliProblem(name, "$.format", "expected delivery records, was "
        + format.map(Input::quoted).orElse("no format"));
  }

  /**
   * @param text a value from the input
   * @return it in single quotes: at most {@link #MAX_QUOTED} characters, control characters as unicode escapes
   */
  static String quoted(String text) {
    StringBuilder shown = new StringBuilder("'");
    text.codePoints().limit(MAX_QUOTED).forEach(c -> {
      if (Character.isISOControl(c)) {
        shown.append(String.format("\\u%04x", c));
      } else {
        shown.appendCodePoint(c);
      }
    });
    long length = text.codePointCount(0, text.length());
    return shown.append(length > MAX_QUOTED ? "…(" + length + " characters)'" : "'").toString();
  }

  /** @return true when this holds delivery records: a JSON delivery report, a CSV or an XLSX sheet */
  boolean isDeliveryRecords() {
    return kind != Kind.JSON || format.filter(Documents.DELIVERY_REPORT.format()::equals).isPresent();
  }

  @Override
  public void close() {
    try {
      stream.close();
    } catch (IOException e) {
      throw Failures.badInput(name, e);
    }
  }

  /** @return the stream, which reads the file from its first byte */
  InputStream stream() {
    return stream;
  }
}
