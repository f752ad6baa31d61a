package uk.gov.lancashire.socialvalue.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import uk.gov.lancashire.socialvalue.basics.Amounts;
import uk.gov.lancashire.socialvalue.basics.Explanation;
import uk.gov.lancashire.socialvalue.delivery.DeliveryRecord;
import uk.gov.lancashire.socialvalue.portfolio.AnnualStatement;
import uk.gov.lancashire.socialvalue.tender.AssessmentSummary;
import uk.gov.lancashire.socialvalue.tender.BidScore;
import uk.gov.lancashire.socialvalue.tender.CredibilityFlag;
import uk.gov.lancashire.socialvalue.tender.TenderEvaluation;
import uk.gov.lancashire.socialvalue.valuation.Valuation;
import uk.gov.lancashire.socialvalue.valuation.ValuationResult;

/** Fixed phase 2b documents read into the expected values and written back byte for byte. */
class ProcurementGoldenFileTest {

  private final SocialValueJson json = SocialValueJson.standard().withPrettyOutput(true);

  @Test
  void deliveryReportReadsIntoTheExpectedRecordsWithExactDecimals() {
    List<DeliveryRecord> read = json.read(Documents.DELIVERY_REPORT, TestFiles.text("sample-delivery-report.json"));

    assertThat(read).isEqualTo(ProcurementSamples.records());
    assertThat(read.get(1).quantity()).isEqualTo(new BigDecimal("-12.500"));
    assertThat(read.get(1).share()).isEqualTo(new BigDecimal("0.3333333333333333333333333333333333"));
  }

  @Test
  void deliveryReportIsWrittenBackByteForByte() {
    String golden = TestFiles.text("sample-delivery-report.json");

    assertThat(json.write(Documents.DELIVERY_REPORT, json.read(Documents.DELIVERY_REPORT, golden))).isEqualTo(golden);
  }

  @Test
  void contractReadsIntoTheExpectedValue() {
    ContractDocument read = json.read(Documents.CONTRACT, TestFiles.text("sample-contract.json"));

    assertThat(read).isEqualTo(ProcurementSamples.contractDocument());
    assertThat(read.contract().kpis().get(1).yearly().get(1)).isEqualTo(new BigDecimal("1000.00"));
    assertThat(read.supplyChain().tier("sub")).isEqualTo(2);
  }

  @Test
  void contractIsWrittenBackByteForByte() {
    String golden = TestFiles.text("sample-contract.json");

    assertThat(json.write(Documents.CONTRACT, json.read(Documents.CONTRACT, golden))).isEqualTo(golden);
  }

  @Test
  void tenderReadsIntoTheExpectedValueWithExactMoney() {
    TenderDocument read = json.read(Documents.TENDER, TestFiles.text("sample-tender.json"));

    assertThat(read).isEqualTo(ProcurementSamples.tenderDocument());
    assertThat(Amounts.decimal(read.bids().get(1).price())).isEqualByComparingTo("950000.5");
    assertThat(read.tender().scheme().criterion("plan").orElseThrow().maxMark()).isEqualTo(new BigDecimal("10"));
  }

  @Test
  void tenderIsWrittenBackByteForByte() {
    String golden = TestFiles.text("sample-tender.json");

    assertThat(json.write(Documents.TENDER, json.read(Documents.TENDER, golden))).isEqualTo(golden);
  }

  @Test
  void valuationReadsIntoTheExpectedValue() {
    Valuation read = json.read(Documents.VALUATION, TestFiles.text("sample-valuation.json"));

    assertThat(read).isEqualTo(ProcurementSamples.valuation());
    assertThat(read.lines().get(1).risingDeadweights()).containsExactly(new BigDecimal("0.2"), new BigDecimal("0.35"));
    assertThat(Amounts.decimal(read.result().presentValue())).isEqualTo(Amounts.decimal(ProcurementSamples.valuation().result().presentValue()));
  }

  @Test
  void valuationIsWrittenBackByteForByte() {
    String golden = TestFiles.text("sample-valuation.json");

    assertThat(json.write(Documents.VALUATION, json.read(Documents.VALUATION, golden))).isEqualTo(golden);
  }

  // written-only documents: the golden file pins the format; its figures are the core's, every digit

  @Test
  void valuationResultIsWrittenByteForByteWithTheCoresExactFigures() {
    ValuationResult result = ProcurementSamples.valuation().result();
    String golden = TestFiles.text("sample-valuation-result.json");

    assertThat(json.write(Documents.VALUATION_RESULT, result)).isEqualTo(golden);
    assertThat(golden).contains("\"amount\": \"" + Amounts.decimal(result.presentValue()).toPlainString() + "\"")
        .contains("\"value\": \"" + result.sroiRatio().value().toPlainString() + "\"")
        .contains("\"title\": \"Line spend\"");
    assertThat(json.mapper().readTree(golden).path("explanation").path("children").size())
        .isEqualTo(result.explain().children().size());
  }

  @Test
  void tenderEvaluationIsWrittenByteForByteWithTheCoresScores() {
    TenderEvaluation evaluation = ProcurementSamples.evaluation();
    String golden = TestFiles.text("sample-tender-evaluation.json");

    assertThat(json.write(Documents.TENDER_EVALUATION, evaluation)).isEqualTo(golden);
    assertThat(golden).contains("\"total\": \"" + evaluation.winner().orElseThrow().total().toPlainString() + "\"");
    assertThat(json.mapper().readTree(golden).path("ranking").path(0).path("bidder").asString())
        .isEqualTo(evaluation.winner().orElseThrow().bidder());
  }

  @Test
  void everyTenderExplanationIsWrittenInFull() {
    TenderEvaluation evaluation = ProcurementSamples.evaluation();
    JsonNode written = json.mapper().readTree(json.write(Documents.TENDER_EVALUATION, evaluation));
    JsonNode summaries = json.mapper().readTree(json.write(Documents.ASSESSMENT_SUMMARIES, evaluation));
    int flags = 0;

    for (int i = 0; i < evaluation.ranking().size(); i++) {
      BidScore bid = evaluation.ranking().get(i);
      JsonNode node = written.path("ranking").path(i);
      for (int j = 0; j < bid.scores().size(); j++) {
        assertThat(explanation(node.path("scores").path(j).path("explanation")))
            .isEqualTo(bid.scores().get(j).explanation());
      }
      for (int j = 0; j < bid.flags().size(); j++) {
        CredibilityFlag flag = bid.flags().get(j);
        JsonNode f = node.path("flags").path(j);
        assertThat(explanation(f.path("explanation"))).isEqualTo(flag.explanation());
        assertThat(f.path("message").asString()).isEqualTo(flag.explanation().title());
        assertThat(f.path("path").asString()).isEqualTo(flag.where().toString());
        flags++;
      }
    }
    for (int i = 0; i < evaluation.assessmentSummaries().size(); i++) {
      AssessmentSummary summary = evaluation.assessmentSummaries().get(i);
      for (int j = 0; j < summary.criteria().size(); j++) {
        JsonNode c = summaries.path("summaries").path(i).path("criteria").path(j);
        assertThat(explanation(c.path("reason"))).isEqualTo(summary.criteria().get(j).reason());
        assertThat(explanation(c.path("winnerReason"))).isEqualTo(summary.criteria().get(j).winnerReason());
      }
    }
    assertThat(flags).as("the sample raises flags").isPositive();
  }

  /** Reads a written explanation back, so it can be compared with the core's whole. */
  private static Explanation explanation(JsonNode node) {
    assertThat(node.isObject()).as("an explanation object").isTrue();
    Explanation e = Explanation.of(node.path("title").asString());
    for (JsonNode entry : node.path("entries")) {
      e = e.with(entry.path("key").asString(), entry.path("value").asString());
    }
    for (JsonNode child : node.path("children")) {
      e = e.with(explanation(child));
    }
    return e;
  }

  @Test
  void annualStatementIsWrittenByteForByteWithTheCoresFigures() {
    AnnualStatement statement = ProcurementSamples.statement();
    String golden = TestFiles.text("sample-annual-statement.json");

    assertThat(json.write(Documents.ANNUAL_STATEMENT, statement)).isEqualTo(golden);
    assertThat(json.mapper().readTree(golden).path("percentDelivered").asString())
        .isEqualTo(statement.percentDelivered().orElseThrow().toPlainString());
  }
}
