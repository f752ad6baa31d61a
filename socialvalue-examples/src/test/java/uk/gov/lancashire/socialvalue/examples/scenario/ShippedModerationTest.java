package uk.gov.lancashire.socialvalue.examples.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import uk.gov.lancashire.socialvalue.examples.LancashireFramework;
import uk.gov.lancashire.socialvalue.framework.CommitmentValuer;
import uk.gov.lancashire.socialvalue.framework.Framework;
import uk.gov.lancashire.socialvalue.json.Documents;
import uk.gov.lancashire.socialvalue.json.ModerationDocument;
import uk.gov.lancashire.socialvalue.json.SocialValueJson;
import uk.gov.lancashire.socialvalue.json.TenderDocument;
import uk.gov.lancashire.socialvalue.tender.BidScore;
import uk.gov.lancashire.socialvalue.tender.TenderEvaluation;
import uk.gov.lancashire.socialvalue.tender.TenderEvaluator;

/**
 * The shipped moderation document holds the scenario's panel decisions, and evaluating the shipped tender
 * with it gives the scenario's final evaluation: moderation at work from documents alone.
 */
class ShippedModerationTest {

  private static final Path DIR = Path.of("src/main/resources/lancashire");
  private static final SocialValueJson JSON = SocialValueJson.standard().withPrettyOutput(true);

  @Test
  void theShippedDecisionsAreTheScenarios() throws IOException {
    String shipped = Files.readString(DIR.resolve("moderation.json"));

    assertThat(shipped).isEqualTo(JSON.write(Documents.MODERATION,
        new ModerationDocument(HighwaysTender.ID, HighwaysTender.moderation())));
  }

  @Test
  void theShippedTenderWithTheShippedDecisionsIsFinalAndMatchesTheScenario() throws IOException {
    Framework framework = LancashireFramework.create();
    TenderDocument tender = JSON.read(Documents.TENDER, Files.readString(DIR.resolve("tender.json")));
    ModerationDocument moderation = JSON.read(Documents.MODERATION, Files.readString(DIR.resolve("moderation.json")));
    CommitmentValuer valuer = CommitmentValuer.pinned(framework.edition(tender.tender().editionReference()).orElseThrow());

    TenderEvaluation before = TenderEvaluator.of(framework, valuer).evaluate(tender.tender(), tender.bids());
    TenderEvaluation after = TenderEvaluator.of(framework, valuer)
        .evaluate(tender.tender(), tender.bids(), moderation.decisions());

    assertThat(moderation.tenderId()).isEqualTo(tender.tender().id());
    assertThat(before.isFinal()).isFalse();
    assertThat(before.winner()).isEmpty();
    // before: bowland-civils' unmoderated offer is out of the benchmark; pennine 5.00, ribble 4.51 on the offer
    assertThat(before.bid("ribble-roads").orElseThrow().score("sv-offer").orElseThrow().displayed())
        .isEqualByComparingTo("4.51");
    assertThat(after.isFinal()).isTrue();
    assertThat(after.ranking()).extracting(BidScore::bidder)
        .isEqualTo(Scenario.run().evaluation.ranking().stream().map(BidScore::bidder).toList());
    assertThat(after.winner().orElseThrow().bidder()).isEqualTo("pennine-highways");
    assertThat(after.assessmentSummaries()).hasSize(3);
  }
}
