package uk.gov.lancashire.socialvalue.sheets;

import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import uk.gov.lancashire.socialvalue.delivery.DeliveryRecord;

/**
 * Supplier returns as an XLSX workbook in the {@link DeliveryColumn} layout.
 *
 * <p>Reading: the sheet named {@value #RETURNS_SHEET}, else the workbook's first sheet; its first non-empty row
 * names the columns; each later row becomes a record passed to the consumer as it is read, or a problem for
 * each bad cell with the cell as its path ({@code Returns!D7: quantity: …}); good rows are kept. The sheet
 * is streamed, so its length does not limit it.
 *
 * <p>Why the JDK and not Apache POI: reading needs only the zip container and two XML parts, which {@link
 * java.util.zip.ZipFile} and StAX read as a stream; POI's streaming reader ({@code XSSFReader}) brings about
 * a dozen jars (XMLBeans, Commons Compress/IO/Collections/Math, Log4j API, which prints a warning on standard
 * error unless a logging back end is added) to the one library a council embeds, and its usual cell access goes
 * through display formats. Here a number cell gives back the exact text Excel stored.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class DeliveryXlsx {

  /** The name of the sheet that holds the records. */
  public static final String RETURNS_SHEET = "Returns";
  /** The name of the template's guide sheet. */
  public static final String GUIDE_SHEET = "Guide";

  private static final Set<Integer> NUMERIC = Set.of(DeliveryColumn.TEMPLATE_ORDER.indexOf(DeliveryColumn.QUANTITY),
      DeliveryColumn.TEMPLATE_ORDER.indexOf(DeliveryColumn.COMMITTED),
      DeliveryColumn.TEMPLATE_ORDER.indexOf(DeliveryColumn.SHARE));

  private DeliveryXlsx() {}

  /**
   * Reads records from a workbook file.
   *
   * @param xlsx the workbook
   * @param consumer receives each good record, in sheet order
   * @return the count of good records and a problem for each bad cell
   * @throws SheetLimitException when the file is not a workbook or breaks a limit
   * @throws UncheckedIOException when the file cannot be read
   */
  public static SheetResult read(Path xlsx, Consumer<? super DeliveryRecord> consumer) {
    try (XlsxReader reader = XlsxReader.open(xlsx)) {
      Map<String, String> sheets = reader.sheets();
      if (sheets.isEmpty()) {
        throw new SheetLimitException("the workbook has no sheets");
      }
      String name = sheets.containsKey(RETURNS_SHEET) ? RETURNS_SHEET : sheets.keySet().iterator().next();
      ProblemLog problems = new ProblemLog();
      RowDecoder[] decoder = {null};
      long[] records = {0};
      reader.rows(sheets.get(name), name, (row, cells) -> {
        if (decoder[0] == null) {
          if (!cells.stream().allMatch(String::isBlank)) {
            decoder[0] = new RowDecoder(name, row, cells, problems);
          }
        } else if (decoder[0].isUsable() && decoder[0].decode(row, cells, consumer)) {
          records[0]++;
        }
      });
      if (decoder[0] == null) {
        problems.add(CellRef.of(name, 1, 0), "the sheet is empty; its first row must name the columns "
            + ReturnsTemplate.header());
        return problems.result(0, 0);
      }
      return problems.result(records[0], decoder[0].blankRows());
    }
  }

  /**
   * Writes records as a workbook with one sheet, {@value #RETURNS_SHEET}; the stream is closed.
   *
   * @param out where to write
   * @param records the records, read once, in order
   * @throws IllegalArgumentException when an evidence reference holds {@code ;}, which a cell cannot give back
   */
  public static void write(OutputStream out, Iterable<? extends DeliveryRecord> records) {
    try (DeliveryRowWriter rows = writer(out)) {
      for (DeliveryRecord record : records) {
        rows.write(record);
      }
    }
  }

  /**
   * Starts writing records one at a time into a workbook with one sheet, {@value #RETURNS_SHEET}: a row per
   * {@link DeliveryRowWriter#write} call; {@link DeliveryRowWriter#close} finishes the workbook and closes
   * the stream.
   *
   * @param out where to write
   * @return the row writer
   * @throws java.io.UncheckedIOException when the stream fails; the stream is then closed
   */
  public static DeliveryRowWriter writer(OutputStream out) {
    XlsxWriter writer = new XlsxWriter(out, List.of(RETURNS_SHEET));
    try {
      writer.startSheet(ReturnsTemplate.header(), widths());
    } catch (RuntimeException e) {
      writer.abandon(e);
      throw e;
    }
    return new DeliveryRowWriter() {
      @Override
      public void write(DeliveryRecord record) {
        writer.row(RowDecoder.cells(record), NUMERIC);
      }

      @Override
      public void close() {
        writer.close();
      }
    };
  }

  /**
   * Writes a returns template for a contract: the {@value #RETURNS_SHEET} sheet with a row per KPI and quarter,
   * and a {@value #GUIDE_SHEET} sheet describing each column; the stream is closed.
   *
   * @param out where to write
   * @param template the template
   */
  public static void writeTemplate(OutputStream out, ReturnsTemplate template) {
    try (XlsxWriter writer = new XlsxWriter(out, List.of(RETURNS_SHEET, GUIDE_SHEET))) {
      writer.startSheet(ReturnsTemplate.header(), widths());
      for (List<String> row : template.rows()) {
        writer.row(row, NUMERIC);
      }
      writer.startSheet(List.of("column", "required", "what to enter"), List.of(16, 10, 90));
      for (DeliveryColumn column : DeliveryColumn.TEMPLATE_ORDER) {
        writer.row(List.of(column.header(), column.isRequired() ? "yes" : "no", column.description()), Set.of());
      }
    }
  }

  private static List<Integer> widths() {
    List<Integer> widths = new ArrayList<>();
    for (DeliveryColumn column : DeliveryColumn.TEMPLATE_ORDER) {
      widths.add(column == DeliveryColumn.ID || column == DeliveryColumn.EVIDENCE ? 24 : 14);
    }
    return widths;
  }
}
