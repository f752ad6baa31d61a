package uk.gov.lancashire.socialvalue.examples.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.lancashire.socialvalue.delivery.DeliveryRecord;
import uk.gov.lancashire.socialvalue.json.SocialValueJson;

/** A report's documents are placed by their declared kind, never guessed from what a list holds. */
class ReportInputsTest {

  private static final SocialValueJson JSON = SocialValueJson.standard();

  private static SocialValueJson.Read<?> shipped(String name) throws Exception {
    return JSON.readAny(Files.readString(DocumentReportTest.DIR.resolve(name)));
  }

  @Test
  void aDeliveryReportIsPlacedByItsDescriptor() throws Exception {
    SocialValueJson.Read<?> report = shipped("delivery-2024-25.json");
    ReportInputs inputs = ReportInputs.builder(DocumentReportTest.DAY).add("framework.json", shipped("framework.json"))
        .add("delivery.json", report).build();
    assertThat(inputs.deliveries()).isEqualTo(report.value()).isNotEmpty();
    assertThat(inputs.framework()).isPresent();
    assertThat(inputs.sources()).containsExactly("framework.json", "delivery.json");
  }

  @Test
  void typedDeliveriesFromSeveralFilesJoinInOrder() throws Exception {
    @SuppressWarnings("unchecked")
    List<DeliveryRecord> records = (List<DeliveryRecord>) shipped("delivery-2024-25.json").value();
    ReportInputs inputs = ReportInputs.builder(DocumentReportTest.DAY).addDeliveries("a.csv", records.subList(0, 1))
        .addDeliveries("b.xlsx", records.subList(1, records.size())).addDeliveries("empty.csv", List.of()).build();
    assertThat(inputs.deliveries()).isEqualTo(records);
    assertThat(inputs.sources()).containsExactly("a.csv", "b.xlsx", "empty.csv");
  }

  @Test
  void aListIsNeverPlacedByWhatItHolds() throws Exception {
    @SuppressWarnings("unchecked")
    List<DeliveryRecord> records = (List<DeliveryRecord>) shipped("delivery-2024-25.json").value();
    ReportInputs.Builder b = ReportInputs.builder(DocumentReportTest.DAY);
    // an empty list used to pass for delivery records (every element of none is one) and vanish
    assertThatThrownBy(() -> b.add("empty.json", new ArrayList<>())).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a report does not place a java.util.ArrayList of 0 elements by what it holds; give delivery"
            + " records with addDeliveries");
    assertThatThrownBy(() -> b.add("records.json", records)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(records.size() + " elements").hasMessageContaining("addDeliveries");
    assertThat(b.build().sources()).isEmpty();
  }

  @Test
  void aDocumentTheReportDoesNotUseIsRefusedByName() {
    String policies = "{\"format\": \"socialvalue/sv-weighting-policies\", \"formatVersion\": 1, \"policies\": []}";
    ReportInputs.Builder b = ReportInputs.builder(DocumentReportTest.DAY);
    assertThatThrownBy(() -> b.add("policies.json", JSON.readAny(policies)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a report does not use a socialvalue/sv-weighting-policies document");
    assertThatThrownBy(() -> b.add("policies.json", (Object) JSON.readAny(policies)))
        .hasMessage("a report does not use a socialvalue/sv-weighting-policies document");
    assertThatThrownBy(() -> b.add("note.txt", "some text"))
        .hasMessage("a report does not use a java.lang.String");
    assertThat(b.build().sources()).isEmpty();
  }

  @Test
  void aSecondDocumentOfAKindIsRefused() throws Exception {
    ReportInputs.Builder b = ReportInputs.builder(DocumentReportTest.DAY).add("f1.json", shipped("framework.json"));
    assertThatThrownBy(() -> b.add("f2.json", shipped("framework.json")))
        .hasMessage("a second framework; a report is made from one framework");
  }

  @Test
  void aNullRecordIsNamedByItsIndex() throws Exception {
    @SuppressWarnings("unchecked")
    List<DeliveryRecord> records = (List<DeliveryRecord>) shipped("delivery-2024-25.json").value();
    List<DeliveryRecord> withNull = Arrays.asList(records.get(0), null);
    assertThatThrownBy(() -> ReportInputs.builder(DocumentReportTest.DAY).addDeliveries("a.csv", withNull))
        .isInstanceOf(NullPointerException.class).hasMessage("records[1]");
  }
}
