package uk.gov.lancashire.socialvalue.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import uk.gov.lancashire.socialvalue.basics.Problem;
import uk.gov.lancashire.socialvalue.tender.TenderEvaluation;
import uk.gov.lancashire.socialvalue.valuation.ValuationResult;

/** Bad phase 2b documents: every problem at its JSON path, core validation included; never a half-built value. */
class ProcurementHostileInputTest {

  private final SocialValueJson json = SocialValueJson.standard().withPrettyOutput(true);

  private static JsonProblemsException fails(Runnable read) {
    return catchThrowableOfType(JsonProblemsException.class, read::run);
  }

  // ---------------------------------------------------------------- delivery report

  @Test
  void deliveryReportWrongTypesBadEnumsAndUnknownFieldsAreAllReported() {
    String document = TestFiles.text("sample-delivery-report.json")
        .replace("\"period\": \"2024/25-Q1\"", "\"period\": \"2024/25-Q5\"")
        .replace("\"status\": \"verified\"", "\"status\": \"VERIFIED\"")
        .replace("\"supplier\": \"sub\"", "\"supplier\": \"sub\", \"colour\": \"red\"")
        .replace("\"kind\": \"area\"", "\"kind\": \"region\"");

    JsonProblemsException e = fails(() -> json.read(Documents.DELIVERY_REPORT, document));

    assertThat(e.problems()).extracting(Problem::path).containsExactlyInAnyOrder("$.records[0].period",
        "$.records[0].status", "$.records[1].colour", "$.records[1].location.kind");
    assertThat(e.getMessage()).contains("$.records[0].status: unknown record status \"VERIFIED\"; expected one of"
        + " [claimed, evidenced, rejected, verified]");
  }

  @Test
  void deliveryRecordCoreProblemsAreMappedOntoPaths() {
    String document = TestFiles.text("sample-delivery-report.json")
        .replace("\"evidence\": [\n        \"payroll-2024-06\"\n      ]", "\"evidence\": []")
        .replace("\"supplier\": \"sub\"", "\"supplier\": \" \"");

    JsonProblemsException e = fails(() -> json.read(Documents.DELIVERY_REPORT, document));

    assertThat(e.problems()).extracting(Problem::toString).containsExactlyInAnyOrder(
        "$.records[0].evidence: a verified record must name its evidence",
        "$.records[1].supplier: must not be blank");
  }

  @Test
  void aReportWithoutItsMarkerOrWithAnUnknownVersionIsRefused() {
    String golden = TestFiles.text("sample-delivery-report.json");

    assertThat(fails(() -> json.read(Documents.DELIVERY_REPORT, golden.replace("\"formatVersion\": 1", "\"formatVersion\": 2")))
        .getMessage()).contains("this library reads versions [1]");
    assertThat(fails(() -> json.read(Documents.DELIVERY_REPORT, golden.replace(
        "\"format\": \"socialvalue/delivery-report\",\n  \"formatVersion\": 1,\n", ""))).getMessage())
        .contains("$: is not a socialvalue/delivery-report document");
  }

  // ---------------------------------------------------------------- contract

  @Test
  void contractCoreProblemsAreMappedOntoPathsIncludingKpisByMeasure() {
    String document = TestFiles.text("sample-contract.json")
        .replace("\"2\": \"12.5\"", "\"3\": \"12.5\"")
        .replace("\"parent\": \"prime\"", "\"parent\": \"nobody\"");

    JsonProblemsException e = fails(() -> json.read(Documents.CONTRACT, document));

    assertThat(e.problems()).extracting(Problem::toString).containsExactlyInAnyOrder(
        "$.contract.kpis[0].yearly['3']: year 3 is beyond the 2-year term",
        "$.supplyChain.suppliers[1].parent: unknown supplier 'nobody'");
  }

  @Test
  void aChainWithAnotherPrimeIsAProblemAtTheChain() {
    String document = TestFiles.text("sample-contract.json").replace("\"primeSupplier\": \"prime\"",
        "\"primeSupplier\": \"other\"");

    JsonProblemsException e = fails(() -> json.read(Documents.CONTRACT, document));

    assertThat(e.problems()).extracting(Problem::toString).containsExactly(
        "$.supplyChain: the chain's prime is prime but the contract's prime supplier is other");
  }

  @Test
  void badYearKeysAndLocalityKindsAreReported() {
    String document = TestFiles.text("sample-contract.json")
        .replace("\"1\": \"10\"", "\"one\": \"10\"")
        .replace("\"kind\": \"postcode\"", "\"kind\": \"postcodes\"")
        .replace("\"termYears\": 2", "\"termYears\": \"2\"");

    JsonProblemsException e = fails(() -> json.read(Documents.CONTRACT, document));

    assertThat(e.problems()).extracting(Problem::path).containsExactlyInAnyOrder("$.contract.kpis[0].yearly.one",
        "$.contract.locality.kind", "$.contract.termYears");
  }

  // ---------------------------------------------------------------- tender

  @Test
  void tenderProblemsAreAllReportedWithTheirPaths() {
    String document = TestFiles.text("sample-tender.json")
        .replace("\"weight\": \"60\"", "\"weight\": \"61\"")
        .replace("\"method\": \"levels\"", "\"method\": \"stars\"")
        .replace("\"year\": 3", "\"year\": 0")
        .replace("\"bidder\": \"beta\",", "\"bidder\": \"beta\", \"discount\": \"5\",")
        .replace("\"amount\": \"950000.50\"", "\"amount\": \"9.5e5\"");

    JsonProblemsException e = fails(() -> json.read(Documents.TENDER, document));

    assertThat(e.problems()).extracting(Problem::path).containsExactlyInAnyOrder(
        "$.tender.scheme.criteria[2].method", "$.tender.scheme.criteria[3].method", "$.bids[1].commitments[0].year",
        "$.bids[1].discount", "$.bids[1].price.amount");
    assertThat(e.getMessage()).contains("unknown scoring method \"stars\"; expected one of [absolute-bands, levels,"
        + " lowest-price, relative-to-best-needs-weighted-value, relative-to-best-sv-percent, relative-to-best-value]");
  }

  @Test
  void schemeWeightsNotAddingUpAreACoreProblemAtTheCriteria() {
    String document = TestFiles.text("sample-tender.json").replace("\"weight\": \"60\"", "\"weight\": \"61\"");

    JsonProblemsException e = fails(() -> json.read(Documents.TENDER, document));

    assertThat(e.problems()).extracting(Problem::toString).containsExactly(
        "$.tender.scheme.criteria: weights must add up to 100, they add up to 101.0");
  }

  // ---------------------------------------------------------------- valuation

  @Test
  void valuationProblemsIncludingTheCoresAreMappedOntoPaths() {
    String document = TestFiles.text("sample-valuation.json")
        .replace("\"priceBaseYear\": 2024,", "")
        .replace("\"amount\": \"12.50\"", "\"amount\": \"1e999999999\"")
        .replace("\"deadweightModel\": \"rising-deadweight\"", "\"deadweightModel\": \"rising\"");

    JsonProblemsException e = fails(() -> json.read(Documents.VALUATION, document));

    assertThat(e.problems()).extracting(Problem::path).containsExactlyInAnyOrder(
        "$.lines[0].quantity.amount", "$.lines[1].deadweightModel");
  }

  @Test
  void valuationCrossChecksRunOnceTheLinesAreSound() {
    String document = TestFiles.text("sample-valuation.json").replace("  \"priceBaseYear\": 2024,\n", "");

    JsonProblemsException e = fails(() -> json.read(Documents.VALUATION, document));

    assertThat(e.problems()).extracting(Problem::toString).containsExactly("$.priceBaseYear: proxies are in price"
        + " years [2023, 2024]; give a price base year (and a price index series) to restate them to one year");
  }

  // ---------------------------------------------------------------- written-only results

  @Test
  void writtenOnlyResultsAreRefusedWhenReadSayingWhy() {
    JsonMapper mapper = json.mapper();

    JsonProblemsException e = catchThrowableOfType(JsonProblemsException.class, () -> mapper.readValue(
        TestFiles.text("sample-tender-evaluation.json"), TenderEvaluation.class));
    assertThat(e.problems()).extracting(Problem::toString).containsExactly("$: a tender evaluation is a computed"
        + " result: it is written, never read; read its inputs and compute it again");
    assertThat(catchThrowableOfType(JsonProblemsException.class, () -> json.read(
        TestFiles.text("sample-valuation-result.json"), ValuationResult.class))).isNotNull();
  }
}
