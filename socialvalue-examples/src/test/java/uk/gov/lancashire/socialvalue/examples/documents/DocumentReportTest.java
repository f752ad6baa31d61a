package uk.gov.lancashire.socialvalue.examples.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import uk.gov.lancashire.socialvalue.json.SocialValueJson;

/** The report over the user's documents: a section for each part given, worded for a committee. */
class DocumentReportTest {

  static final Path DIR = Path.of("src/main/resources/lancashire");
  static final LocalDate DAY = LocalDate.of(2025, 6, 30);
  private static final SocialValueJson JSON = SocialValueJson.standard();

  static ReportInputs shipped(String... names) throws IOException {
    ReportInputs.Builder b = ReportInputs.builder(DAY);
    for (String name : names) {
      String text = Files.readString(DIR.resolve(name));
      b.add(name, JSON.readAny(text));
    }
    return b.build();
  }

  static Document parse(String html) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
  }

  static List<String> sectionIds(Document html) {
    NodeList sections = html.getElementsByTagName("section");
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < sections.getLength(); i++) {
      ids.add(((Element) sections.item(i)).getAttribute("id"));
    }
    return ids;
  }

  @Test
  void everyShippedDocumentGivesItsSection() throws Exception {
    DocumentReport report = DocumentReport.of(shipped("framework.json", "needs-analysis.json", "tender.json",
        "contract.json", "delivery-2024-25.json", "valuation.json"));
    String html = report.html();
    assertThat(sectionIds(parse(html))).containsExactly("sources", "framework", "needs", "tender", "contract",
        "delivery", "valuation");
    assertThat(html).contains("Pennine Highways").contains("<caption>").contains("th scope=\"col\"")
        .contains("<figcaption>").contains("counter(page)").contains("Generated 2025-06-30")
        .doesNotContain("commitments[").doesNotContain("<script");
    assertThat(report.console()).contains("1. About this report").contains("Tender evaluation");
  }

  @Test
  void aMinimalSetGivesOnlyWhatItCan() throws Exception {
    DocumentReport report = DocumentReport.of(shipped("framework.json", "delivery-2024-25.json"));
    Document html = parse(report.html());
    assertThat(sectionIds(html)).containsExactly("sources", "framework", "delivery");
    assertThat(report.html()).contains("delivery-quantities").contains("delivery-value");
  }

  @Test
  void deliveryWithTheContractIsCountedByItsRules() throws Exception {
    String html = DocumentReport.of(shipped("framework.json", "contract.json", "delivery-2024-25.json")).html();
    assertThat(html).contains("id=\"delivery-progress\"").contains("id=\"delivery-suppliers\"");
  }

  /**
   * Delivery records given as totals, not held ({@link ReportInputs.Builder#addDeliveryTotals}, as the CLI gives
   * a large report without a contract), give the delivery section the records give, figure for figure; with a
   * contract, the section says the counting rules were not applied rather than count part of the records.
   */
  @Test
  void deliveryGivenAsTotalsReportsWhatTheRecordsReport() throws Exception {
    List<uk.gov.lancashire.socialvalue.delivery.DeliveryRecord> records = JSON.read(
        uk.gov.lancashire.socialvalue.json.Documents.DELIVERY_REPORT, Files.readString(DIR.resolve("delivery-2024-25.json")));
    DeliveryTotals totals = new DeliveryTotals();
    records.forEach(totals::add);
    String framework = Files.readString(DIR.resolve("framework.json"));
    ReportInputs held = ReportInputs.builder(DAY).add("framework.json", JSON.readAny(framework))
        .addDeliveries("delivery-2024-25.json", records).build();
    ReportInputs summed = ReportInputs.builder(DAY).add("framework.json", JSON.readAny(framework))
        .addDeliveryTotals("delivery-2024-25.json", totals).build();

    assertThat(summed.deliveries()).isEmpty();
    assertThat(summed.deliveryTotals().count()).isEqualTo(records.size());
    assertThat(DocumentReport.of(summed).console()).isEqualTo(DocumentReport.of(held).console())
        .contains(records.size() + " delivery records from");
    assertThat(DocumentReport.of(summed).html()).isEqualTo(DocumentReport.of(held).html());

    ReportInputs withContract = ReportInputs.builder(DAY).add("framework.json", JSON.readAny(framework))
        .add("contract.json", JSON.readAny(Files.readString(DIR.resolve("contract.json"))))
        .addDeliveryTotals("delivery-2024-25.json", totals).build();
    assertThat(withContract.holdsEveryDelivery()).isFalse();
    assertThat(DocumentReport.of(withContract).html()).doesNotContain("id=\"delivery-progress\"")
        .contains("counting rules were not applied");
  }
}
