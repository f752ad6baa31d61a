package uk.gov.lancashire.socialvalue.sheets;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import uk.gov.lancashire.socialvalue.basics.FinancialQuarter;
import uk.gov.lancashire.socialvalue.basics.Problem;
import uk.gov.lancashire.socialvalue.basics.ValidationException;
import uk.gov.lancashire.socialvalue.delivery.DeliveryRecord;
import uk.gov.lancashire.socialvalue.delivery.Location;
import uk.gov.lancashire.socialvalue.delivery.RecordStatus;
import uk.gov.lancashire.socialvalue.framework.MeasureCode;

/**
 * Turns the rows of one sheet into delivery records by the {@link DeliveryColumn} layout: the header row
 * says which column is which; each later row becomes a record, or a problem for every bad cell. A row is
 * never half read: a row with any bad cell gives no record.
 */
final class RowDecoder {

  /** A plain decimal as the JSON delivery report writes it: no exponent, no grouping, at most 40 characters. */
  private static final Pattern DECIMAL = Pattern.compile("-?[0-9]{1,38}(\\.[0-9]{1,38})?");
  static final int MAX_DECIMAL_LENGTH = 40;

  private final String sheet;
  private final Map<DeliveryColumn, Integer> positions = new EnumMap<>(DeliveryColumn.class);
  private final ProblemLog problems;
  private final boolean usable;
  private long blankRows;

  /**
   * @param sheet the sheet's name, empty for CSV
   * @param headerRow the header's row number
   * @param header the header cells
   * @param problems where problems go
   */
  RowDecoder(String sheet, long headerRow, List<String> header, ProblemLog problems) {
    this.sheet = sheet;
    this.problems = problems;
    for (int c = 0; c < header.size(); c++) {
      String text = header.get(c).trim();
      if (text.isEmpty()) {
        continue;
      }
      Optional<DeliveryColumn> column = DeliveryColumn.ofHeader(text);
      if (column.isEmpty()) {
        problems.add(CellRef.of(sheet, headerRow, c), "unknown column '" + text + "'; the template's columns are "
            + DeliveryColumn.TEMPLATE_ORDER.stream().map(DeliveryColumn::header).toList());
      } else if (positions.containsKey(column.get())) {
        problems.add(CellRef.of(sheet, headerRow, c), "column '" + text + "' appears twice (first in column "
            + CellRef.letters(positions.get(column.get())) + ")");
      } else {
        positions.put(column.get(), c);
      }
    }
    boolean complete = true;
    for (DeliveryColumn column : DeliveryColumn.values()) {
      if (column.isRequired() && !positions.containsKey(column)) {
        problems.add(Problem.of(CellRef.of(sheet, headerRow, 0).toString(), "the header row has no '"
            + column.header() + "' column; every row needs one"));
        complete = false;
      }
    }
    this.usable = complete;
  }

  /** @return false when the header lacks a required column, so no row can be read */
  boolean isUsable() {
    return usable;
  }

  /** @return how many rows had no quantity and were skipped */
  long blankRows() {
    return blankRows;
  }

  /**
   * Decodes one data row.
   *
   * @param row the row number
   * @param cells the row's cells, by column index (missing trailing cells are blank)
   * @param good receives the record when the row is good
   * @return true when a record was produced
   */
  boolean decode(long row, List<String> cells, Consumer<? super DeliveryRecord> good) {
    if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
      return false;
    }
    if (text(cells, DeliveryColumn.QUANTITY).isEmpty()) {
      blankRows++;
      return false;
    }
    long before = problems.count();
    DeliveryRecord.Builder b = DeliveryRecord.builder();
    required(row, cells, DeliveryColumn.ID).ifPresent(b::id);
    required(row, cells, DeliveryColumn.PERIOD).map(String::trim).ifPresent(t -> parse(row, DeliveryColumn.PERIOD, t,
        "a quarter of the UK financial year such as 2024/25-Q1", () -> b.period(FinancialQuarter.parse(t))));
    required(row, cells, DeliveryColumn.MEASURE).map(String::trim).ifPresent(t -> parse(row, DeliveryColumn.MEASURE,
        t, "a measure code such as LT6", () -> b.measure(MeasureCode.parse(t))));
    required(row, cells, DeliveryColumn.QUANTITY).map(String::trim).ifPresent(t -> decimal(row,
        DeliveryColumn.QUANTITY, t).ifPresent(b::quantity));
    required(row, cells, DeliveryColumn.SUPPLIER).ifPresent(b::supplier);
    required(row, cells, DeliveryColumn.STATUS).map(String::trim).ifPresent(t -> status(t).ifPresentOrElse(b::status,
        () -> bad(row, DeliveryColumn.STATUS, "must be claimed, evidenced, verified or rejected, was '" + t + "'")));
    text(cells, DeliveryColumn.EVIDENCE).ifPresent(t -> {
      for (String reference : t.split(DeliveryColumn.EVIDENCE_SEPARATOR, -1)) {
        if (!reference.isBlank()) {
          b.addEvidence(reference.trim());
        }
      }
    });
    text(cells, DeliveryColumn.CLAIM_KEY).ifPresent(b::claimKey);
    location(row, cells).ifPresent(b::location);
    text(cells, DeliveryColumn.SHARE).map(String::trim).ifPresent(t -> decimal(row, DeliveryColumn.SHARE, t)
        .ifPresent(b::share));
    if (problems.count() > before) {
      return false;
    }
    try {
      good.accept(b.build());
      return true;
    } catch (ValidationException e) {
      for (Problem p : e.problems()) {
        DeliveryColumn column = DeliveryColumn.ofHeader(p.path().replaceAll("([a-z])([A-Z])", "$1_$2"))
            .filter(positions::containsKey).orElse(DeliveryColumn.ID);
        bad(row, column, p.message());
      }
      return false;
    }
  }

  private Optional<String> required(long row, List<String> cells, DeliveryColumn column) {
    Optional<String> text = text(cells, column);
    if (text.isEmpty()) {
      bad(row, column, "must not be blank");
    }
    return text;
  }

  private Optional<String> text(List<String> cells, DeliveryColumn column) {
    Integer c = positions.get(column);
    if (c == null || c >= cells.size() || cells.get(c) == null || cells.get(c).isBlank()) {
      return Optional.empty();
    }
    return Optional.of(cells.get(c));
  }

  private void parse(long row, DeliveryColumn column, String text, String expected, Runnable step) {
    try {
      step.run();
    } catch (IllegalArgumentException e) {
      bad(row, column, "must be " + expected + ", was '" + shorten(text) + "'");
    }
  }

  private Optional<BigDecimal> decimal(long row, DeliveryColumn column, String text) {
    if (isPlainDecimal(text)) {
      return Optional.of(new BigDecimal(text));
    }
    bad(row, column, "must be a plain decimal such as 12.5 (no units, commas or exponent), was '"
        + shorten(text) + "'");
    return Optional.empty();
  }

  /**
   * @param text a cell's text
   * @return true when it is a plain decimal of at most {@link #MAX_DECIMAL_LENGTH} characters
   */
  static boolean isPlainDecimal(String text) {
    return text.length() <= MAX_DECIMAL_LENGTH && DECIMAL.matcher(text).matches();
  }

  private Optional<Location> location(long row, List<String> cells) {
    Optional<String> kind = text(cells, DeliveryColumn.LOCATION_KIND).map(String::trim);
    Optional<String> value = text(cells, DeliveryColumn.LOCATION);
    if (kind.isEmpty() && value.isEmpty()) {
      return Optional.empty();
    }
    if (value.isEmpty()) {
      bad(row, DeliveryColumn.LOCATION_KIND, "a location kind needs a location beside it");
      return Optional.empty();
    }
    if (kind.isEmpty()) {
      bad(row, DeliveryColumn.LOCATION, "a location needs its kind: postcode or area");
      return Optional.empty();
    }
    switch (kind.get().toLowerCase(Locale.ROOT)) {
      case "postcode":
        return Optional.of(Location.postcode(value.get()));
      case "area":
        return Optional.of(Location.area(value.get()));
      default:
        bad(row, DeliveryColumn.LOCATION_KIND, "must be postcode or area, was '" + shorten(kind.get()) + "'");
        return Optional.empty();
    }
  }

  private static Optional<RecordStatus> status(String text) {
    String name = text.toUpperCase(Locale.ROOT);
    for (RecordStatus s : RecordStatus.values()) {
      if (s.name().equals(name)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  private void bad(long row, DeliveryColumn column, String message) {
    Integer c = positions.get(column);
    problems.add(CellRef.of(sheet, row, c == null ? 0 : c), column.header() + ": " + message);
  }

  private static String shorten(String text) {
    return text.length() <= 60 ? text : text.substring(0, 57) + "...";
  }

  /**
   * @param record a record
   * @return its cells in {@link DeliveryColumn#TEMPLATE_ORDER}; guidance columns blank
   * @throws IllegalArgumentException when an evidence reference holds the separator, which a cell could not
   *     give back
   */
  static List<String> cells(DeliveryRecord record) {
    List<String> cells = new ArrayList<>(DeliveryColumn.values().length);
    for (DeliveryColumn column : DeliveryColumn.TEMPLATE_ORDER) {
      cells.add(cell(record, column));
    }
    return cells;
  }

  private static String cell(DeliveryRecord r, DeliveryColumn column) {
    switch (column) {
      case ID: return r.id();
      case PERIOD: return r.period().toString();
      case MEASURE: return r.measure().toString();
      case QUANTITY: return r.quantity().toPlainString();
      case SUPPLIER: return r.supplier();
      case STATUS: return r.status().name().toLowerCase(Locale.ROOT);
      case EVIDENCE:
        for (String reference : r.evidence()) {
          if (reference.contains(DeliveryColumn.EVIDENCE_SEPARATOR) || !reference.equals(reference.trim())) {
            throw new IllegalArgumentException("record " + r.id() + ": evidence reference '" + reference
                + "' holds '" + DeliveryColumn.EVIDENCE_SEPARATOR + "' or surrounding spaces, which a sheet cannot"
                + " give back");
          }
        }
        return String.join(DeliveryColumn.EVIDENCE_SEPARATOR, r.evidence());
      case CLAIM_KEY: return r.claimKey().orElse("");
      case LOCATION_KIND: return r.location().map(l -> l.kind().name().toLowerCase(Locale.ROOT)).orElse("");
      case LOCATION: return r.location().map(Location::value).orElse("");
      case SHARE: return r.share().equals(BigDecimal.ONE) ? "" : r.share().toPlainString();
      default: return "";
    }
  }
}
