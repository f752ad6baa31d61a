package uk.gov.lancashire.socialvalue.json;

import java.io.Reader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.money.CurrencyUnit;
import uk.gov.lancashire.socialvalue.json.basics.BasicsJson;
import uk.gov.lancashire.socialvalue.json.engine.Describe;
import uk.gov.lancashire.socialvalue.json.engine.Scalars;
import uk.gov.lancashire.socialvalue.json.framework.FrameworkScalars;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvFactory;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;
import uk.gov.lancashire.socialvalue.basics.Amounts;
import uk.gov.lancashire.socialvalue.basics.Loaded;
import uk.gov.lancashire.socialvalue.basics.Problem;
import uk.gov.lancashire.socialvalue.basics.ValidationException;
import uk.gov.lancashire.socialvalue.framework.MeasureCode;
import uk.gov.lancashire.socialvalue.framework.Unit;
import uk.gov.lancashire.socialvalue.framework.ProxyValue;

/**
 * Loads the proxy values of an edition from CSV, the form councils receive licensed editions in.
 *
 * <p>The first line is a header naming the columns, in any order: {@code code, unit, value, currency,
 * price_year, source, licence}. Units use the JSON names ({@code fte-years}); values are plain decimals
 * ({@code 1234.50}, never rounded). Each bad row becomes a problem naming its line and column
 * ({@code line 7, value: must be a plain decimal …}); the good rows are kept. A byte order mark is
 * skipped, as by every reader of the SDK; a currency must be exactly a three-letter ISO 4217 code before
 * any lookup. Put the values into an
 * edition with {@code ProxyEdition.builder()…putAllValues(loaded.value())}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ProxyValueCsv {

  /** The columns, in the order a template lists them. */
  public static final List<String> COLUMNS =
      List.of("code", "unit", "value", "currency", "price_year", "source", "licence");

  private static final TypeReference<List<String>> ROW = new TypeReference<>() {};

  private final CsvMapper mapper;
  private final int maxDecimalLength;

  private ProxyValueCsv(int maxDecimalLength) {
    this.maxDecimalLength = maxDecimalLength;
    this.mapper = CsvMapper.builder(CsvFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                .maxDocumentLength(SocialValueJson.DEFAULT_MAX_DOCUMENT_LENGTH)
                .maxStringLength(SocialValueJson.DEFAULT_MAX_STRING_LENGTH)
                .build())
            .build())
        .enable(CsvReadFeature.WRAP_AS_ARRAY)
        .enable(CsvReadFeature.TRIM_SPACES)
        .enable(CsvReadFeature.SKIP_EMPTY_LINES)
        .build();
  }

  /** @return the standard loader */
  public static ProxyValueCsv standard() {
    return new ProxyValueCsv(BasicsJson.DEFAULT_MAX_DECIMAL_LENGTH);
  }

  /**
   * Loads proxy values; the reader is not closed.
   *
   * @param csv the CSV text
   * @return the good rows by measure code, in file order, and a problem for each bad row
   */
  public Loaded<Map<MeasureCode, ProxyValue>> read(Reader csv) {
    Map<MeasureCode, ProxyValue> values = new LinkedHashMap<>();
    Map<MeasureCode, Long> firstLine = new HashMap<>();
    List<Problem> problems = new ArrayList<>();
    long line = 1;
    try (MappingIterator<List<String>> rows = mapper.readerFor(ROW).with(CsvSchema.emptySchema()).readValues(csv)) {
      if (!rows.hasNextValue()) {
        problems.add(Problem.of("line 1", "the file is empty; expected a header " + COLUMNS));
        return Loaded.of(values, problems);
      }
      Map<String, Integer> columns = header(rows.nextValue(), problems);
      if (columns == null) {
        return Loaded.of(values, problems);
      }
      while (rows.hasNextValue()) {
        line = rows.currentLocation().getLineNr();
        List<String> row = rows.nextValue();
        Row r = new Row(line, row, columns, problems);
        MeasureCode code = r.code();
        ProxyValue value = r.value();
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
    } catch (JacksonException e) {
      long at = e.getLocation() == null ? line : e.getLocation().getLineNr();
      problems.add(Problem.of("line " + at, "unreadable CSV, stopped here: " + e.getOriginalMessage()));
    }
    return Loaded.of(values, problems);
  }

  private static boolean isYear(String text) {
    return text.length() == 4 && text.chars().allMatch(c -> c >= '0' && c <= '9');
  }

  private static Map<String, Integer> header(List<String> names, List<Problem> problems) {
    Map<String, Integer> columns = new HashMap<>();
    int before = problems.size();
    for (int i = 0; i < names.size(); i++) {
      // a byte order mark is not part of the first column's name: every reader treats it alike
      String name = i == 0 && names.get(0).startsWith("\uFEFF") ? names.get(0).substring(1) : names.get(i);
      if (!COLUMNS.contains(name)) {
        problems.add(Problem.of("line 1", "unknown column " + Describe.quoted(name) + "; expected " + COLUMNS));
      } else if (columns.put(name, i) != null) {
        problems.add(Problem.of("line 1", "duplicate column " + Describe.quoted(name)));
      }
    }
    for (String column : COLUMNS) {
      if (!columns.containsKey(column)) {
        problems.add(Problem.of("line 1", "missing column " + Describe.quoted(column)));
      }
    }
    return problems.size() > before ? null : columns;
  }

  /** One data row, read cell by cell, recording every problem of the row. */
  private final class Row {
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

    MeasureCode code() {
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

    ProxyValue value() {
      Unit unit = unit();
      BigDecimal amount = amount();
      String currency = cell("currency");
      CurrencyUnit unitOfMoney = currency == null ? null : Scalars.currency(currency);
      if (currency != null && unitOfMoney == null) {
        problem("currency", "must be an ISO 4217 currency code such as GBP, was " + Describe.quoted(currency));
      }
      String year = cell("price_year");
      if (year != null && !isYear(year)) {
        problem("price_year", "must be a four-digit year, was " + Describe.quoted(year));
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

    private Unit unit() {
      String text = cell("unit");
      if (text == null) {
        return null;
      }
      Unit unit = FrameworkScalars.UNIT.valueOf(text);
      if (unit == null) {
        problem("unit", "unknown unit " + Describe.quoted(text) + "; expected one of "
            + FrameworkScalars.UNIT.allNames());
      }
      return unit;
    }

    private BigDecimal amount() {
      String text = cell("value");
      if (text == null) {
        return null;
      }
      if (text.length() > maxDecimalLength) {
        problem("value", "must be a decimal of at most " + maxDecimalLength + " characters, was " + text.length()
            + " characters long");
        return null;
      }
      if (!Scalars.isPlainDecimal(text)) {
        problem("value", "must be a plain decimal such as \"1234.50\" (digits, optional sign and point, no"
            + " exponent), was " + Describe.quoted(text));
        return null;
      }
      return new BigDecimal(text);
    }

    private String cell(String column) {
      int index = columns.get(column);
      String text = index < cells.size() ? cells.get(index) : null;
      if (text == null || text.isEmpty()) {
        problem(column, "is empty");
        return null;
      }
      return text;
    }

    private void problem(String column, String message) {
      problems.add(Problem.of("line " + line + ", " + column, message));
    }

    private String column(String corePath) {
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
}
