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
