package uk.gov.lancashire.socialvalue.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import uk.gov.lancashire.socialvalue.delivery.DeliveryRecord;

class DeliveryReportJsonProperties {

  private final SocialValueJson json = SocialValueJson.standard().withPrettyOutput(true);

  @Provide
  Arbitrary<List<DeliveryRecord>> reports() {
    return ProcurementGenerators.records();
  }

  @Property(tries = 200)
  void writeThenReadGivesEqualRecordsWithExactDecimals(@ForAll("reports") List<DeliveryRecord> records) {
    String text = json.write(Documents.DELIVERY_REPORT, records);
    List<DeliveryRecord> back = json.read(Documents.DELIVERY_REPORT, text);

    assertThat(back).isEqualTo(records);
    for (int i = 0; i < records.size(); i++) {
      assertThat(back.get(i).quantity()).isEqualTo(records.get(i).quantity()); // same digits and scale
      assertThat(back.get(i).share()).isEqualTo(records.get(i).share());
    }
    assertThat(json.write(Documents.DELIVERY_REPORT, back)).isEqualTo(text);
  }

  @Property(tries = 200)
  void streamingAndTreeBasedReadingAndWritingAgree(@ForAll("reports") List<DeliveryRecord> records) {
    String tree = json.write(Documents.DELIVERY_REPORT, records);
    // text with a lone surrogate has no UTF-8 form, so only a String can hold it
    Assume.that(new String(tree.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8).equals(tree));
    ByteArrayOutputStream streamed = new ByteArrayOutputStream();
    try (DeliveryReportWriter writer = json.deliveryReportWriter(streamed)) {
      records.forEach(writer::write);
    }

    assertThat(streamed.toByteArray()).isEqualTo(tree.getBytes(StandardCharsets.UTF_8));

    List<DeliveryRecord> seen = new ArrayList<>();
    long count = json.readDeliveryRecords(new ByteArrayInputStream(streamed.toByteArray()), seen::add);
    assertThat(seen).isEqualTo(json.read(Documents.DELIVERY_REPORT, tree)).isEqualTo(records);
    assertThat(count).isEqualTo(records.size());
  }

  @Property(tries = 50)
  void everyWrittenReportValidatesAgainstTheSchema(@ForAll("reports") List<DeliveryRecord> records) {
    assertThat(ProcurementSchemaTest.DELIVERY_REPORT.validate(json.write(Documents.DELIVERY_REPORT, records), InputFormat.JSON)).isEmpty();
  }
}
