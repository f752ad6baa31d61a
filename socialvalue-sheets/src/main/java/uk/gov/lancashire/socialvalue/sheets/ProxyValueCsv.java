package uk.gov.lancashire.socialvalue.sheets;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.money.CurrencyUnit;
import org.jspecify.annotations.Nullable;
import uk.gov.lancashire.socialvalue.basics.Amounts;
import uk.gov.lancashire.socialvalue.basics.Loaded;
import uk.gov.lancashire.socialvalue.basics.Problem;
import uk.gov.lancashire.socialvalue.basics.ValidationException;
import uk.gov.lancashire.socialvalue.framework.MeasureCode;
import uk.gov.lancashire.socialvalue.framework.ProxyValue;
import uk.gov.lancashire.socialvalue.framework.Unit;

/**
 * Loads the proxy values of an edition from CSV, the form councils receive licensed editions in.
 *
 * <p>The first line is a header naming the columns, in any order: {@code code, unit, value, currency,
 * price_year, source, licence}. Units use the JSON names ({@code fte-years}, {@code hours-x-attendees}:
 * the constant's name in lower case with hyphens); values are plain decimals ({@code 1234.50}, never
 * rounded, at most 40 characters). Each bad row becomes a problem naming its line and column ({@code line
 * 7, value: must be a plain decimal …}); the good rows are kept. A currency must be exactly a three-letter
 * ISO 4217 code before any lookup ({@link Amounts#isoCurrency(String)}). Put the values into an edition
 * with {@code ProxyEdition.builder()…putAllValues(loaded.value())}.
 *
 * <p>The file is read by the same RFC 4180 reader as {@link DeliveryCsv}: a byte order mark is skipped,
 * cells are trimmed, rows with only blank cells are skipped. Lines are counted from the header as line 1,
 * a line break inside a quoted cell not starting a new one. A cell longer than 32,767 characters, a row of
 * more than 256 cells or a file longer than {@link #MAX_LENGTH} characters stops the read with a problem
 * at its line; the rows before it are kept.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class ProxyValueCsv {

  /** The columns, in the order a template lists them. */
  public static final List<String> COLUMNS =
      List.of("code", "unit", "value", "currency", "price_year", "source", "licence");

  /** The most characters a file may hold (16 MiB, as a JSON document): an edition is a few hundred rows. */
  public static final long MAX_LENGTH = 16L * 1024 * 1024;

  private ProxyValueCsv() {}

  /**
   * Loads proxy values; the reader is not closed.
   *
   * @param csv the CSV text
   * @return the good rows by measure code, in file order, and a problem for each bad row
   * @throws UncheckedIOException when the reader fails
   */
  public static Loaded<Map<MeasureCode, ProxyValue>> read(Reader csv) {
    Map<MeasureCode, ProxyValue> values = new LinkedHashMap<>();
    Map<MeasureCode, Long> firstLine = new HashMap<>();
    List<Problem> problems = new ArrayList<>();
    CsvRows rows = new CsvRows(new Bounded(csv));
    try {
      List<String> header = next(rows);
      if (header == null) {
        problems.add(Problem.of("line 1", "the file is empty; expected a header " + COLUMNS));
        return Loaded.of(values, problems);
      }
      Map<String, Integer> columns = header(rows.row(), header, problems);
      if (columns == null) {
        return Loaded.of(values, problems);
      }
      for (List<String> cells = next(rows); cells != null; cells = next(rows)) {
        long line = rows.row();
        Row row = new Row(line, cells, columns, problems);
        MeasureCode code = row.code();
        ProxyValue value = row.value();
        if (code == null || value == null) {
          continue;
        }
        Long first = firstLine.putIfAbsent(code, line);
        if (first != null) {
          problems.add(Problem.of("line " + line + ", code", "duplicate code " + code + ", first on line " + first));
        } else {
          values.put(code, value);
        }
      }
    } catch (SheetLimitException e) {
      problems.add(Problem.of("line " + Math.max(1, rows.row()), "unreadable CSV, stopped here: " + e.getMessage()));
    }
    return Loaded.of(values, problems);
  }

  /** @return the next row that has a non-blank cell, its cells trimmed, or null at the end */
  private static @Nullable List<String> next(CsvRows rows) {
    for (List<String> row = rows.next(); row != null; row = rows.next()) {
      List<String> cells = row.stream().map(String::trim).toList();
      if (cells.stream().anyMatch(cell -> !cell.isEmpty())) {
        return cells;
      }
    }
    return null;
  }

  private static @Nullable Map<String, Integer> header(long line, List<String> names, List<Problem> problems) {
    Map<String, Integer> columns = new HashMap<>();
    int before = problems.size();
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      if (!COLUMNS.contains(name)) {
        problems.add(Problem.of("line " + line, "unknown column " + quoted(name) + "; expected " + COLUMNS));
      } else if (columns.put(name, i) != null) {
        problems.add(Problem.of("line " + line, "duplicate column " + quoted(name)));
      }
    }
    for (String column : COLUMNS) {
      if (!columns.containsKey(column)) {
        problems.add(Problem.of("line " + line, "missing column " + quoted(column)));
      }
    }
    return problems.size() > before ? null : columns;
  }

  /** @return the text in double quotes, at most 40 characters of it, as the JSON reader quotes */
  private static String quoted(String text) {
    return "\"" + (text.length() <= 40 ? text : text.substring(0, 40) + "…(" + text.length() + " characters)")
        + "\"";
  }

  /** One data row, read cell by cell, recording every problem of the row. */
  private static final class Row {
    private final long line;
    private final List<String> cells;
    private final Map<String, Integer> columns;
    private final List<Problem> problems;
    private final int problemsBefore;

    Row(long line, List<String> cells, Map<String, Integer> columns, List<Problem> problems) {
      this.line = line;
      this.cells = cells;
      this.columns = columns;
      this.problems = problems;
      this.problemsBefore = problems.size();
      if (cells.size() > COLUMNS.size()) {
        problems.add(Problem.of("line " + line, "has " + cells.size() + " cells; expected " + COLUMNS.size()));
      }
    }

    @Nullable MeasureCode code() {
      String text = cell("code");
      if (text == null) {
        return null;
      }
      try {
        return MeasureCode.parse(text);
      } catch (ValidationException e) {
        problem("code", e.problems().get(0).message());
        return null;
      }
    }

    @Nullable ProxyValue value() {
      Unit unit = unit();
      BigDecimal amount = amount();
      String currency = cell("currency");
      CurrencyUnit unitOfMoney = currency == null ? null : Amounts.isoCurrency(currency).orElse(null);
      if (currency != null && unitOfMoney == null) {
        problem("currency", "must be an ISO 4217 currency code such as GBP, was " + quoted(currency));
      }
      String year = cell("price_year");
      if (year != null && !(year.length() == 4 && year.chars().allMatch(c -> c >= '0' && c <= '9'))) {
        problem("price_year", "must be a four-digit year, was " + quoted(year));
      }
      String source = cell("source");
      String licence = cell("licence");
      if (problems.size() > problemsBefore) {
        return null;
      }
      try {
        return ProxyValue.builder().amount(Amounts.of(amount, unitOfMoney)).unit(unit)
            .priceYear(Integer.parseInt(year)).source(source).licence(licence).build();
      } catch (ValidationException e) {
        for (Problem p : e.problems()) {
          problem(column(p.path()), p.message());
        }
        return null;
      }
    }

    private @Nullable Unit unit() {
      String text = cell("unit");
      if (text == null) {
        return null;
      }
      for (Unit unit : Unit.values()) {
        if (name(unit).equals(text)) {
          return unit;
        }
      }
      problem("unit", "unknown unit " + quoted(text) + "; expected one of "
          + Arrays.stream(Unit.values()).map(Row::name).toList());
      return null;
    }

    /** @return the unit's JSON name: the constant's name in lower case with hyphens, {@code fte-years} */
    private static String name(Unit unit) {
      return unit.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private @Nullable BigDecimal amount() {
      String text = cell("value");
      if (text == null) {
        return null;
      }
      if (!RowDecoder.isPlainDecimal(text)) {
        problem("value", "must be a plain decimal such as \"1234.50\" (digits, optional sign and point, no"
            + " exponent, at most " + RowDecoder.MAX_DECIMAL_LENGTH + " characters), was " + quoted(text));
        return null;
      }
      return new BigDecimal(text);
    }

    private @Nullable String cell(String column) {
      int index = columns.get(column);
      String text = index < cells.size() ? cells.get(index) : "";
      if (text.isEmpty()) {
        problem(column, "is empty");
        return null;
      }
      return text;
    }

    private void problem(String column, String message) {
      problems.add(Problem.of("line " + line + ", " + column, message));
    }

    private static String column(String corePath) {
      switch (corePath) {
        case "amount":
          return "value";
        case "priceYear":
          return "price_year";
        case "":
          return "row";
        default:
          return corePath;
      }
    }
  }

  /** Stops a read past {@link #MAX_LENGTH} characters, so a hostile file cannot fill memory with rows. */
  private static final class Bounded extends FilterReader {
    private long left = MAX_LENGTH;

    Bounded(Reader in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      char[] one = new char[1];
      return read(one, 0, 1) < 0 ? -1 : one[0];
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      left -= Math.max(n, 0);
      if (left < 0) {
        throw new SheetLimitException("the file is longer than " + MAX_LENGTH + " characters");
      }
      return n;
    }
  }
}
