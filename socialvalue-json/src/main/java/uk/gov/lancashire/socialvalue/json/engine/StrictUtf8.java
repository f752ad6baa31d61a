package uk.gov.lancashire.socialvalue.json.engine;

import java.io.ByteArrayOutputStream;
import java.io.CharConversionException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.io.ContentReference;

/**
 * Passes bytes through to Jackson's byte parser and refuses any that are not well-formed UTF-8 (RFC 3629,
 * table 3-7 of the Unicode standard): a stray continuation byte, a lead byte that cannot start a character
 * ({@code C0}, {@code C1}, {@code F5}–{@code FF}), an overlong form, an encoded surrogate, a code point
 * beyond U+10FFFF, or a character cut off by the end of the input. Jackson's byte parser decodes leniently:
 * it reads the overlong {@code C1 A9} as {@code i}, so {@code "\xC1\xA9d"} would be the property
 * {@code "id"}; with this check every such document is refused at the byte where it goes wrong.
 *
 * <p>Until {@link #arm()} (Jackson reads ahead as it makes its parser), the bytes read are kept so that
 * they are checked then, each placed by line and column. Only UTF-8 input comes here: {@link StreamingFactory}
 * decodes UTF-16 and UTF-32 with the JDK's decoder set to report what is malformed.
 */
final class StrictUtf8 extends FilterInputStream {

  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long HIGH_BITS = 0x8080808080808080L;

  /** The buffer of {@link #read()}, which reads one byte through {@link #read(byte[], int, int)}. */
  private final byte[] one = new byte[1];
  private ByteArrayOutputStream before = new ByteArrayOutputStream();
  private boolean armed;
  private long offset;
  /** Where the last byte refused was, from the start of the input. */
  private long badAt;
  /** Continuation bytes still expected. */
  private int need;
  /** The range the next continuation byte must fall in. */
  private int lower = 0x80;
  private int upper = 0xBF;

  StrictUtf8(InputStream in) {
    super(in);
  }

  /**
   * Checks the bytes read so far, then every byte read from now on.
   *
   * @throws StreamReadException at the first byte read so far that is not well-formed UTF-8, with its line
   *     and column
   */
  void arm() {
    byte[] seen = before.toByteArray();
    before = null;
    armed = true;
    try {
      check(seen, 0, seen.length);
    } catch (CharConversionException e) {
      // the bytes Jackson read ahead are all at hand: say where, as the parser would
      int line = 1;
      int column = 1;
      for (int i = 0; i < (int) badAt; i++) {
        if (seen[i] == '\n') {
          line++;
          column = 1;
        } else {
          column++;
        }
      }
      throw new StreamReadException((JsonParser) null, e.getMessage(),
          new TokenStreamLocation(ContentReference.unknown(), badAt, -1, line, column));
    }
  }

  @Override
  public int read() throws IOException {
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    int n = in.read(b, off, len);
    if (armed) {
      if (n < 0 && need > 0) {
        throw new CharConversionException("invalid UTF-8: a character cut off by the end of the input at byte "
            + offset);
      }
      if (n > 0) {
        check(b, off, n);
      }
    } else if (before != null && n > 0) {
      before.write(b, off, n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    throw new IOException("skip is not supported");
  }

  private void check(byte[] b, int off, int n) throws CharConversionException {
    int end = off + n;
    int i = off;
    while (i < end) {
      if (need == 0) {
        while (i + 8 <= end && ((long) LONGS.get(b, i) & HIGH_BITS) == 0) {
          i += 8; // eight ASCII bytes at a time
        }
        if (i == end) {
          break;
        }
      }
      int c = b[i] & 0xFF;
      if (need > 0) {
        if (c < lower || c > upper) {
          throw invalid(i - off, c);
        }
        need--;
        lower = 0x80;
        upper = 0xBF;
      } else if (c >= 0x80) {
        if (c >= 0xC2 && c <= 0xDF) {
          need = 1;
        } else if (c >= 0xE0 && c <= 0xEF) {
          need = 2;
          lower = c == 0xE0 ? 0xA0 : 0x80; // E0 80..9F would be overlong
          upper = c == 0xED ? 0x9F : 0xBF; // ED A0..BF would be a surrogate
        } else if (c >= 0xF0 && c <= 0xF4) {
          need = 3;
          lower = c == 0xF0 ? 0x90 : 0x80; // F0 80..8F would be overlong
          upper = c == 0xF4 ? 0x8F : 0xBF; // F4 90.. would be beyond U+10FFFF
        } else {
          throw invalid(i - off, c);
        }
      }
      i++;
    }
    offset += n;
  }

  private CharConversionException invalid(int at, int c) {
    badAt = offset + at;
    return new CharConversionException(String.format("invalid UTF-8: byte 0x%02X at byte %d is not well-formed"
        + " (an overlong form, a surrogate, beyond U+10FFFF or out of place)", c, offset + at));
  }
}
