package uk.gov.lancashire.socialvalue.examples.cli;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonReadFeature;
import uk.gov.lancashire.socialvalue.json.Documents;

/**
 * An opened input and what its first bytes say it is: JSON (a {@code {}), an XLSX workbook (a zip file) or
 * CSV (anything else); for JSON, the {@code "format"} marker of the root object, whatever properties come
 * before it within the first 64 KB, or that {@code "records"} comes before any marker. Whatever the file is
 * called, its content decides.
 *
 * <p>A JSON delivery report is streamed, never held, whatever the order of its properties: the streamed
 * reader takes one whose marker comes anywhere before {@code "records"}, and refuses, with a problem saying
 * so, one whose records come first (its records cannot be read as a delivery report's before the document
 * says it is one). Only a document of another kind is read whole (at most 16 MB).
 */
final class Input implements AutoCloseable {

  /** What a file holds. */
  enum Kind { JSON, XLSX, CSV }

  private static final int PEEK = 64 * 1024;
  /** The most characters of a format marker a message quotes: json's bound on a quoted input value. */
  static final int MAX_QUOTED = 40;
  /**
   * Reads only the first bytes, to tell the kind of a document: Jackson's parser, taking a control character
   * in a marker as it is (a message quotes it escaped), so that any marker is named, not only a clean one.
   */
  private static final JsonFactory PEEKING = JsonFactory.builder()
      .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS).build();

  final String name;
  final BufferedInputStream stream;
  final Kind kind;
  final Optional<String> format;
  /** For JSON without a format marker in its first bytes: whether the root's {@code "records"} came first. */
  private final boolean recordsFirst;

  private Input(String name, BufferedInputStream stream, Kind kind, Optional<String> format, boolean recordsFirst) {
    this.name = name;
    this.stream = stream;
    this.kind = kind;
    this.format = format;
    this.recordsFirst = recordsFirst;
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
        return new Input(name, in, Kind.XLSX, Optional.empty(), false);
      }
      if (start < head.length && head[start] == '{') {
        return json(name, in, Arrays.copyOfRange(head, start, head.length));
      }
      if (startsWideJsonObject(head)) {
        // UTF-16 or UTF-32, which json reads (checked strictly): Jackson finds the encoding in the head too
        return json(name, in, head);
      }
      if (start == head.length) {
        in.close();
        throw CliException.badInput(name, "is empty");
      }
      return new Input(name, in, Kind.CSV, Optional.empty(), false);
    } catch (IOException e) {
      throw Failures.badInput(name, e);
    }
  }

  /**
   * @param head the first bytes of an input
   * @return true when they are UTF-16 or UTF-32 text, found as Jackson finds it (a byte order mark, or the
   *     zero bytes of an ASCII character), whose first character other than a byte order mark and white space is
   *     {@code {}
   */
  static boolean startsWideJsonObject(byte[] head) {
    int n = head.length;
    int b0 = n > 0 ? head[0] & 0xFF : -1;
    int b1 = n > 1 ? head[1] & 0xFF : -1;
    int b2 = n > 2 ? head[2] & 0xFF : -1;
    int b3 = n > 3 ? head[3] & 0xFF : -1;
    int unit;
    boolean bigEndian;
    if (b0 == 0 && b1 == 0 && (b2 == 0xFE && b3 == 0xFF || b2 == 0 && b3 > 0)) {
      unit = 4;
      bigEndian = true;
    } else if (b0 == 0xFF && b1 == 0xFE && b2 == 0 && b3 == 0 || b0 > 0 && b1 == 0 && b2 == 0 && b3 == 0) {
      unit = 4;
      bigEndian = false;
    } else if (b0 == 0xFE && b1 == 0xFF || b0 == 0 && b1 > 0) {
      unit = 2;
      bigEndian = true;
    } else if (b0 == 0xFF && b1 == 0xFE || b0 > 0 && b1 == 0) {
      unit = 2;
      bigEndian = false;
    } else {
      return false;
    }
    for (int at = 0; at + unit <= n; at += unit) {
      int c = 0;
      for (int k = 0; k < unit; k++) {
        c = c << 8 | head[bigEndian ? at + k : at + unit - 1 - k] & 0xFF;
      }
      if (c != 0xFEFF && !Character.isWhitespace(c)) {
        return c == '{';
      }
    }
    return false;
  }

  /**
   * @param head the first bytes of a JSON object, perhaps cut anywhere
   * @return the input, with the root object's format marker when one comes in {@code head}, the properties
   *     before it skipped whatever they hold; or, when {@code "records"} comes first, no marker and that
   */
  private static Input json(String name, BufferedInputStream in, byte[] head) {
    String format = null;
    boolean recordsFirst = false;
    try (JsonParser p = PEEKING.createParser(ObjectReadContext.empty(), head)) {
      p.nextToken(); // the root object
      for (JsonToken t = p.nextToken(); t == JsonToken.PROPERTY_NAME; t = p.nextToken()) {
        String property = p.currentName();
        JsonToken value = p.nextToken();
        if ("format".equals(property)) {
          format = value == JsonToken.VALUE_STRING ? p.getString() : null;
          break;
        }
        if ("records".equals(property)) {
          recordsFirst = true;
          break;
        }
        p.skipChildren();
      }
    } catch (JacksonException e) {
      // the first bytes end inside the document, or are not JSON: what was seen before stands
    }
    return new Input(name, in, Kind.JSON, Optional.ofNullable(format), recordsFirst);
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

  /**
   * @return true when this holds delivery records: a JSON delivery report (or a JSON object whose {@code
   *     "records"} come before any format marker, which only a delivery report has: the streamed reader says
   *     what is wrong with it), a CSV or an XLSX sheet
   */
  boolean isDeliveryRecords() {
    return kind != Kind.JSON || format.filter(Documents.DELIVERY_REPORT.format()::equals).isPresent()
        || format.isEmpty() && recordsFirst;
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
