package uk.gov.lancashire.socialvalue.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import uk.gov.lancashire.socialvalue.delivery.DeliveryRecord;

/** Laws of the XLSX layout: any records round-trip, and CSV and XLSX give the same records. */
class DeliveryXlsxProperties {

  @Property(tries = 60)
  void anyRecordsRoundTripThroughXlsxAndCsvAlike(@ForAll("records") List<DeliveryRecord> records) throws IOException {
    Path file = Files.createTempFile("returns", ".xlsx");
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      DeliveryXlsx.write(bytes, records);
      Files.write(file, bytes.toByteArray());
      List<DeliveryRecord> fromXlsx = new ArrayList<>();
      assertThat(DeliveryXlsx.read(file, fromXlsx::add).problems()).isEmpty();
      assertThat(fromXlsx).isEqualTo(records);

      StringWriter csv = new StringWriter();
      DeliveryCsv.write(csv, fromXlsx);
      List<DeliveryRecord> fromCsv = new ArrayList<>();
      DeliveryCsv.read(new StringReader(csv.toString()), fromCsv::add);
      assertThat(fromCsv).isEqualTo(fromXlsx);
    } finally {
      Files.delete(file);
    }
  }

  @Provide
  Arbitrary<List<DeliveryRecord>> records() {
    return DeliveryCsvProperties.record().list().ofMaxSize(15);
  }
}
