package uk.gov.lancashire.socialvalue.sheets;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * Bytes read by position, from an array or a file, by any number of threads at once (a file is read with
 * positional reads, which share no cursor).
 */
interface ByteSource {

  /** @return how many bytes there are */
  long size();

  /**
   * Reads bytes at a position.
   *
   * @param position where to start, from 0
   * @param into where to put them
   * @param offset where in {@code into}
   * @param length the most to read
   * @return how many were read: 0 only at the end
   * @throws UncheckedIOException when the file cannot be read
   */
  int read(long position, byte[] into, int offset, int length);

  /** @return the bytes from {@code position} to the end, as a stream */
  default InputStream stream(long position) {
    return new InputStream() {
      private long at = position;

      @Override
      public int read() {
        byte[] one = new byte[1];
        return read(one, 0, 1) <= 0 ? -1 : one[0] & 0xFF;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        if (len == 0) {
          return 0;
        }
        int n = ByteSource.this.read(at, b, off, len);
        at += n;
        return n == 0 ? -1 : n;
      }
    };
  }

  static ByteSource of(byte[] bytes) {
    return new ByteSource() {
      @Override
      public long size() {
        return bytes.length;
      }

      @Override
      public int read(long position, byte[] into, int offset, int length) {
        int n = (int) Math.max(0, Math.min(length, bytes.length - position));
        System.arraycopy(bytes, (int) Math.min(position, bytes.length), into, offset, n);
        return n;
      }
    };
  }

  static ByteSource of(FileChannel channel) throws IOException {
    long size = channel.size();
    return new ByteSource() {
      @Override
      public long size() {
        return size;
      }

      @Override
      public int read(long position, byte[] into, int offset, int length) {
        ByteBuffer buffer = ByteBuffer.wrap(into, offset, (int) Math.max(0, Math.min(length, size - position)));
        try {
          while (buffer.hasRemaining()) {
            if (channel.read(buffer, position + buffer.position() - offset) < 0) {
              break;
            }
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        return buffer.position() - offset;
      }
    };
  }
}
