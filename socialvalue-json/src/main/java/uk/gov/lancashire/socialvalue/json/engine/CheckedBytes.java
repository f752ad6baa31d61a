package uk.gov.lancashire.socialvalue.json.engine;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Bytes passed through to a parser and checked as they are read, a block at a time: a single byte is read
 * through the same check, and skipping (which would pass bytes unchecked) is not supported.
 */
abstract class CheckedBytes extends FilterInputStream {

  /** The buffer of {@link #read()}, which reads one byte through {@link #read(byte[], int, int)}. */
  private final byte[] one = new byte[1];

  CheckedBytes(InputStream in) {
    super(in);
  }

  @Override
  public final int read() throws IOException {
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public abstract int read(byte[] b, int off, int len) throws IOException;

  @Override
  public final long skip(long n) throws IOException {
    throw new IOException("skip is not supported");
  }
}
