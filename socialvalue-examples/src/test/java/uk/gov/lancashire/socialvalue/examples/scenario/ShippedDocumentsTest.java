package uk.gov.lancashire.socialvalue.examples.scenario;

import uk.gov.lancashire.socialvalue.json.Documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.gov.lancashire.socialvalue.json.ContractDocument;
import uk.gov.lancashire.socialvalue.json.SocialValueJson;
import uk.gov.lancashire.socialvalue.json.TenderDocument;

/**
 * The JSON documents shipped for the command-line tool are exactly the scenario's inputs, in canonical
 * form: what the CLI evaluates and values is what the scenario evaluates and values.
 */
class ShippedDocumentsTest {

  private static final Path DIR = Path.of("src/main/resources/lancashire");
  private static final SocialValueJson JSON = SocialValueJson.standard().withPrettyOutput(true);
  private static ScenarioResult result;

  @BeforeAll
  static void run() {
    result = Scenario.run();
  }

  private static String shipped(String name) throws IOException {
    return Files.readString(DIR.resolve(name));
  }

  @Test
  void tenderDocumentIsTheScenariosTender() throws IOException {
    assertThat(shipped("tender.json"))
        .isEqualTo(JSON.write(Documents.TENDER, TenderDocument.of(result.evaluation.tender(), HighwaysTender.bids())));
  }

  @Test
  void valuationDocumentIsTheScenariosValuation() throws IOException {
    assertThat(shipped("valuation.json")).isEqualTo(JSON.write(Documents.VALUATION, result.sroi.valuation()));
  }

  @Test
  void contractAndDeliveryDocumentsAreTheScenarios() throws IOException {
    assertThat(shipped("contract.json")).isEqualTo(JSON.write(Documents.CONTRACT, 
        ContractDocument.of(result.highways.contract(), result.highways.supplyChain())));
    assertThat(shipped("delivery-2024-25.json")).isEqualTo(JSON.write(Documents.DELIVERY_REPORT, 
        Deliveries.highwaysRecords(result.highways.contract().primeSupplier())));
  }

  @Test
  void needsDocumentIsCanonical() throws IOException {
    assertThat(shipped("needs-analysis.json")).isEqualTo(JSON.write(Documents.NEEDS_ANALYSIS, LancashireNeeds.create()));
  }
}
