package uk.gov.lancashire.socialvalue.json;

import org.jspecify.annotations.Nullable;
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
import uk.gov.lancashire.socialvalue.basics.Problem;
import uk.gov.lancashire.socialvalue.basics.ValidationException;
import uk.gov.lancashire.socialvalue.delivery.DeliveryRecord;
import uk.gov.lancashire.socialvalue.delivery.RecordStatus;
import uk.gov.lancashire.socialvalue.json.engine.In;
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
 * records are kept. A sound record whose measure the roll-up does not know, or whose value the roll-up refuses
 * (beyond its digit bound: see {@link PortfolioRollup.Accumulator}), is a problem too, at the record's
 * property ({@code $.records[12].measure: measure NT99 is not in the roll-up's framework or edition}), in
 * document order with the reader's problems; the first {@link #MAX_PROBLEMS} are listed and the rest counted.
 *
 * <p><strong>Every core, the same figures.</strong> The records array is divided into chunks of about
 * {@link #chunkBytes()} bytes, each starting at the first {@code {} that follows a {@code },} at or after
 * its nominal start. Each chunk is read by the same streamed reader, as a document of its own (the file's
 * header, the chunk's records, {@code ]}}), into a per-thread accumulator ({@link ChunkedRollup}); the
 * accumulators are merged exactly and the problems renumbered from where the reader found them (no path is
 * parsed). A boundary guessed inside a string leaves the chunk before it ending inside that string, which
 * the reader refuses as a syntax error; then, or when a problem concerns the document rather than one
 * record, the document is read again whole on one thread. The result is identical whatever the threads and
 * the chunk size.
 *
 * <p><strong>Plain records first.</strong> Each chunk is first read by a scanner of plain records ({@code
 * RecordScanner}): records as the SDK's writers write them, in compact or indented form, with every name one
 * the record declares, each at most once, every string printable ASCII without escapes, and every value of
 * the kind its property reads; no record longer than 16 KB. It converts each value with the streamed
 * reader's own codecs and builds each record with {@link DeliveryRecord#builder()}, into an accumulator of the
 * chunk's own; on anything else (an escape, a byte beyond ASCII, an unknown or repeated name, a number, a
 * {@code null}, a bad value, a record the core refuses, a property after the records array) it gives up on the
 * whole chunk, drops what it read, and the streamed reader reads the chunk as above, so every problem and
 * path is the streamed reader's. The document's header is read once by the streamed reader (with an empty
 * array) before any chunk is scanned, and a header with any problem is never scanned. The scanner is used
 * only while the reader's limits cannot refuse what it accepts (strings of 16 K characters, a nesting
 * depth of 4). The result is the same with the scanner or without ({@link #withRecordScanner(boolean)});
 * only the time differs: on the SDK's own output about 40% of the CPU time per record.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DeliveryReportRollup {

  /** The default size of a chunk, in bytes. */
  public static final int DEFAULT_CHUNK_BYTES = 8 << 20;
  /** The smallest chunk of the default division, in bytes. */
  static final int MIN_DEFAULT_CHUNK_BYTES = 1 << 20;
  /** About how many chunks each thread reads by default. */
  static final int DEFAULT_CHUNKS_PER_THREAD = 16;
  /** How many problems a result keeps; the rest are counted in a last problem, as the streamed reader does. */
  public static final int MAX_PROBLEMS = In.MAX_PROBLEMS;

  /** The buffer between a file and the parser: few system calls, and bounded memory per thread. */
  private static final int READ_BUFFER_BYTES = 256 * 1024;

  private static final byte[] CLOSE = "]}".getBytes(StandardCharsets.US_ASCII);

  private final SocialValueJson json;
  private final PortfolioRollup plan;
  private final Set<RecordStatus> counted;
  private final int threads;
  /** The size of a chunk, or 0 for the default: see {@link #chunkBytes()}. */
  private final int chunkBytes;
  private final boolean scanner;
  /** The size of the scanner's buffer for a chunk of a file. */
  private final int scanBuffer;

  private DeliveryReportRollup(SocialValueJson json, PortfolioRollup plan, Set<RecordStatus> counted, int threads,
      int chunkBytes, boolean scanner, int scanBuffer) {
    this.json = Objects.requireNonNull(json, "json");
    this.plan = Objects.requireNonNull(plan, "plan");
    this.counted = Set.copyOf(Objects.requireNonNull(counted, "counted"));
    this.threads = threads;
    this.chunkBytes = chunkBytes;
    this.scanner = scanner;
    this.scanBuffer = scanBuffer;
  }

  /**
   * @param json the reader (its limits apply to every record)
   * @param plan the roll-up plan that values the quantities
   * @param counted the statuses whose records are added; the others are read and checked only
   * @return a reader on one thread
   */
  public static DeliveryReportRollup of(SocialValueJson json, PortfolioRollup plan, Set<RecordStatus> counted) {
    return new DeliveryReportRollup(json, plan, counted, 1, 0, true,
        READ_BUFFER_BYTES + RecordScanner.MAX_RECORD_BYTES);
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
    return new DeliveryReportRollup(json, plan, counted, threads, chunkBytes, scanner, scanBuffer);
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
    return new DeliveryReportRollup(json, plan, counted, threads, bytes, scanner, scanBuffer);
  }

  /**
   * @param on false to read every chunk with the streamed reader alone, as before the plain-record scanner
   *     (the result is the same; for comparison, and as a safety valve)
   * @return a reader like this one, with the plain-record scanner on or off (on by default)
   */
  public DeliveryReportRollup withRecordScanner(boolean on) {
    return new DeliveryReportRollup(json, plan, counted, threads, chunkBytes, on, scanBuffer);
  }

  /**
   * @param bytes the size of the scanner's buffer for a chunk of a file, at least {@link
   *     RecordScanner#MAX_RECORD_BYTES} (for tests of records across the buffer's end)
   * @return a reader like this one with that buffer
   */
  DeliveryReportRollup withScanBuffer(int bytes) {
    if (bytes < RecordScanner.MAX_RECORD_BYTES) {
      throw new IllegalArgumentException("scanBuffer: must be at least " + RecordScanner.MAX_RECORD_BYTES);
    }
    return new DeliveryReportRollup(json, plan, counted, threads, chunkBytes, scanner, bytes);
  }

  /** @return true when chunks of plain records are read by the plain-record scanner first */
  public boolean recordScanner() {
    return scanner;
  }

  /** @return how many threads read */
  public int threads() {
    return threads;
  }

  /**
   * The size of a chunk set by {@link #withChunkBytes(int)}, or 0 for the default: the records are then
   * divided into about {@value #DEFAULT_CHUNKS_PER_THREAD} chunks per thread, each from 1 MB to {@link
   * #DEFAULT_CHUNK_BYTES}, so that no thread is left reading a large chunk alone at the end.
   *
   * @return the size of a chunk in bytes, or 0
   */
  public int chunkBytes() {
    return chunkBytes;
  }

  /** @return the size of the chunks of {@code bytes} bytes of records */
  long chunkBytes(long bytes) {
    if (chunkBytes > 0) {
      return chunkBytes;
    }
    long share = -Math.floorDiv(-bytes, (long) threads * DEFAULT_CHUNKS_PER_THREAD);
    return Math.max(MIN_DEFAULT_CHUNK_BYTES, Math.min(DEFAULT_CHUNK_BYTES, share));
  }

  /**
   * The totals of a document and what reading it found.
   *
   * @param totals the roll-up of every sound record of a counted status
   * @param records how many sound records of known measures were read (and, when counted, added)
   * @param problems the problems, in document order, at most {@link #MAX_PROBLEMS} and then one counting the
   *     rest; empty when every record was sound
   */
  public record Result(RollupTotals totals, long records, List<Problem> problems) {

    /**
     * @param totals the roll-up of every sound record of a counted status
     * @param records how many sound records of known measures were read (and, when counted, added)
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
    return readCounted(file).result();
  }

  /** {@link #read(Path)}, with how many chunks were read and how many of them the scanner took. */
  Counted readCounted(Path file) {
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
          // the parser asks for 8,000 bytes at a time: a system call each, a sixth of the CPU of a read
          // from a file, without a larger buffer between them
          return new java.io.BufferedInputStream(in, READ_BUFFER_BYTES);
        }

        @Override
        public InputStream openRaw(long from) throws IOException {
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
    return readCounted(document).result();
  }

  /** {@link #read(byte[])}, with how many chunks were read and how many of them the scanner took. */
  Counted readCounted(byte[] document) {
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

      @Override
      public byte[] bytes() {
        return document;
      }
    });
  }

  /**
   * A result and how it was read (for tests).
   *
   * @param result the result
   * @param chunks how many chunks were read, 0 when the document was read whole
   * @param scanned how many of them the plain-record scanner read
   */
  record Counted(Result result, int chunks, int scanned) {}

  /** Bytes from a position to the end, as a stream; opened by any thread. */
  private interface Source {
    long size();

    /** @return the bytes from {@code from}, buffered for the parser */
    InputStream open(long from) throws IOException;

    /** @return the bytes from {@code from}, for reads of large blocks */
    default InputStream openRaw(long from) throws IOException {
      return open(from);
    }

    /** @return the whole document when it is in memory, else null */
    default byte @Nullable [] bytes() {
      return null;
    }
  }

  private Counted read(Source source) {
    long array;
    try (InputStream in = source.open(0)) {
      array = json.recordsArrayOffset(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (array >= 0 && (threads > 1 || source.size() > chunkBytes(source.size()) || scanner)) {
      Counted chunked = chunked(source, array);
      if (chunked != null) {
        return chunked;
      }
    }
    return new Counted(whole(source), 0, 0);
  }

  /** The streamed reader alone, on this thread, as {@link SocialValueJson#readDeliveryRecords} reads. */
  private Result whole(Source source) {
    long[] delivered = new long[1];
    List<Problem> problems = new ArrayList<>();
    ChunkedRollup.ChunkReader<Source, Object> reader = (s, into) -> {
      try (InputStream in = s.open(0)) {
        json.readDeliveryRecordsWithReading(in, (r, reading) -> add(r, reading::problemAt, into, delivered));
      } catch (JsonProblemsException e) {
        problems.addAll(e.problems());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return null;
    };
    ChunkedRollup.Outcome<Object> outcome = ChunkedRollup.rollUp(plan, List.of(source), () -> reader, 1);
    return new Result(outcome.accumulator().result(), delivered[0], problems);
  }

  /** @return the chunked result, or null when the document must be read whole */
  private @Nullable Counted chunked(Source source, long array) {
    byte[] header;
    List<Chunk> chunks = new ArrayList<>();
    try (InputStream in = source.open(0)) {
      header = in.readNBytes((int) array + 1);
      long start = array + 1;
      long step = chunkBytes(source.size() - start);
      for (long nominal = start + step; nominal < source.size(); nominal += step) {
        long[] next = nextRecord(source, Math.max(nominal, start + 1));
        if (next == null) {
          break;
        }
        chunks.add(new Chunk(chunks.size(), start, next[0]));
        start = next[1];
        nominal = Math.max(nominal, start);
      }
      chunks.add(new Chunk(chunks.size(), start, -1));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    boolean plain = scanner && RecordScanner.KNOWS_THE_SHAPES
        && json.streamLimitsAllow(RecordScanner.MAX_RECORD_BYTES, RecordScanner.DEPTH) && soundHeader(header);
    java.util.concurrent.atomic.AtomicInteger scanned = new java.util.concurrent.atomic.AtomicInteger();
    Earliest earliest = new Earliest();
    ChunkedRollup.Outcome<Report> outcome = ChunkedRollup.rollUp(plan, chunks, () -> {
      RecordScanner scan = plain ? new RecordScanner(json.module().maxDecimalLength()) : null;
      byte[][] buffer = new byte[1][];
      return (chunk, into) -> {
        Report report = scan == null ? null : scanned(source, chunk, into, scan, buffer);
        if (report != null) {
          scanned.incrementAndGet();
        } else {
          report = read(source, header, chunk, into);
        }
        earliest.keep(chunk.index(), report);
        return report;
      };
    }, threads);
    List<Problem> problems = new ArrayList<>();
    long before = 0;
    long delivered = 0;
    long all = 0;
    for (Report r : outcome.reports()) {
      if (!r.ofRecords()) {
        return null;
      }
      all += r.listed() + r.unlisted();
      for (Entry e : r.problems()) {
        if (problems.size() < MAX_PROBLEMS) {
          problems.add(Problem.of("$.records[" + (before + e.index()) + "]" + e.rest(), e.message()));
        }
      }
      before += r.records();
      delivered += r.delivered();
    }
    if (all > problems.size()) {
      problems.add(Problem.of("$", "and " + (all - problems.size()) + " more problems, not listed"));
    }
    return new Counted(new Result(outcome.accumulator().result(), delivered, problems), chunks.size(), scanned.get());
  }

  /**
   * @return true when the header (everything before the records) followed by an empty array and {@code }}
   *     reads with no problem, so that a chunk of plain records has nothing of the document's to report
   */
  private boolean soundHeader(byte[] header) {
    byte[] document = java.util.Arrays.copyOf(header, header.length + CLOSE.length);
    System.arraycopy(CLOSE, 0, document, header.length, CLOSE.length);
    In in = json.streamRecords(new ByteArrayInputStream(document), (r, reading) -> { }, new long[1]);
    return in != null && in.found().isEmpty() && in.unlisted() == 0;
  }

  /**
   * Reads a chunk with the plain-record scanner into an accumulator of its own, merged into {@code into}
   * only when the whole chunk was plain.
   *
   * @return the chunk's report, or null when the scanner gave up (nothing was added)
   */
  private @Nullable Report scanned(Source source, Chunk chunk, PortfolioRollup.Accumulator into, RecordScanner scan,
      byte[][] buffer) {
    PortfolioRollup.Accumulator mine = plan.accumulator();
    long[] delivered = new long[1];
    List<Entry> listed = new ArrayList<>();
    long[] at = new long[2]; // the record's index in the chunk; the problems not listed
    Sink problems = (name, message) -> {
      if (listed.size() < MAX_PROBLEMS) {
        StringBuilder rest = new StringBuilder();
        In.appendSegment(rest, name);
        listed.add(new Entry((int) at[0], rest.toString(), message));
      } else {
        at[1]++;
      }
    };
    java.util.function.Consumer<DeliveryRecord> sink = r -> {
      add(r, problems, mine, delivered);
      at[0]++;
    };
    byte[] held = source.bytes();
    long records;
    try {
      if (held != null) {
        records = scan.chunk(new RecordScanner.Held(held, (int) chunk.from(),
            chunk.to() < 0 ? held.length : (int) chunk.to()), chunk.to() < 0, sink);
      } else {
        if (buffer[0] == null) {
          buffer[0] = new byte[scanBuffer];
        }
        try (InputStream in = source.openRaw(chunk.from())) {
          records = scan.chunk(new Streamed(in, buffer[0], chunk.to() < 0 ? Long.MAX_VALUE : chunk.to() - chunk.from()),
              chunk.to() < 0, sink);
        }
      }
    } catch (IOException | RuntimeException e) {
      return null; // the streamed reader reads the chunk again, and says what is wrong
    }
    if (records < 0) {
      return null;
    }
    into.addAll(mine);
    return new Report(records, delivered[0], true, listed, listed.size(), at[1]);
  }

  /** A chunk of a stream, read through a buffer of the reader's. */
  private static final class Streamed extends RecordScanner.Window {
    private final InputStream in;
    private long left;

    Streamed(InputStream in, byte[] buffer, long bytes) {
      this.in = in;
      this.buffer = buffer;
      this.left = bytes;
      this.end = bytes == 0;
    }

    @Override
    void fill(int bytes) {
      if (end || limit - position >= bytes) {
        return;
      }
      System.arraycopy(buffer, position, buffer, 0, limit - position);
      limit -= position;
      position = 0;
      try {
        while (limit < buffer.length && left > 0) {
          int n = in.read(buffer, limit, (int) Math.min(buffer.length - limit, left));
          if (n < 0) {
            left = 0;
            break;
          }
          limit += n;
          left -= n;
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      end = left == 0;
    }
  }

  /**
   * @return the offsets of the first {@code ,} and the {@code {} after it in {@code }, {} at or after
   *     {@code from} (spaces allowed between them), or null when there is none
   */
  private static long @Nullable [] nextRecord(Source source, long from) throws IOException {
    try (InputStream in = source.openRaw(from)) {
      byte[] block = new byte[8192];
      long comma = -1;
      int last = 0;
      long at = from;
      for (int n = in.readNBytes(block, 0, block.length); n > 0; n = in.readNBytes(block, 0, block.length)) {
        for (int i = 0; i < n; i++, at++) {
          int c = block[i];
          if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
            continue;
          }
          if (c == '{' && comma >= 0) {
            return new long[] {comma, at};
          }
          comma = c == ',' && last == '}' ? at : -1;
          last = c;
        }
      }
      return null;
    }
  }

  /**
   * The chunk numbered {@code index}: the records from {@code from} to the {@code ,} at {@code to}, or to the
   * end when {@code to} is -1.
   */
  private record Chunk(int index, long from, long to) {}

  /**
   * What was read of a chunk. Its lists may be shortened by {@link Earliest} once other chunks are read.
   *
   * @param records how many records the chunk held
   * @param delivered how many sound records of known measures were read
   * @param ofRecords false when the reader stopped (a syntax error, a broken limit) or a problem concerns the
   *     document rather than one record: then the document is read whole
   * @param problems the problems listed (the reader's, and the roll-up's of sound records), in document
   *     order, numbered from the chunk's first record
   * @param listed how many problems were listed, before any was dropped from {@code problems}
   * @param unlisted the problems counted but not listed
   */
  private record Report(long records, long delivered, boolean ofRecords, List<Entry> problems, long listed,
      long unlisted) {}

  /**
   * A problem of a record of a chunk.
   *
   * @param index the record's index in the chunk
   * @param rest its path below the record, such as {@code .quantity}
   * @param message what is wrong
   */
  private record Entry(int index, String rest, String message) {}

  /** Where the roll-up's own problems of a record go: at a property of the record. */
  private interface Sink {
    void problem(String property, String message);
  }

  /**
   * Keeps, of the chunks read so far, only the problems that can still be among the first {@link
   * #MAX_PROBLEMS} listed, in document order: a problem with that many before it, in chunks already read, is
   * dropped (still counted), since chunks read later can only put more before it. So the problems held stay
   * bounded whatever the number of chunks, and the result is the same as with every list kept whole.
   */
  private static final class Earliest {
    private final java.util.TreeMap<Integer, Report> held = new java.util.TreeMap<>();

    synchronized void keep(int index, Report report) {
      if (report.problems().isEmpty()) {
        return;
      }
      held.put(index, report);
      int before = 0;
      for (java.util.Iterator<Report> i = held.values().iterator(); i.hasNext(); ) {
        List<Entry> list = i.next().problems();
        int keep = Math.max(0, Math.min(list.size(), MAX_PROBLEMS - before));
        list.subList(keep, list.size()).clear();
        before += keep;
        if (list.isEmpty()) {
          i.remove();
        }
      }
    }
  }

  private Report read(Source source, byte[] header, Chunk chunk, PortfolioRollup.Accumulator into) {
    long[] delivered = new long[1];
    long[] records = new long[1];
    try {
      InputStream body = chunk.to() < 0 ? source.open(chunk.from())
          : new java.io.BufferedInputStream(source.open(chunk.from())) {
            private long left = chunk.to() - chunk.from();

            @Override
            public synchronized int read(byte[] b, int off, int len) throws IOException {
              int n = left <= 0 ? -1 : super.read(b, off, (int) Math.min(len, left));
              left -= Math.max(n, 0);
              return n;
            }
          };
      List<InputStream> parts = chunk.to() < 0 ? List.of(new ByteArrayInputStream(header), body)
          : List.of(new ByteArrayInputStream(header), body, new ByteArrayInputStream(CLOSE));
      try (InputStream document = new SequenceInputStream(Collections.enumeration(parts))) {
        In in = json.streamRecords(document, (r, reading) -> add(r, reading::problemAt, into, delivered), records);
        if (in == null) {
          return new Report(records[0], delivered[0], false, new ArrayList<>(), 0, 0);
        }
        List<Entry> problems = new ArrayList<>(in.found().size());
        for (In.Found f : in.found()) {
          if (f.depth() < 2 || !"records".equals(f.segment(0))) {
            return new Report(records[0], delivered[0], false, new ArrayList<>(), 0, 0); // of the document
          }
          int index = (Integer) f.segment(1);
          problems.add(new Entry(index, f.path().substring(("$.records[" + index + "]").length()), f.message()));
        }
        return new Report(records[0], delivered[0], true, problems, problems.size(), in.unlisted());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Adds a sound record of a counted status; a record whose measure the roll-up does not know, or whose value
   * it refuses, is a problem at the record's property instead.
   */
  private void add(DeliveryRecord r, Sink problems, PortfolioRollup.Accumulator into, long[] delivered) {
    int m;
    try {
      m = plan.measureIndex(r.measure());
    } catch (ValidationException e) {
      problems.problem("measure", "measure " + r.measure() + " is not in the roll-up's framework or edition");
      return;
    }
    if (counted.contains(r.status())) {
      try {
        into.add(m, r.period().year().startYear(), r.attributedQuantity());
      } catch (ValidationException e) {
        // the roll-up refuses the record (its value beyond the digit bound) and adds nothing of it
        for (Problem p : e.problems()) {
          problems.problem(p.path().isEmpty() ? "quantity" : p.path(), "not added to the roll-up: " + p.message());
        }
        return;
      }
    }
    delivered[0]++;
  }
}
