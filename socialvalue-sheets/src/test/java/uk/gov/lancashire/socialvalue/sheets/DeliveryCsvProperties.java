package uk.gov.lancashire.socialvalue.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import uk.gov.lancashire.socialvalue.basics.FinancialQuarter;
import uk.gov.lancashire.socialvalue.basics.FinancialYear;
import uk.gov.lancashire.socialvalue.delivery.DeliveryRecord;
import uk.gov.lancashire.socialvalue.delivery.Location;
import uk.gov.lancashire.socialvalue.delivery.RecordStatus;
import uk.gov.lancashire.socialvalue.framework.MeasureCode;

/** Laws of the CSV layout: any records written read back equal, whatever their text holds. */
class DeliveryCsvProperties {

  @Property(tries = 200)
  void anyRecordsRoundTrip(@ForAll("records") List<DeliveryRecord> records) {
    StringWriter out = new StringWriter();
    DeliveryCsv.write(out, records);
    List<DeliveryRecord> back = new ArrayList<>();
    SheetResult result = DeliveryCsv.read(new StringReader(out.toString()), back::add);
    assertThat(result.problems()).isEmpty();
    assertThat(back).isEqualTo(records);
  }

  @Property(tries = 200)
  void noWrittenCellStartsAFormulaAndNumbersAreUnchanged(@ForAll("records") List<DeliveryRecord> records) {
    StringWriter out = new StringWriter();
    DeliveryCsv.write(out, records);
    CsvRows rows = new CsvRows(new StringReader(out.toString()));
    rows.next();
    int quantity = DeliveryColumn.TEMPLATE_ORDER.indexOf(DeliveryColumn.QUANTITY);
    for (DeliveryRecord record : records) {
      List<String> cells = rows.next();
      for (String cell : cells) {
        assertThat(cell.isEmpty() || !FormulaGuard.triggers(cell.charAt(0)) || cell.matches("-[0-9]+(\\.[0-9]+)?"))
            .as("cell %s", cell).isTrue();
      }
      assertThat(cells.get(quantity)).isEqualTo(record.quantity().toPlainString());
    }
  }

  @Property(tries = 500)
  void restoreUndoesNeutralise(@ForAll("cells") String cell) {
    String written = FormulaGuard.neutralise(cell);
    assertThat(FormulaGuard.restore(written)).isEqualTo(cell);
    assertThat(written.equals(cell) || written.equals("'" + cell)).isTrue();
  }

  @Provide
  Arbitrary<String> cells() {
    return Arbitraries.strings().withChars("'=+-@\t\r1.a ").ofMaxLength(6);
  }

  @Provide
  Arbitrary<List<DeliveryRecord>> records() {
    return record().list().ofMaxSize(20);
  }

  static Arbitrary<DeliveryRecord> record() {
    Arbitrary<String> text = Arbitraries.strings().withChars("ab ,\"\r\n\t;é£'=+-@1.<&_x0041\u0001").ofMinLength(1).ofMaxLength(12)
        .filter(s -> !s.isBlank());
    Arbitrary<String> reference = Arbitraries.strings().withChars("ab/,\"\n.=+-@'").ofMinLength(1).ofMaxLength(8)
        .filter(s -> s.equals(s.trim()) && !s.isBlank());
    Arbitrary<BigDecimal> quantity = Arbitraries.bigDecimals().between(new BigDecimal("-1000"), new BigDecimal("100000"))
        .ofScale(3);
    Arbitrary<FinancialQuarter> period = Combinators.combine(Arbitraries.integers().between(2020, 2030),
        Arbitraries.integers().between(1, 4)).as((y, q) -> FinancialYear.of(y).quarter(q));
    Arbitrary<RecordStatus> status = Arbitraries.of(RecordStatus.class);
    return Combinators.combine(text, period, Arbitraries.of("LT6", "NT3", "ECC1c"), quantity, text, status,
        reference.list().ofMaxSize(3), text.optional()).as((id, p, m, q, s, st, ev, key) -> {
          DeliveryRecord.Builder b = DeliveryRecord.builder().id(id).period(p).measure(MeasureCode.parse(m))
              .quantity(q).supplier(s).status(st).addAllEvidence(ev);
          if (ev.isEmpty() && (st == RecordStatus.EVIDENCED || st == RecordStatus.VERIFIED)) {
            b.addEvidence("e.pdf");
          }
          key.ifPresent(b::claimKey);
          if (q.signum() > 0) {
            b.location(Location.postcode("PR1 " + q.abs().toBigInteger().mod(BigDecimal.TEN.toBigInteger()) + "XJ"));
            b.share(new BigDecimal("0.5"));
          }
          return b.build();
        });
  }
}
