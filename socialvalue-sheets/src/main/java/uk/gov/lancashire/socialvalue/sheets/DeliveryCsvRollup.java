package uk.gov.lancashire.socialvalue.sheets;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import uk.gov.lancashire.socialvalue.basics.Problem;
import uk.gov.lancashire.socialvalue.basics.ValidationException;
import uk.gov.lancashire.socialvalue.delivery.RecordStatus;
import uk.gov.lancashire.socialvalue.portfolio.ChunkedRollup;
import uk.gov.lancashire.socialvalue.portfolio.PortfolioRollup;
import uk.gov.lancashire.socialvalue.portfolio.RollupTotals;

/**
 * Supplier returns in the {@link DeliveryColumn} CSV layout (UTF-8), rolled straight up into a {@link
 * PortfolioRollup}, on as many threads as asked, at millions of rows a second: the fast way from a file of
 * delivery records to the views by priority, theme and financial year.
 *
 * <p><strong>Same answer as {@link DeliveryCsv}.</strong> Every row is read by {@link DeliveryCsv}'s
 * rules: a good row's attributed quantity (quantity × share) is added when its status is one of the counted
 * statuses; every bad cell is a problem naming its cell ({@code D7: quantity: must be a plain decimal …}),
 * with the same text as {@link DeliveryCsv#read}, and good rows are kept. A good row whose measure the
 * roll-up's framework and edition do not know is a problem at its measure cell. Rows the template writes
 * (clean ASCII in the template's own forms) are checked and added straight from their bytes; any other row
 * is decoded by {@link DeliveryCsv}'s own decoder. A limit {@link DeliveryCsv} enforces stops the read with
 * the same {@link SheetLimitException}.
 *
 * <p><strong>Every core, the same figures.</strong> The rows after the header are divided into chunks
 * (see {@link #chunkBytes()}), read in parallel into per-thread accumulators ({@link ChunkedRollup})
 * and merged exactly, so the totals, the problems (in file order, rows numbered as in the file), the counts
 * and any limit broken are identical whatever the threads and the chunk size. A chunk's first row is found
 * after the first line end in its range; when that line end was inside a quoted cell (a cell holding a
 * line break), the chunk before it proves it (its last row ends elsewhere), and the file is read again on
 * one thread, so the answer stays exact.
 *
 * <p>Memory: each thread holds a window of {@value CsvRowScanner#WINDOW} bytes and one accumulator; the
 * problems kept are bounded ({@link SheetResult#MAX_PROBLEMS} per chunk at most).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DeliveryCsvRollup {

  /** The largest chunk by default, in bytes. */
  public static final int DEFAULT_CHUNK_BYTES = 8 << 20;

  /** The smallest chunk by default, in bytes: a thread's window ({@value CsvRowScanner#WINDOW} bytes). */
  static final int MIN_DEFAULT_CHUNK_BYTES = CsvRowScanner.WINDOW;

  /**
   * How many chunks each thread gets by default, when the file is large enough: threads claim chunks as
   * they go, so the last chunk is the most one thread can be left reading alone, here a sixteenth of a
   * thread's share (with 8 MB chunks, the 10^6-record benchmark file is ten chunks: on two threads, one
   * thread could be left reading the last fifth of its share alone).
   */
  static final int DEFAULT_CHUNKS_PER_THREAD = 16;

  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private final PortfolioRollup plan;
  private final Set<RecordStatus> counted;
  private final int threads;
  /** The size of a chunk, or 0 for the default: see {@link #chunkBytes()}. */
  private final int chunkBytes;

  private DeliveryCsvRollup(PortfolioRollup plan, Set<RecordStatus> counted, int threads, int chunkBytes) {
    this.plan = Objects.requireNonNull(plan, "plan");
    this.counted = Set.copyOf(Objects.requireNonNull(counted, "counted"));
    this.threads = threads;
    this.chunkBytes = chunkBytes;
  }

  /**
   * @param plan the roll-up plan that values the quantities
   * @param counted the statuses whose records are added (for example only {@code VERIFIED}); the others
   *     are read and checked but not added
   * @return a reader on one thread
   */
  public static DeliveryCsvRollup of(PortfolioRollup plan, Set<RecordStatus> counted) {
    return new DeliveryCsvRollup(plan, counted, 1, 0);
  }

  /**
   * @param threads how many threads read, the calling thread included: 1 to {@link ChunkedRollup#MAX_THREADS}
   * @return a reader like this one on that many threads
   * @throws ValidationException when out of range
   */
  public DeliveryCsvRollup withThreads(int threads) {
    if (threads < 1 || threads > ChunkedRollup.MAX_THREADS) {
      throw ValidationException.of("threads", "must be from 1 to " + ChunkedRollup.MAX_THREADS + ", was " + threads);
    }
    return new DeliveryCsvRollup(plan, counted, threads, chunkBytes);
  }

  /**
   * @param bytes the size of every chunk, at least 1, in place of the default (see {@link #chunkBytes()});
   *     chunks of a few megabytes keep every thread busy
   * @return a reader like this one with that chunk size
   * @throws ValidationException when below 1
   */
  public DeliveryCsvRollup withChunkBytes(int bytes) {
    if (bytes < 1) {
      throw ValidationException.of("chunkBytes", "must be at least 1, was " + bytes);
    }
    return new DeliveryCsvRollup(plan, counted, threads, bytes);
  }

  /** @return how many threads read */
  public int threads() {
    return threads;
  }

  /**
   * The size of a chunk set by {@link #withChunkBytes(int)}, or 0 for the default: a file is then divided
   * into about {@value #DEFAULT_CHUNKS_PER_THREAD} chunks per thread, each from {@value CsvRowScanner#WINDOW}
   * bytes to {@link #DEFAULT_CHUNK_BYTES}, so that no thread is left reading a large chunk alone at the end.
   *
   * @return the size of a chunk in bytes, or 0
   */
  public int chunkBytes() {
    return chunkBytes;
  }

  /** @return the size of the chunks of {@code bytes} bytes of rows */
  long chunkBytes(long bytes) {
    if (chunkBytes > 0) {
      return chunkBytes;
    }
    long share = -Math.floorDiv(-bytes, (long) threads * DEFAULT_CHUNKS_PER_THREAD);
    return Math.max(MIN_DEFAULT_CHUNK_BYTES, Math.min(DEFAULT_CHUNK_BYTES, share));
  }

  /**
   * The totals of a file and what reading it found.
   *
   * @param totals the roll-up of every good row of a counted status
   * @param sheet good records, problems and blank rows, as {@link DeliveryCsv#read} reports them
   */
  public record Result(RollupTotals totals, SheetResult sheet) {

    /**
     * @param totals the roll-up of every good row of a counted status
     * @param sheet good records, problems and blank rows
     */
    public Result {
      Objects.requireNonNull(totals, "totals");
      Objects.requireNonNull(sheet, "sheet");
    }
  }

  /**
   * Reads a CSV file.
   *
   * @param file the file, UTF-8
   * @return the totals and the reading's report
   * @throws SheetLimitException when a row breaks a limit; the read stops
   * @throws UncheckedIOException when the file cannot be read
   */
  public Result read(Path file) {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      return read(ByteSource.of(channel));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads CSV held in memory.
   *
   * @param csv the bytes, UTF-8
   * @return the totals and the reading's report
   * @throws SheetLimitException when a row breaks a limit; the read stops
   */
  public Result read(byte[] csv) {
    return read(ByteSource.of(csv));
  }

  private Result read(ByteSource source) {
    CsvRowScanner scanner = new CsvRowScanner(source);
    long at = startsWithBom(source) ? BOM.length : 0;
    long row = 0;
    List<String> header = null;
    ProblemLog headerLog = new ProblemLog();
    try {
      while (at < source.size()) {
        scanner.row(at);
        row++;
        at = scanner.next;
        List<String> cells = scanner.cells();
        if (!cells.stream().allMatch(String::isBlank)) {
          header = cells;
          break;
        }
      }
    } catch (SheetLimitException e) {
      throw reference(source);
    }
    if (header == null) {
      headerLog.add(CellRef.of("", 1, 0), "the file is empty; the first row must name the columns "
          + ReturnsTemplate.header());
      return new Result(plan.accumulator().result(), headerLog.result(0, 0));
    }
    DeliveryCsvLayout layout = new DeliveryCsvLayout(plan, counted, row, header);
    if (!layout.decoder(headerLog).isUsable()) {
      return new Result(plan.accumulator().result(), headerLog.result(0, 0));
    }
    List<DeliveryCsvChunk.Chunk> chunks = new ArrayList<>();
    long dataStart = at;
    long size = source.size();
    long step = chunkBytes(size - dataStart);
    for (long from = dataStart; from < size || chunks.isEmpty(); from += step) {
      chunks.add(new DeliveryCsvChunk.Chunk(from, Math.min(size, from + step), from == dataStart));
    }
    ChunkedRollup.Outcome<DeliveryCsvChunk.Report> outcome = ChunkedRollup.rollUp(plan, chunks,
        () -> new DeliveryCsvChunk(layout, source), threads);
    List<DeliveryCsvChunk.Report> reports = outcome.reports();
    boolean aligned = true;
    for (int k = 1; k < reports.size(); k++) {
      aligned &= reports.get(k - 1).end() == reports.get(k).begin();
    }
    if (!aligned) {
      // a chunk began inside a quoted cell: read the rows again as one chunk, on this thread
      outcome = ChunkedRollup.rollUp(plan, List.of(new DeliveryCsvChunk.Chunk(dataStart, size, true)),
          () -> new DeliveryCsvChunk(layout, source), 1);
      reports = outcome.reports();
    }
    return new Result(outcome.accumulator().result(), merge(headerLog, row, reports, source));
  }

  /** Renumbers each chunk's problems from the file's first row and keeps the first ones in file order. */
  private SheetResult merge(ProblemLog headerLog, long headerRow, List<DeliveryCsvChunk.Report> reports,
      ByteSource source) {
    SheetResult header = headerLog.result(0, 0);
    List<Problem> kept = new ArrayList<>(header.problems());
    long count = header.problemCount();
    long before = headerRow;
    long records = 0;
    long blankRows = 0;
    for (DeliveryCsvChunk.Report report : reports) {
      if (report.limit() != null) {
        throw reference(source);
      }
      for (Problem p : report.problems()) {
        if (kept.size() < SheetResult.MAX_PROBLEMS) {
          kept.add(Problem.of(renumber(p.path(), before), p.message()));
        }
      }
      count += report.problemCount();
      before += report.rows();
      records += report.records();
      blankRows += report.blankRows();
    }
    return new SheetResult(records, kept, count, blankRows);
  }

  /** @return the limit the file breaks, as {@link DeliveryCsv#read} reports it (it names the file's row) */
  private RuntimeException reference(ByteSource source) {
    try {
      DeliveryCsv.read(new InputStreamReader(source.stream(0), StandardCharsets.UTF_8), r -> { });
    } catch (SheetLimitException e) {
      return e;
    }
    return new IllegalStateException("a row broke a limit when read in chunks but not when read whole");
  }

  /** @return a CSV cell reference ({@code D7}) moved down by {@code rows} rows */
  private static String renumber(String cell, long rows) {
    int digits = 0;
    while (digits < cell.length() && !Character.isDigit(cell.charAt(digits))) {
      digits++;
    }
    return CellRef.of("", Long.parseLong(cell.substring(digits)) + rows, CellRef.index(cell.substring(0, digits)))
        .toString();
  }

  private static boolean startsWithBom(ByteSource source) {
    byte[] first = new byte[BOM.length];
    return source.read(0, first, 0, BOM.length) == BOM.length && first[0] == BOM[0] && first[1] == BOM[1]
        && first[2] == BOM[2];
  }
}
