package uk.gov.lancashire.socialvalue.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.lancashire.socialvalue.tender.AbnormallyLowPriceRule;
import uk.gov.lancashire.socialvalue.tender.AwardMethod;
import uk.gov.lancashire.socialvalue.tender.Criterion;
import uk.gov.lancashire.socialvalue.tender.EvaluationScheme;
import uk.gov.lancashire.socialvalue.tender.Tender;
import uk.gov.lancashire.socialvalue.tender.TenderEvaluation;
import uk.gov.lancashire.socialvalue.tender.UnresolvedFlagPolicy;

/**
 * The documents of tender moderation: moderation decisions (read and written), minimum social value
 * weighting policies (read and written), assessment summaries (written), and the scheme additions
 * (qualitative-only criteria, price per quality point, the unresolved-flag policy, the abnormally-low-price
 * rule); each checked against its JSON Schema.
 */
class TenderModerationJsonTest {

  static final JsonSchema MODERATION = ProcurementSchemaTest.schema("moderation");
  static final JsonSchema POLICIES = ProcurementSchemaTest.schema("sv-weighting-policies");
  static final JsonSchema SUMMARIES = ProcurementSchemaTest.schema("assessment-summaries");

  private final SocialValueJson json = SocialValueJson.standard().withPrettyOutput(true);

  @Test
  void moderationDecisionsAreReadBackByteForByte() {
    String golden = TestFiles.text("sample-moderation.json");

    assertThat(json.read(Documents.MODERATION, golden)).isEqualTo(ModerationSamples.moderation());
    assertThat(json.write(Documents.MODERATION, ModerationSamples.moderation())).isEqualTo(golden);
    assertThat(MODERATION.validate(golden, InputFormat.JSON)).isEmpty();
  }

  @Test
  void aDecisionWithoutAReasonIsAProblemAtItsPath() {
    String bad = TestFiles.text("sample-moderation.json").replace("\"no answer to the clarification question\"", "\"\"");

    assertThatThrownBy(() -> json.read(Documents.MODERATION, bad)).isInstanceOf(JsonProblemsException.class)
        .hasMessageContaining("$.decisions[1].reason");
    assertThat(MODERATION.validate(bad, InputFormat.JSON)).isNotEmpty();
    assertThat(MODERATION.validate(TestFiles.text("sample-moderation.json").replace("\"accepted-at-quantity\"",
        "\"accepted-as-offered\""), InputFormat.JSON)).isNotEmpty();
  }

  @Test
  void weightingPoliciesAreReadBackByteForByte() {
    String golden = TestFiles.text("sample-sv-weighting-policies.json");

    assertThat(json.read(Documents.SV_WEIGHTING_POLICIES, golden)).isEqualTo(ModerationSamples.policies());
    assertThat(json.write(Documents.SV_WEIGHTING_POLICIES, ModerationSamples.policies())).isEqualTo(golden);
    assertThat(POLICIES.validate(golden, InputFormat.JSON)).isEmpty();
  }

  @Test
  void assessmentSummariesAreWrittenAndValid() {
    TenderEvaluation evaluation = ProcurementSamples.evaluation();
    String written = json.write(Documents.ASSESSMENT_SUMMARIES, evaluation);

    assertThat(SUMMARIES.validate(written, InputFormat.JSON)).isEmpty();
    assertThat(written).contains("\"format\": \"socialvalue/assessment-summaries\"")
        .contains("\"winnerBidder\": \"" + evaluation.winner().orElseThrow().bidder() + "\"")
        .contains("Assessment summary: T1");
    assertThat(written).isEqualTo(TestFiles.text("sample-assessment-summaries.json"));
  }

  @Test
  void schemeAdditionsRoundTrip() {
    EvaluationScheme scheme = EvaluationScheme.builder().awardMethod(AwardMethod.PRICE_PER_QUALITY_POINT)
        .unresolvedFlags(UnresolvedFlagPolicy.EXCLUDE_FLAGGED)
        .abnormallyLowPrice(AbnormallyLowPriceRule.percentBelowMedian(new BigDecimal("15")))
        .addCriteria(Criterion.quality("quality", "Quality", new BigDecimal("90")),
            Criterion.qualitative("sv", "Social value", BigDecimal.TEN,
                List.of(BigDecimal.ZERO, new BigDecimal("20"), new BigDecimal("40"), new BigDecimal("70"), new BigDecimal("100")),
                List.of("outcome-1"), List.of("MAC1a")))
        .build();
    Tender tender = Tender.builder().id("T9").title("PPN 002 style").termYears(2)
        .currency(ProcurementSamples.tenderDocument().tender().currency()).scheme(scheme).editionReference("none@1").build();
    TenderDocument document = TenderDocument.of(tender, List.of());

    String written = json.write(Documents.TENDER, document);

    assertThat(json.read(Documents.TENDER, written)).isEqualTo(document);
    assertThat(written).contains("\"awardMethod\": \"price-per-quality-point\"")
        .contains("\"unresolvedFlags\": \"exclude-flagged\"").contains("\"awardCriteria\": [");
    assertThat(ProcurementSchemaTest.TENDER.validate(written, InputFormat.JSON)).isEmpty();
  }
}
