package uk.gov.lancashire.socialvalue.sheets;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import uk.gov.lancashire.socialvalue.basics.FinancialYear;
import uk.gov.lancashire.socialvalue.basics.Problem;
import uk.gov.lancashire.socialvalue.basics.ValidationException;
import uk.gov.lancashire.socialvalue.delivery.DeliveryRecord;
import uk.gov.lancashire.socialvalue.delivery.RecordStatus;
import uk.gov.lancashire.socialvalue.portfolio.ChunkedRollup;
import uk.gov.lancashire.socialvalue.portfolio.PortfolioRollup;

/**
 * Reads the rows of one chunk of a delivery-records CSV into a roll-up accumulator (one reader per thread).
 *
 * <p><strong>Fast path.</strong> A clean row (printable ASCII, no quotes, every cell already in the form the
 * template writes: no surrounding spaces, lower-case status, a known measure code, a plain decimal of at most
 * 18 digits) is checked and added straight from its bytes: no string, no {@link DeliveryRecord}. Every check
 * of {@link RowDecoder} and of the record's builder is made on the bytes, and a row that passes them all is
 * one {@link RowDecoder} would accept with the same measure, year and attributed quantity. <strong>Any other
 * row</strong> (a bad cell, quotes, spaces, other text) goes to {@link RowDecoder} itself, so its problems
 * are exactly the decoder's.
 *
 * <p>A chunk does not know its first row's number: problems are recorded with row numbers counted from the
 * chunk's start ({@link Report#rows()} lets the caller renumber them).
 */
final class DeliveryCsvChunk implements ChunkedRollup.ChunkReader<DeliveryCsvChunk.Chunk, DeliveryCsvChunk.Report> {

  /**
   * A byte range: the chunk reads the rows that start in {@code [from, to)}; unless {@code exact}, its first
   * row is taken to start after the first line end at or after {@code from - 1} (see {@link
   * CsvRowScanner#afterLineEnd(long)}).
   */
  record Chunk(long from, long to, boolean exact) {}

  /**
   * What a chunk read.
   *
   * @param begin where its first row started
   * @param end where the row after its last started
   * @param rows how many rows it read
   * @param problems its first problems, rows numbered from 1 at {@code begin}
   * @param problemCount how many problems in all
   * @param records good records
   * @param blankRows rows without a quantity
   * @param limit the limit a row broke, which stopped the chunk; null if none
   */
  record Report(long begin, long end, long rows, List<Problem> problems, long problemCount, long records,
      long blankRows, @Nullable SheetLimitException limit) {}

  private static final long[] POWERS_OF_TEN = {1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L,
      10_000_000L, 100_000_000L, 1_000_000_000L, 10_000_000_000L, 100_000_000_000L, 1_000_000_000_000L,
      10_000_000_000_000L, 100_000_000_000_000L, 1_000_000_000_000_000L, 10_000_000_000_000_000L,
      100_000_000_000_000_000L, 1_000_000_000_000_000_000L};
  private static final byte[][] STATUS_TEXT = {"claimed".getBytes(), "evidenced".getBytes(), "verified".getBytes(),
      "rejected".getBytes()};
  private static final RecordStatus[] STATUS = {RecordStatus.CLAIMED, RecordStatus.EVIDENCED, RecordStatus.VERIFIED,
      RecordStatus.REJECTED};
  private static final byte[] POSTCODE = "postcode".getBytes();
  private static final byte[] AREA = "area".getBytes();

  private final DeliveryCsvLayout layout;
  private final CsvRowScanner scanner;
  private final PortfolioRollup.Accumulator[] target = new PortfolioRollup.Accumulator[1];

  // per chunk
  private ProblemLog log;
  private RowDecoder decoder;
  private int headerProblems;
  private long row;
  private long records;
  private long blankRows;

  // the decimal last parsed
  private long unscaled;
  private int scale;

  DeliveryCsvChunk(DeliveryCsvLayout layout, ByteSource source) {
    this.layout = layout;
    this.scanner = new CsvRowScanner(source);
  }

  @Override
  public Report read(Chunk chunk, PortfolioRollup.Accumulator into) {
    log = new ProblemLog();
    decoder = layout.decoder(log);
    headerProblems = (int) log.count();
    row = 0;
    records = 0;
    blankRows = 0;
    target[0] = into;
    long begin = chunk.exact() ? chunk.from() : scanner.afterLineEnd(chunk.from() - 1);
    long at = begin;
    SheetLimitException limit = null;
    try {
      while (at < chunk.to()) {
        scanner.row(at);
        row++;
        if (!scanner.clean || !fast(into)) {
          slow();
        }
        at = scanner.next;
      }
    } catch (SheetLimitException e) {
      limit = e;
    }
    SheetResult result = log.result(0, 0);
    List<Problem> problems = new ArrayList<>(result.problems().subList(Math.min(headerProblems,
        result.problems().size()), result.problems().size()));
    return new Report(begin, at, row, problems, result.problemCount() - headerProblems, records,
        blankRows + decoder.blankRows(), limit);
  }

  /** A row that is not clean, or that the fast path does not take: decoded by {@link RowDecoder}. */
  private void slow() {
    List<String> cells = FormulaGuard.restore(scanner.cells());
    decoder.decode(row, cells, this::accept);
  }

  private void accept(DeliveryRecord record) {
    int m;
    try {
      m = layout.plan().measureIndex(record.measure());
    } catch (ValidationException e) {
      log.add(CellRef.of("", row, layout.position(DeliveryColumn.MEASURE)), DeliveryColumn.MEASURE.header() + ": "
          + e.problems().get(0).message());
      return;
    }
    if (layout.counts(record.status())) {
      try {
        target[0].add(m, record.period().year().startYear(), record.attributedQuantity());
      } catch (ValidationException e) {
        // a value beyond the roll-up's digit bound (PortfolioRollup), which adds nothing then: at the quantity
        log.add(CellRef.of("", row, layout.position(DeliveryColumn.QUANTITY)), DeliveryColumn.QUANTITY.header()
            + ": " + e.problems().get(0).message());
        return;
      }
    }
    records++;
  }

  /** @return false when the row must go to {@link RowDecoder} instead */
  private boolean fast(PortfolioRollup.Accumulator into) {
    CsvRowScanner s = scanner;
    if (s.longCell || s.commas + 1 > CsvRows.MAX_COLUMNS) {
      return false;
    }
    if (s.blank) {
      return true; // a row of blank cells: skipped, as RowDecoder skips it
    }
    byte[] b = s.buffer();
    int qs = cellStart(layout.quantity);
    int qe = cellEnd(layout.quantity);
    if (blank(b, qs, qe)) {
      blankRows++;
      return true;
    }
    if (!filled(b, cellStart(layout.id), cellEnd(layout.id))
        || !filled(b, cellStart(layout.supplier), cellEnd(layout.supplier))) {
      return false;
    }
    int year = year(b, cellStart(layout.period), cellEnd(layout.period));
    if (year < 0) {
      return false;
    }
    int measure = layout.measures().find(b, cellStart(layout.measure), cellEnd(layout.measure));
    if (measure < 0 || !decimal(b, qs, qe)) {
      return false;
    }
    long quantity = unscaled;
    int quantityScale = scale;
    int status = status(b, cellStart(layout.status), cellEnd(layout.status));
    if (status < 0) {
      return false;
    }
    if ((STATUS[status] == RecordStatus.EVIDENCED || STATUS[status] == RecordStatus.VERIFIED)
        && !evidenced(b, cellStart(layout.evidence), cellEnd(layout.evidence))) {
      return false;
    }
    if (!location(b)) {
      return false;
    }
    int ss = cellStart(layout.share);
    int se = cellEnd(layout.share);
    long share = 1;
    int shareScale = 0;
    if (!blank(b, ss, se)) {
      if (!decimal(b, ss, se) || unscaled <= 0 || scale >= POWERS_OF_TEN.length || unscaled > POWERS_OF_TEN[scale]) {
        return false;
      }
      share = unscaled;
      shareScale = scale;
    }
    if (layout.counts(STATUS[status])) {
      long attributed = quantity * share;
      try {
        if (Math.multiplyHigh(quantity, share) == (attributed >> 63)) {
          into.add(measure, year, attributed, quantityScale + shareScale);
        } else {
          into.add(layout.plan().measure(measure), FinancialYear.of(year),
              BigDecimal.valueOf(quantity, quantityScale).multiply(BigDecimal.valueOf(share, shareScale)));
        }
      } catch (ValidationException e) {
        return false; // refused by the roll-up, adding nothing: RowDecoder's way places the problem
      }
    }
    records++;
    return true;
  }

  private int cellStart(int column) {
    CsvRowScanner s = scanner;
    if (column < 0 || column > s.commas) {
      return -1;
    }
    return column == 0 ? s.start : s.cuts[column - 1] + 1;
  }

  private int cellEnd(int column) {
    CsvRowScanner s = scanner;
    if (column < 0 || column > s.commas) {
      return -1;
    }
    return column == s.commas ? (int) (s.rowEnd - s.rowStart) + s.start : s.cuts[column];
  }

  /** @return true when the cell is missing, empty or all spaces */
  private static boolean blank(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) {
      if (b[i] != ' ') {
        return false;
      }
    }
    return true;
  }

  private static boolean filled(byte[] b, int from, int to) {
    return !blank(b, from, to);
  }

  /** @return the start year of a quarter written {@code 2024/25-Q1}, exactly, or -1 */
  private static int year(byte[] b, int from, int to) {
    if (to - from != 10 || b[from + 4] != '/' || b[from + 7] != '-' || b[from + 8] != 'Q'
        || b[from + 9] < '1' || b[from + 9] > '4') {
      return -1;
    }
    int start = 0;
    for (int i = from; i < from + 4; i++) {
      if (b[i] < '0' || b[i] > '9') {
        return -1;
      }
      start = start * 10 + b[i] - '0';
    }
    if (b[from + 5] < '0' || b[from + 5] > '9' || b[from + 6] < '0' || b[from + 6] > '9') {
      return -1;
    }
    int end = (b[from + 5] - '0') * 10 + b[from + 6] - '0';
    if ((start + 1) % 100 != end || start < 1900 || start > 2999) {
      return -1;
    }
    return start;
  }

  /** Parses {@code -?[0-9]+(\.[0-9]+)?} of at most 18 digits into {@link #unscaled} and {@link #scale}. */
  private boolean decimal(byte[] b, int from, int to) {
    int i = from;
    boolean negative = i < to && b[i] == '-';
    if (negative) {
      i++;
    }
    long value = 0;
    int digits = 0;
    int point = -1;
    for (; i < to; i++) {
      byte c = b[i];
      if (c >= '0' && c <= '9') {
        value = value * 10 + (c - '0');
        digits++;
      } else if (c == '.' && point < 0 && digits > 0) {
        point = digits;
      } else {
        return false;
      }
    }
    if (digits == 0 || digits > 18 || point == digits) {
      return false;
    }
    unscaled = negative ? -value : value;
    scale = point < 0 ? 0 : digits - point;
    return true;
  }

  private static int status(byte[] b, int from, int to) {
    for (int s = 0; s < STATUS_TEXT.length; s++) {
      if (equal(b, from, to, STATUS_TEXT[s])) {
        return s;
      }
    }
    return -1;
  }

  /** @return true when the evidence cell names at least one reference */
  private static boolean evidenced(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) {
      if (b[i] != ' ' && b[i] != ';') {
        return true;
      }
    }
    return false;
  }

  /** @return true when the location cells are both blank, or a known kind beside a location */
  private boolean location(byte[] b) {
    int ks = cellStart(layout.locationKind);
    int ke = cellEnd(layout.locationKind);
    boolean noKind = blank(b, ks, ke);
    boolean noPlace = blank(b, cellStart(layout.location), cellEnd(layout.location));
    if (noKind && noPlace) {
      return true;
    }
    return !noPlace && (equal(b, ks, ke, POSTCODE) || equal(b, ks, ke, AREA));
  }

  private static boolean equal(byte[] b, int from, int to, byte[] text) {
    if (to - from != text.length) {
      return false;
    }
    for (int i = 0; i < text.length; i++) {
      if (b[from + i] != text[i]) {
        return false;
      }
    }
    return true;
  }
}
