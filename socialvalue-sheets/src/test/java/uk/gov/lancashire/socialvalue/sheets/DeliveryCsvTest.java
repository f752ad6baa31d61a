package uk.gov.lancashire.socialvalue.sheets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.gov.lancashire.socialvalue.basics.FinancialQuarter;
import uk.gov.lancashire.socialvalue.basics.Problem;
import uk.gov.lancashire.socialvalue.delivery.Contract;
import uk.gov.lancashire.socialvalue.delivery.DeliveryRecord;
import uk.gov.lancashire.socialvalue.delivery.Kpi;
import uk.gov.lancashire.socialvalue.delivery.Locality;
import uk.gov.lancashire.socialvalue.delivery.Location;
import uk.gov.lancashire.socialvalue.delivery.RecordStatus;
import uk.gov.lancashire.socialvalue.framework.MeasureCode;

class DeliveryCsvTest {

  static final String HEADER = String.join(",", ReturnsTemplate.header());

  // ---------------------------------------------------------------- round trip

  @Test
  void writtenRecordsReadBackEqual() {
    List<DeliveryRecord> records = List.of(SheetsFixtures.record("a-1", "12.5").build(),
        SheetsFixtures.record("a,\"quoted\"\nline", "-3", RecordStatus.VERIFIED)
            .addEvidence("payroll/q1.csv", "list \"b\".pdf").share(new BigDecimal("0.25")).claimKey(" person 7 ")
            .location(Location.area("E07000123")).build());
    StringWriter out = new StringWriter();
    DeliveryCsv.write(out, records);
    List<DeliveryRecord> back = new ArrayList<>();
    SheetResult result = DeliveryCsv.read(new StringReader(out.toString()), back::add);
    assertThat(result.problems()).isEmpty();
    assertThat(back).isEqualTo(records);
    assertThat(out.toString()).startsWith(HEADER + "\r\n");
  }

  // ---------------------------------------------------------------- CSV injection

  @Test
  void aCellThatAStartsFormulaIsWrittenAsTextAndReadBackAsItWas() {
    DeliveryRecord record = SheetsFixtures.record("=HYPERLINK(\"http://x\",\"y\")", "-12.5", RecordStatus.EVIDENCED)
        .supplier("+cmd|' /C calc'!A0").addEvidence("@SUM(1+1)", "-2+3").claimKey("'=already quoted")
        .build();
    StringWriter out = new StringWriter();
    DeliveryCsv.write(out, List.of(record));

    String line = out.toString().split("\r\n")[1];
    assertThat(line).startsWith("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",");
    assertThat(line).contains(",-12.5,", ",\"'+cmd|' /C calc'!A0\",", ",\"'@SUM(1+1);-2+3\",",
        ",\"''=already quoted\",");
    List<DeliveryRecord> back = new ArrayList<>();
    assertThat(DeliveryCsv.read(new StringReader(out.toString()), back::add).problems()).isEmpty();
    assertThat(back).containsExactly(record);
  }

  @Test
  void plainNumbersAreNotPrefixedButFormulaLikeTextIs() {
    assertThat(FormulaGuard.neutralise("-12.5")).isEqualTo("-12.5");
    assertThat(FormulaGuard.neutralise("-7")).isEqualTo("-7");
    assertThat(FormulaGuard.neutralise("12.5")).isEqualTo("12.5");
    assertThat(FormulaGuard.neutralise("-1+1")).isEqualTo("'-1+1");
    assertThat(FormulaGuard.neutralise("+44 1772")).isEqualTo("'+44 1772");
    assertThat(FormulaGuard.neutralise("-1E5")).isEqualTo("'-1E5");
    assertThat(FormulaGuard.neutralise("\r=1")).isEqualTo("'\r=1");
    assertThat(FormulaGuard.neutralise("it's")).isEqualTo("it's");
    assertThat(FormulaGuard.restore("'it's")).isEqualTo("'it's");
    assertThat(FormulaGuard.restore("'")).isEqualTo("'");
  }

  @Test
  void aHandWrittenApostropheBeforeAFormulaIsReadWithoutIt() {
    String csv = HEADER + "\r\n'=r1,2024/25-Q1,LT6,,,1,'-supplier,claimed,,,,,,\r\n";
    List<DeliveryRecord> back = new ArrayList<>();
    assertThat(DeliveryCsv.read(new StringReader(csv), back::add).problems()).isEmpty();
    assertThat(back).extracting(DeliveryRecord::id, DeliveryRecord::supplier).containsExactly(
        org.assertj.core.groups.Tuple.tuple("=r1", "-supplier"));
  }

  @Test
  void anEvidenceReferenceHoldingTheSeparatorIsRefusedNotSplit() {
    DeliveryRecord record = SheetsFixtures.record("a", "1").addEvidence("a;b").build();
    assertThatThrownBy(() -> DeliveryCsv.write(new StringWriter(), List.of(record)))
        .hasMessageContaining("evidence reference 'a;b'");
  }

  // ---------------------------------------------------------------- bad cells

  @Test
  void everyBadCellIsAProblemNamingItsCellAndGoodRowsAreKept() {
    String csv = "measure,period,id,quantity,supplier,status,evidence\n"
        + "LT6,2024/25-Q1,r1,26,acme,verified,ev.pdf\n"
        + "LT6,2024-Q1,r2,ten,acme,done,\n"
        + "XX,2024/25-Q2,r3,1,acme,claimed,\n"
        + "LT6,2024/25-Q2,,1,,claimed,\n"
        + "LT7,2024/25-Q3,r5,2,acme,verified,\n"
        + "LT7,2024/25-Q3,r6,1e3,acme,claimed,\n"
        + "LT7,2024/25-Q4,r7,7,acme,claimed,\n";
    List<DeliveryRecord> good = new ArrayList<>();
    SheetResult result = DeliveryCsv.read(new StringReader(csv), good::add);
    assertThat(good).extracting(DeliveryRecord::id).containsExactly("r1", "r7");
    assertThat(result.records()).isEqualTo(2);
    assertThat(result.problems()).extracting(Problem::path)
        .containsExactly("B3", "D3", "F3", "A4", "C5", "E5", "G6", "D7");
    assertThat(result.problems().get(1).message()).startsWith("quantity: must be a plain decimal").contains("'ten'");
    assertThat(result.problems().get(2).message()).contains("claimed, evidenced, verified or rejected");
    assertThat(result.problems().get(6).message()).startsWith("evidence: a verified record must name its evidence");
    assertThat(result.problemCount()).isEqualTo(8);
  }

  @Test
  void aMissingRequiredColumnOrUnknownColumnIsNamedAtTheHeader() {
    SheetResult result = DeliveryCsv.read(new StringReader("id,period,measure,quantity,supplier,colour\n"
        + "r1,2024/25-Q1,LT6,1,acme,red\n"), r -> { });
    assertThat(result.problems()).extracting(Problem::toString).containsExactly(
        "F1: unknown column 'colour'; the template's columns are " + ReturnsTemplate.header(),
        "A1: the header row has no 'status' column; every row needs one");
    assertThat(result.records()).isZero();
  }

  @Test
  void aByteOrderMarkCrlfAndQuotedLineBreaksAreRead() {
    String csv = "\uFEFFid,period,measure,quantity,supplier,status,notes\r\n"
        + "r1,2024/25-Q1,LT6,1,acme,claimed,\"two\r\nlines, and \"\"quotes\"\"\"\r\n";
    List<DeliveryRecord> good = new ArrayList<>();
    assertThat(DeliveryCsv.read(new StringReader(csv), good::add).isComplete()).isTrue();
    assertThat(good).hasSize(1);
  }

  @Test
  void aCellLongerThanASpreadsheetAllowsStopsTheRead() {
    String csv = HEADER + "\n" + "x".repeat(CsvRows.MAX_CELL_LENGTH + 1) + "\n";
    assertThatThrownBy(() -> DeliveryCsv.read(new StringReader(csv), r -> { }))
        .isInstanceOf(SheetLimitException.class).hasMessageContaining("A2: longer than 32767 characters");
  }

  @Test
  void anUnclosedQuoteStopsTheRead() {
    assertThatThrownBy(() -> DeliveryCsv.read(new StringReader(HEADER + "\n\"r1,"), r -> { }))
        .isInstanceOf(SheetLimitException.class).hasMessageContaining("row 2: a quoted field is not closed");
  }

  // ---------------------------------------------------------------- template

  @Test
  void theTemplateHasARowPerKpiAndQuarterAndBlankRowsAreSkippedAndCounted() {
    Contract contract = Contract.builder().id("C-1").title("Test").currency(SheetsFixtures.GBP)
        .start(FinancialQuarter.parse("2024/25-Q1")).termYears(1).editionReference("e@1").primeSupplier("acme")
        .locality(Locality.postcodePrefixes("PR"))
        .addKpis(Kpi.builder().measure(MeasureCode.parse("LT6")).putYearly(1, new BigDecimal("200")).build())
        .build();
    ReturnsTemplate template = ReturnsTemplate.of(contract, Optional.empty());
    assertThat(template.rows()).hasSize(4);
    assertThat(template.rows().get(0)).startsWith("LT6-2024/25-Q1", "2024/25-Q1", "LT6", "", "50", "");
    StringWriter out = new StringWriter();
    DeliveryCsv.writeTemplate(out, template);
    String filled = out.toString().replace("LT6,,50,,acme,claimed", "LT6,,50,26,acme,claimed");
    List<DeliveryRecord> good = new ArrayList<>();
    SheetResult result = DeliveryCsv.read(new StringReader(filled), good::add);
    assertThat(result.problems()).isEmpty();
    assertThat(good).hasSize(4);
    assertThat(good.get(0).status()).isEqualTo(RecordStatus.CLAIMED);

    String firstOnly = out.toString().replaceFirst("LT6,,50,,acme,claimed", "LT6,,50,26,acme,claimed");
    result = DeliveryCsv.read(new StringReader(firstOnly), r -> { });
    assertThat(result.records()).isEqualTo(1);
    assertThat(result.blankRows()).isEqualTo(3);
  }
}
