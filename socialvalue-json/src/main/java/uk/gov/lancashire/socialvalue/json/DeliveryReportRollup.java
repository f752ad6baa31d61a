package uk.gov.lancashire.socialvalue.json;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.gov.lancashire.socialvalue.basics.Problem;
import uk.gov.lancashire.socialvalue.basics.ValidationException;
import uk.gov.lancashire.socialvalue.delivery.DeliveryRecord;
import uk.gov.lancashire.socialvalue.delivery.RecordStatus;
import uk.gov.lancashire.socialvalue.portfolio.ChunkedRollup;
import uk.gov.lancashire.socialvalue.portfolio.PortfolioRollup;
import uk.gov.lancashire.socialvalue.portfolio.RollupTotals;

/**
 * A delivery report document rolled straight up into a {@link PortfolioRollup}, on as many threads as asked:
 * the way from a JSON file of delivery records to the views by priority, theme and financial year.
 *
 * <p><strong>Same answer as {@link SocialValueJson#readDeliveryRecords}.</strong> Each record is read by that
 * streamed reader, with its rules and its problems; a sound record's attributed quantity (quantity × share)
 * is added when its status is one of the counted statuses. Problems come back in a {@link Result} rather
 * than thrown, with their JSON paths ({@code $.records[12345].quantity: …}), so the totals of the good
 * records are kept; a sound record whose measure the roll-up does not know is a problem too.
 *
 * <p><strong>Every core, the same figures.</strong> The records array is divided into chunks of about
 * {@link #chunkBytes()} bytes; each chunk's records are read by the streamed reader (as a document made of
 * the file's own header and those records) into a per-thread accumulator ({@link ChunkedRollup}), and the
 * accumulators are merged exactly. Problem paths are renumbered to the records' places in the file. A
 * chunk's first record is found after the first {@code },{} at or after its start; whenever that guess
 * could be wrong (the chunk before it ends elsewhere, because the pattern was inside a string), or the
 * document is not a plain {@code {"format":…,"formatVersion":…,"records":[{…},…]}} object, or a problem
 * concerns the document rather than one record (a syntax error, a broken limit, a bad format marker), the
 * document is read again on one thread by the streamed reader alone. The result is identical whatever the
 * threads and the chunk size.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DeliveryReportRollup {

  /** The default size of a chunk, in bytes. */
  public static final int DEFAULT_CHUNK_BYTES = 8 << 20;
  /** How many problems a result keeps; the rest are counted in a last problem, as the streamed reader does. */
  public static final int MAX_PROBLEMS = 1000;

  private static final Pattern RECORD_PATH = Pattern.compile("\\$\\.records\\[(\\d+)](.*)", Pattern.DOTALL);
  private static final Pattern MORE = Pattern.compile("and (\\d+) more problems, not listed");
  private static final byte[] RECORDS = "records".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] CLOSE = "]}".getBytes(StandardCharsets.US_ASCII);

  private final SocialValueJson json;
  private final PortfolioRollup plan;
  private final Set<RecordStatus> counted;
  private final int threads;
  private final int chunkBytes;

  private DeliveryReportRollup(SocialValueJson json, PortfolioRollup plan, Set<RecordStatus> counted, int threads,
      int chunkBytes) {
    this.json = Objects.requireNonNull(json, "json");
    this.plan = Objects.requireNonNull(plan, "plan");
    this.counted = Set.copyOf(Objects.requireNonNull(counted, "counted"));
    this.threads = threads;
    this.chunkBytes = chunkBytes;
  }

  /**
   * @param json the reader (its limits apply to every record)
   * @param plan the roll-up plan that values the quantities
   * @param counted the statuses whose records are added; the others are read and checked only
   * @return a reader on one thread
   */
  public static DeliveryReportRollup of(SocialValueJson json, PortfolioRollup plan, Set<RecordStatus> counted) {
    return new DeliveryReportRollup(json, plan, counted, 1, DEFAULT_CHUNK_BYTES);
  }

  /**
   * @param threads how many threads read, the calling thread included: 1 to {@link ChunkedRollup#MAX_THREADS}
   * @return a reader like this one on that many threads
   * @throws ValidationException when out of range
   */
  public DeliveryReportRollup withThreads(int threads) {
    if (threads < 1 || threads > ChunkedRollup.MAX_THREADS) {
      throw ValidationException.of("threads", "must be from 1 to " + ChunkedRollup.MAX_THREADS + ", was " + threads);
    }
    return new DeliveryReportRollup(json, plan, counted, threads, chunkBytes);
  }

  /**
   * @param bytes the size of a chunk, at least 1
   * @return a reader like this one with that chunk size
   * @throws ValidationException when below 1
   */
  public DeliveryReportRollup withChunkBytes(int bytes) {
    if (bytes < 1) {
      throw ValidationException.of("chunkBytes", "must be at least 1, was " + bytes);
    }
    return new DeliveryReportRollup(json, plan, counted, threads, bytes);
  }

  /** @return how many threads read */
  public int threads() {
    return threads;
  }

  /** @return the size of a chunk, in bytes */
  public int chunkBytes() {
    return chunkBytes;
  }

  /**
   * The totals of a document and what reading it found.
   *
   * @param totals the roll-up of every sound record of a counted status
   * @param records how many sound records of known measures were read
   * @param problems the problems, in document order, at most {@link #MAX_PROBLEMS} and then one counting the
   *     rest; empty when every record was sound
   */
  public record Result(RollupTotals totals, long records, List<Problem> problems) {

    /**
     * @param totals the roll-up of every sound record of a counted status
     * @param records how many sound records of known measures were read
     * @param problems the problems, in document order
     */
    public Result {
      Objects.requireNonNull(totals, "totals");
      problems = List.copyOf(problems);
    }
  }

  /**
   * Reads a delivery report file.
   *
   * @param file the document
   * @return the totals and the problems
   * @throws UncheckedIOException when the file cannot be read
   */
  public Result read(Path file) {
    try {
      long size = Files.size(file);
      return read(new Source() {
        @Override
        public long size() {
          return size;
        }

        @Override
        public InputStream open(long from) throws IOException {
          InputStream in = Files.newInputStream(file);
          in.skipNBytes(from);
          return in;
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a delivery report held in memory.
   *
   * @param document the document's bytes
   * @return the totals and the problems
   */
  public Result read(byte[] document) {
    return read(new Source() {
      @Override
      public long size() {
        return document.length;
      }

      @Override
      public InputStream open(long from) {
        return new ByteArrayInputStream(document, (int) Math.min(from, document.length),
            (int) Math.max(0, document.length - from));
      }
    });
  }

  /** Bytes from a position to the end, as a stream; opened by any thread. */
  private interface Source {
    long size();

    InputStream open(long from) throws IOException;
  }

  private Result read(Source source) {
    long array = -1;
    try (InputStream in = new BufferedInputStream(source.open(0), 1 << 16)) {
      array = Structure.recordsArray(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (array >= 0 && (threads > 1 || source.size() > chunkBytes)) {
      Result chunked = chunked(source, array);
      if (chunked != null) {
        return chunked;
      }
    }
    return whole(source);
  }

  /** The streamed reader alone, on this thread. */
  private Result whole(Source source) {
    Chunk chunk = new Chunk(-1, -1, -1, true);
    ChunkedRollup.Outcome<Report> outcome = ChunkedRollup.rollUp(plan, List.of(chunk),
        () -> new Reader(source, null), 1);
    Report r = outcome.reports().get(0);
    return new Result(outcome.accumulator().result(), r.delivered(), limit(r.problems(), r.unlisted(), r.unknown()));
  }

  /** @return the chunked result, or null when the document must be read whole */
  private Result chunked(Source source, long array) {
    byte[] header;
    try (InputStream in = source.open(0)) {
      header = in.readNBytes((int) array + 1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Chunk> chunks = new ArrayList<>();
    for (long from = array + 1; from < source.size() || chunks.isEmpty(); from += chunkBytes) {
      chunks.add(new Chunk(from, Math.min(source.size(), from + chunkBytes), array, from == array + 1));
    }
    ChunkedRollup.Outcome<Report> outcome = ChunkedRollup.rollUp(plan, chunks, () -> new Reader(source, header),
        threads);
    List<Report> reports = outcome.reports();
    long before = 0;
    List<Problem> problems = new ArrayList<>();
    List<Problem> unknown = new ArrayList<>();
    long unlisted = 0;
    long delivered = 0;
    boolean ended = false;
    for (int k = 0; k < reports.size(); k++) {
      Report r = reports.get(k);
      if (r.irregular() || (k > 0 && reports.get(k - 1).end() != r.begin()) || (ended && r.records() > 0)) {
        return null;
      }
      ended |= r.arrayEnded();
      for (Problem p : r.problems()) {
        Matcher m = RECORD_PATH.matcher(p.path());
        if (!m.matches()) {
          return null; // a problem of the document, not of one record
        }
        problems.add(Problem.of("$.records[" + (Long.parseLong(m.group(1)) + before) + "]" + m.group(2), p.message()));
      }
      unlisted += r.unlisted();
      unknown.addAll(r.unknown().subList(0, Math.min(r.unknown().size(), MAX_PROBLEMS - unknown.size())));
      before += r.records();
      delivered += r.delivered();
    }
    if (!ended) {
      return null;
    }
    return new Result(outcome.accumulator().result(), delivered, limit(problems, unlisted, unknown));
  }

  /**
   * @return the reader's first problems, as it lists them (the rest counted in a last problem), then the
   *     first sound records of unknown measures
   */
  private static List<Problem> limit(List<Problem> problems, long unlisted, List<Problem> unknown) {
    List<Problem> kept = new ArrayList<>(problems.subList(0, Math.min(MAX_PROBLEMS, problems.size())));
    long more = unlisted + problems.size() - kept.size();
    if (more > 0) {
      kept.add(Problem.of("$", "and " + more + " more problems, not listed"));
    }
    kept.addAll(unknown);
    return Collections.unmodifiableList(kept);
  }

  /**
   * The records whose first byte is in {@code [from, to)} of the array that opens at byte {@code array};
   * {@code exact} when {@code from} is the first record's start (or the array's end). {@code from < 0}: the
   * whole document.
   */
  private record Chunk(long from, long to, long array, boolean exact) {}

  /**
   * @param begin the first record's first byte
   * @param end the byte after the chunk: the next record's first byte, or the array's end
   * @param records how many records the chunk holds
   * @param delivered how many sound records of known measures were read
   * @param problems the reader's problems, paths numbered from the chunk's first record
   * @param unlisted the reader's problems counted but not listed
   * @param unknown sound records of measures the roll-up does not know
   * @param arrayEnded true when the array ends in this chunk
   * @param irregular true when the chunk's bytes are not plain records ({@code {…}} separated by commas), or
   *     the reader stopped at a syntax error or a broken limit
   */
  private record Report(long begin, long end, long records, long delivered, List<Problem> problems, long unlisted,
      List<Problem> unknown, boolean arrayEnded, boolean irregular) {}

  /** Reads chunks on one thread. */
  private final class Reader implements ChunkedRollup.ChunkReader<Chunk, Report> {
    private final Source source;
    private final byte[] header;

    Reader(Source source, byte[] header) {
      this.source = source;
      this.header = header;
    }

    @Override
    public Report read(Chunk chunk, PortfolioRollup.Accumulator into) {
      try {
        if (chunk.from() < 0) {
          return parse(source.open(0), into, 0, 0, 0, false, false);
        }
        long lookBack = Math.max(chunk.array() + 1, chunk.from() - Structure.LOOK_BACK);
        Structure s;
        try (InputStream in = source.open(lookBack)) {
          s = Structure.scan(in, lookBack, chunk.from(), chunk.to(), chunk.exact(), source.size());
        }
        if (s.irregular || s.records == 0) {
          return new Report(s.begin, s.end, s.records, 0, List.of(), 0, List.of(), s.arrayEnded, s.irregular);
        }
        // the chunk's records as a document of their own: the file's header, the records, the closing "]}"

        InputStream records = new BoundedStream(source.open(s.begin), s.lastRecordEnd - s.begin);
        InputStream document = new SequenceInputStream(Collections.enumeration(List.of(new ByteArrayInputStream(header),
            records, new ByteArrayInputStream(CLOSE))));
        return parse(document, into, s.begin, s.end, s.records, s.arrayEnded, false);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private Report parse(InputStream document, PortfolioRollup.Accumulator into, long begin, long end, long records,
        boolean arrayEnded, boolean irregular) throws IOException {
      List<Problem> unknown = new ArrayList<>();
      long[] delivered = new long[1];
      List<Problem> problems = List.of();
      try (InputStream in = document) {
        json.readDeliveryRecords(in, r -> add(r, into, unknown, delivered));
      } catch (JsonProblemsException e) {
        problems = e.problems();
        // a syntax error or a broken limit (it has a cause) stops the reader: the records after it are not read
        irregular |= e.getCause() != null;
      }
      long unlisted = 0;
      List<Problem> listed = new ArrayList<>();
      for (Problem p : problems) {
        Matcher m = MORE.matcher(p.message());
        if (p.path().equals("$") && m.matches()) {
          unlisted += Long.parseLong(m.group(1));
        } else {
          listed.add(p);
        }
      }
      return new Report(begin, end, records, delivered[0], listed, unlisted, unknown, arrayEnded, irregular);
    }

    private void add(DeliveryRecord r, PortfolioRollup.Accumulator into, List<Problem> unknown, long[] delivered) {
      int m;
      try {
        m = plan.measureIndex(r.measure());
      } catch (ValidationException e) {
        if (unknown.size() < MAX_PROBLEMS) {
          unknown.add(Problem.of("$.records", "record '" + shortened(r.id()) + "': measure " + r.measure()
              + " is not in the roll-up's framework or edition"));
        }
        return;
      }
      delivered[0]++;
      if (counted.contains(r.status())) {
        java.math.BigDecimal q = r.attributedQuantity();
        if (q.unscaledValue().bitLength() < Long.SIZE) {
          into.add(m, r.period().year().startYear(), q.unscaledValue().longValue(), q.scale());
        } else {
          into.add(r);
        }
      }
    }
  }

  private static String shortened(String text) {
    return text.length() <= 60 ? text : text.substring(0, 57) + "...";
  }

  /** At most {@code left} bytes of a stream. */
  private static final class BoundedStream extends InputStream {
    private final InputStream in;
    private long left;

    BoundedStream(InputStream in, long left) {
      this.in = in;
      this.left = left;
    }

    @Override
    public int read() throws IOException {
      return left-- > 0 ? in.read() : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (left <= 0) {
        return -1;
      }
      int n = in.read(b, off, (int) Math.min(len, left));
      if (n > 0) {
        left -= n;
      }
      return n;
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }

  /** The JSON structure a chunk needs: where records start and end, found by bytes (strings and escapes skipped). */
  private static final class Structure {
    static final int LOOK_BACK = 4096;

    long begin;
    long end;
    long lastRecordEnd;
    long records;
    boolean arrayEnded;
    boolean irregular;

    /**
     * @return the offset of the {@code [} that opens the root object's {@code "records"}, or -1 when it
     *     cannot be found plainly
     */
    static long recordsArray(InputStream in) throws IOException {
      long at = 0;
      int depth = 0;
      int c;
      boolean expectKey = false;
      while ((c = in.read()) >= 0) {
        if (c == '"') {
          byte[] key = new byte[RECORDS.length + 1];
          int n = 0;
          int d;
          boolean plain = true;
          at++;
          while ((d = in.read()) >= 0 && d != '"') {
            at++;
            plain &= d != '\\';
            if (d == '\\') {
              in.read();
              at++;
            }
            if (n < key.length) {
              key[n] = (byte) d;
            }
            n++;
          }
          at++;
          if (d < 0) {
            return -1;
          }
          if (depth == 1 && expectKey && plain && n == RECORDS.length
              && java.util.Arrays.equals(key, 0, n, RECORDS, 0, n)) {
            while ((c = in.read()) >= 0 && (isSpace(c) || c == ':')) {
              at++;
            }
            return c == '[' ? at : -1;
          }
          expectKey = false;
          continue;
        }
        if (c == '{' || c == '[') {
          depth++;
          expectKey = c == '{' && depth == 1;
        } else if (c == '}' || c == ']') {
          depth--;
        } else if (c == ',') {
          expectKey = depth == 1;
        }
        at++;
      }
      return -1;
    }

    /**
     * Scans from {@code start} (at most {@link #LOOK_BACK} before {@code from}) for the chunk's records.
     */
    static Structure scan(InputStream stream, long start, long from, long to, boolean exact, long size)
        throws IOException {
      Structure s = new Structure();
      Bytes in = new Bytes(stream, start);
      // the first record's start: the first '{' at or after from that follows '}' ',' (or the array's opening)
      int last = exact ? ',' : 0;
      int beforeLast = exact ? '}' : 0;
      int c;
      while (true) {
        c = in.next();
        if (c < 0) {
          s.begin = size;
          s.end = size;
          return s;
        }
        long at = in.position() - 1;
        if (at >= from && c == '{' && last == ',' && beforeLast == '}') {
          s.begin = at;
          break;
        }
        if (exact && at >= from && !isSpace(c)) {
          s.irregular = true; // an empty array, or not an object: the streamed reader alone says what it is
          return s;
        }
        if (!isSpace(c)) {
          beforeLast = last;
          last = c;
        }
      }
      // records: '{' … '}' then ',' or ']'; c is the '{' of a record
      while (true) {
        long recordStart = in.position() - 1;
        if (recordStart >= to) {
          s.end = recordStart;
          return s;
        }
        int depth = 1;
        while (depth > 0) {
          c = in.next();
          if (c < 0) {
            s.irregular = true;
            return s;
          }
          if (c == '"') {
            if (!in.skipString()) {
              s.irregular = true;
              return s;
            }
          } else if (c == '{' || c == '[') {
            depth++;
          } else if (c == '}' || c == ']') {
            depth--;
          }
        }
        s.records++;
        s.lastRecordEnd = in.position();
        c = in.nextNonSpace();
        if (c == ']') {
          s.end = in.position() - 1;
          s.arrayEnded = true;
          if (in.nextNonSpace() != '}' || in.nextNonSpace() >= 0) {
            s.irregular = true;
          }
          return s;
        }
        if (c != ',' || in.nextNonSpace() != '{') {
          s.irregular = true;
          return s;
        }
      }
    }

    private static boolean isSpace(int c) {
      return c == ' ' || c == '\n' || c == '\r' || c == '\t';
    }
  }

  /** Bytes of a stream one at a time, from a buffer of its own (no lock per byte), knowing their position. */
  private static final class Bytes {
    private final InputStream in;
    private final byte[] buffer = new byte[1 << 16];
    private int next;
    private int length;
    private long offset;

    Bytes(InputStream in, long start) {
      this.in = in;
      this.offset = start;
    }

    /** @return the position of the byte {@link #next()} returns next */
    long position() {
      return offset + next;
    }

    int next() throws IOException {
      if (next == length && !fill()) {
        return -1;
      }
      return buffer[next++] & 0xFF;
    }

    int nextNonSpace() throws IOException {
      int c;
      do {
        c = next();
      } while (Structure.isSpace(c));
      return c;
    }

    /** Skips the rest of a string whose opening quote was read; false at the end of the stream. */
    boolean skipString() throws IOException {
      while (true) {
        byte[] b = buffer;
        int i = next;
        int n = length;
        while (i < n && b[i] != '"' && b[i] != '\\') {
          i++;
        }
        next = i;
        if (i == n) {
          if (!fill()) {
            return false;
          }
          continue;
        }
        next++;
        if (b[i] == '"') {
          return true;
        }
        if (next() < 0) { // the escaped character
          return false;
        }
      }
    }

    private boolean fill() throws IOException {
      offset += length;
      next = 0;
      length = Math.max(0, in.readNBytes(buffer, 0, buffer.length));
      return length > 0;
    }
  }
}
