package uk.gov.lancashire.socialvalue.examples.cli;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import uk.gov.lancashire.socialvalue.examples.report.Pounds;

/**
 * A progress line on standard error while a long file is read, redrawn at most four times a second and
 * erased at the end; shown only when a person watches (an interactive terminal) or {@code --progress} asks.
 */
final class Progress {

  private static final long INTERVAL_NANOS = 250_000_000L;

  private final PrintStream err;
  private final boolean on;
  private final String label;
  private final long totalBytes;
  private long bytes;
  private long records;
  private long last = System.nanoTime();
  private boolean drawn;

  Progress(PrintStream err, boolean on, String label, long totalBytes) {
    this.err = err;
    this.on = on;
    this.label = label;
    this.totalBytes = totalBytes;
  }

  /** @return a stream that counts the bytes read through it */
  InputStream counting(InputStream in) {
    return new FilterInputStream(in) {
      @Override
      public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
          bytes++;
        }
        return b;
      }

      @Override
      public int read(byte[] buffer, int off, int len) throws IOException {
        int n = super.read(buffer, off, len);
        if (n > 0) {
          bytes += n;
        }
        return n;
      }
    };
  }

  /** Counts one record and redraws the line when it is due. */
  void record() {
    records++;
    if (on && (records & 1023) == 0 && System.nanoTime() - last > INTERVAL_NANOS) {
      last = System.nanoTime();
      String of = totalBytes > 0 ? " of " + megabytes(totalBytes) + " (" + bytes * 100 / totalBytes + "%)" : "";
      err.print("\r" + label + ": " + Pounds.number(BigDecimal.valueOf(records), 0) + " records, "
          + megabytes(bytes) + of + "   ");
      err.flush();
      drawn = true;
    }
  }

  /** Erases the line. */
  void done() {
    if (drawn) {
      err.print("\r" + " ".repeat(78) + "\r");
      err.flush();
    }
  }

  private static String megabytes(long n) {
    return Pounds.number(BigDecimal.valueOf(n).movePointLeft(6), 1) + " MB";
  }
}
