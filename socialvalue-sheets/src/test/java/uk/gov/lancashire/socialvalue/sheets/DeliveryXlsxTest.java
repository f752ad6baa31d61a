package uk.gov.lancashire.socialvalue.sheets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.gov.lancashire.socialvalue.basics.FinancialQuarter;
import uk.gov.lancashire.socialvalue.basics.Problem;
import uk.gov.lancashire.socialvalue.delivery.Contract;
import uk.gov.lancashire.socialvalue.delivery.DeliveryRecord;
import uk.gov.lancashire.socialvalue.delivery.Kpi;
import uk.gov.lancashire.socialvalue.delivery.Locality;
import uk.gov.lancashire.socialvalue.delivery.Location;
import uk.gov.lancashire.socialvalue.delivery.RecordStatus;
import uk.gov.lancashire.socialvalue.framework.MeasureCode;

class DeliveryXlsxTest {

  @TempDir
  Path dir;

  // ---------------------------------------------------------------- round trip

  @Test
  void writtenRecordsReadBackEqual() throws IOException {
    List<DeliveryRecord> records = List.of(SheetsFixtures.record("=SUM(A1)", "12.5").build(),
        SheetsFixtures.record("tab\tand\u0001control _x0041_ <&>", "0.30000000000000004", RecordStatus.VERIFIED)
            .addEvidence("a.pdf", "b.pdf").share(new BigDecimal("0.25")).claimKey(" k ")
            .location(Location.postcode("PR1 8XJ")).build(),
        SheetsFixtures.record("line\r\nbreak", "-7").build());
    Path file = dir.resolve("r.xlsx");
    try (OutputStream out = Files.newOutputStream(file)) {
      DeliveryXlsx.write(out, records);
    }
    List<DeliveryRecord> back = new ArrayList<>();
    SheetResult result = DeliveryXlsx.read(file, back::add);
    assertThat(result.problems()).isEmpty();
    assertThat(back).isEqualTo(records);
  }

  @Test
  void textThatStartsAFormulaIsTextWithTheQuotePrefixStyleAndNumbersStayNumbers() throws IOException {
    List<DeliveryRecord> records = List.of(SheetsFixtures.record("=HYPERLINK(\"http://x\")", "-12.5").supplier("+cmd")
        .claimKey("@x").build());
    Path file = dir.resolve("f.xlsx");
    try (OutputStream out = Files.newOutputStream(file)) {
      DeliveryXlsx.write(out, records);
    }
    String sheet;
    String styles;
    try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
      sheet = new String(zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml")).readAllBytes(), StandardCharsets.UTF_8);
      styles = new String(zip.getInputStream(zip.getEntry("xl/styles.xml")).readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(sheet).doesNotContain("<f>").doesNotContain("<f ");
    assertThat(sheet).contains("<c r=\"A2\" s=\"2\" t=\"inlineStr\"><is><t xml:space=\"preserve\">=HYPERLINK(&quot;http://x&quot;)</t>")
        .contains("<c r=\"G2\" s=\"2\" t=\"inlineStr\"><is><t xml:space=\"preserve\">+cmd</t>")
        .contains("<c r=\"F2\"><v>-12.5</v></c>");
    assertThat(styles).contains("<cellXfs count=\"3\">").contains("quotePrefix=\"1\"");
    List<DeliveryRecord> back = new ArrayList<>();
    assertThat(DeliveryXlsx.read(file, back::add).problems()).isEmpty();
    assertThat(back).isEqualTo(records);
  }

  // ---------------------------------------------------------------- template

  @Test
  void theTemplateHasARowPerKpiAndQuarterAndAGuide() throws IOException {
    Contract contract = Contract.builder().id("C-1").title("Test").currency(SheetsFixtures.GBP)
        .start(FinancialQuarter.parse("2024/25-Q1")).termYears(2).editionReference("e@1").primeSupplier("acme")
        .locality(Locality.postcodePrefixes("PR"))
        .addKpis(Kpi.builder().measure(MeasureCode.parse("LT6")).putYearly(1, new BigDecimal("200")).build())
        .addKpis(Kpi.builder().measure(MeasureCode.parse("LT7")).putYearly(2, new BigDecimal("10")).build())
        .build();
    Path file = dir.resolve("template.xlsx");
    try (OutputStream out = Files.newOutputStream(file)) {
      DeliveryXlsx.writeTemplate(out, ReturnsTemplate.of(contract, Optional.empty()));
    }
    SheetResult result = DeliveryXlsx.read(file, r -> { });
    assertThat(result.isComplete()).isTrue();
    assertThat(result.records()).isZero();
    assertThat(result.blankRows()).isEqualTo(16);
    try (XlsxReader reader = XlsxReader.open(file)) {
      assertThat(reader.sheets().keySet()).containsExactly("Returns", "Guide");
      List<List<String>> rows = new ArrayList<>();
      reader.rows(reader.sheets().get("Returns"), "Returns", (n, cells) -> rows.add(cells));
      assertThat(rows.get(1)).startsWith("LT6-2024/25-Q1", "2024/25-Q1", "LT6", "", "50");
      assertThat(rows.get(16)).startsWith("LT7-2025/26-Q4", "2025/26-Q4", "LT7", "", "2.5");
    }
  }

  // ---------------------------------------------------------------- bad cells, hand-made workbook

  @Test
  void everyBadCellIsNamedBySheetRowAndColumn() throws IOException {
    Path file = workbook(dir.resolve("bad.xlsx"), "Q1 returns",
        "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"inlineStr\"><is><t>period</t></is></c>"
            + "<c r=\"C1\" t=\"inlineStr\"><is><t>measure</t></is></c><c r=\"D1\" t=\"inlineStr\"><is><t>quantity</t>"
            + "</is></c><c r=\"E1\" t=\"inlineStr\"><is><t>supplier</t></is></c><c r=\"F1\" t=\"inlineStr\"><is><t>"
            + "status</t></is></c></row>"
            + "<row r=\"3\"><c r=\"A3\" t=\"s\"><v>1</v></c><c r=\"B3\" t=\"s\"><v>2</v></c><c r=\"C3\" t=\"s\"><v>3</v>"
            + "</c><c r=\"D3\"><v>2.5E-1</v></c><c r=\"E3\" t=\"s\"><v>4</v></c><c r=\"F3\" t=\"s\"><v>5</v></c></row>"
            + "<row r=\"4\"><c r=\"A4\" t=\"s\"><v>1</v></c><c r=\"B4\"><v>45383</v></c><c r=\"C4\" t=\"s\"><v>3</v></c>"
            + "<c r=\"D4\" t=\"e\"><v>#DIV/0!</v></c><c r=\"E4\" t=\"s\"><v>4</v></c><c r=\"F4\" t=\"b\"><v>1</v></c></row>"
            + "<row r=\"5\"><c r=\"A5\" t=\"s\"><v>1</v></c><c r=\"B5\" t=\"s\"><v>2</v></c><c r=\"C5\" t=\"s\"><v>3</v>"
            + "</c><c r=\"D5\" t=\"inlineStr\"><is><t>12 FTE</t></is></c><c r=\"F5\" t=\"s\"><v>5</v></c></row>",
        List.of("id", "r-1", "2024/25-Q1", "LT6", "acme", "claimed"));
    List<DeliveryRecord> good = new ArrayList<>();
    SheetResult result = DeliveryXlsx.read(file, good::add);
    assertThat(good).hasSize(1);
    assertThat(good.get(0).quantity()).isEqualByComparingTo("0.25");
    assertThat(result.problems()).extracting(Problem::path).containsExactly(
        "'Q1 returns'!B4", "'Q1 returns'!D4", "'Q1 returns'!F4", "'Q1 returns'!D5", "'Q1 returns'!E5");
    assertThat(result.problems().get(0).message()).startsWith("period: must be a quarter").contains("'45383'");
    assertThat(result.problems().get(1).message()).contains("'#DIV/0!'");
    assertThat(result.problems().get(4).message()).isEqualTo("supplier: must not be blank");
  }

  @Test
  void aFileThatIsNotAWorkbookIsRefusedWithAReason() throws IOException {
    Path file = Files.writeString(dir.resolve("x.xlsx"), "id,period\n");
    assertThatThrownBy(() -> DeliveryXlsx.read(file, r -> { })).isInstanceOf(SheetLimitException.class)
        .hasMessage("not an XLSX workbook (not a readable zip file)");
  }

  @Test
  void aPartThatInflatesLikeAZipBombIsRefused() throws IOException {
    String rows = "<row><c t=\"inlineStr\"><is><t>" + "x".repeat(30_000) + "</t></is></c></row>";
    Path file = workbook(dir.resolve("bomb.xlsx"), "Returns", rows.repeat(400), List.of());
    assertThatThrownBy(() -> DeliveryXlsx.read(file, r -> { })).isInstanceOf(SheetLimitException.class)
        .hasMessageContaining("possible zip bomb");
  }

  @Test
  void aDoctypeIsNeverExpanded() throws IOException {
    Path file = dir.resolve("dtd.xlsx");
    workbook(file, "Returns", "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&xxe;</t></is></c></row>", List.of(),
        "<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>");
    assertThatThrownBy(() -> DeliveryXlsx.read(file, r -> { })).isInstanceOf(RuntimeException.class)
        .hasMessageNotContaining("root:");
  }

  // ---------------------------------------------------------------- nothing leaks on failure

  @Test
  void whereverTheStreamFailsItIsClosed() {
    List<DeliveryRecord> records = List.of(SheetsFixtures.record("a", "1").build(),
        SheetsFixtures.record("b", "2").build());
    java.io.ByteArrayOutputStream whole = new java.io.ByteArrayOutputStream();
    DeliveryXlsx.write(whole, records);
    int failures = 0;
    for (int limit = 0; limit <= whole.size(); limit++) {
      FailingStream out = new FailingStream(limit);
      try (DeliveryRowWriter rows = DeliveryXlsx.writer(out)) {
        for (DeliveryRecord r : records) {
          rows.write(r);
        }
      } catch (java.io.UncheckedIOException e) {
        assertThat(e).hasRootCauseMessage("disk full");
        failures++;
      }
      assertThat(out.closed).as("closed when failing after %d bytes", limit).isTrue();
    }
    assertThat(failures).isEqualTo(whole.size());
  }

  @Test
  void aStreamThatFailsAtOnceIsClosed() {
    FailingStream out = new FailingStream(0);
    assertThatThrownBy(() -> DeliveryXlsx.writer(out)).isInstanceOf(java.io.UncheckedIOException.class);
    assertThat(out.closed).isTrue();
  }

  /** Takes {@code limit} bytes, then fails every write; remembers being closed. */
  private static final class FailingStream extends OutputStream {
    private final int limit;
    private int written;
    boolean closed;

    FailingStream(int limit) {
      this.limit = limit;
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      if (written + len > limit) {
        throw new IOException("disk full");
      }
      written += len;
    }

    @Override
    public void close() {
      closed = true;
    }
  }

  /** A minimal workbook as Excel lays it out, with shared strings. */
  static Path workbook(Path file, String sheet, String rows, List<String> shared) throws IOException {
    return workbook(file, sheet, rows, shared, "");
  }

  static Path workbook(Path file, String sheet, String rows, List<String> shared, String doctype) throws IOException {
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      entry(zip, "xl/workbook.xml", "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
          + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\""
          + sheet + "\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
      entry(zip, "xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
          + "relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
          + "relationships/worksheet\" Target=\"/xl/worksheets/sheet1.xml\"/></Relationships>");
      StringBuilder sst = new StringBuilder("<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
      for (String s : shared) {
        sst.append("<si><r><t>").append(s, 0, s.length() / 2).append("</t></r><r><t>").append(s.substring(s.length() / 2))
            .append("</t></r><rPh><t>phonetic</t></rPh></si>");
      }
      entry(zip, "xl/sharedStrings.xml", sst.append("</sst>").toString());
      entry(zip, "xl/worksheets/sheet1.xml", doctype + "<worksheet xmlns=\"http://schemas.openxmlformats.org/"
          + "spreadsheetml/2006/main\"><sheetData>" + rows + "</sheetData></worksheet>");
    }
    return file;
  }

  private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(text.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }
}
