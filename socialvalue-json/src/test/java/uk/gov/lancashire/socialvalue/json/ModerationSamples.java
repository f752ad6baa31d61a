package uk.gov.lancashire.socialvalue.json;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import uk.gov.lancashire.socialvalue.framework.MeasureCode;
import uk.gov.lancashire.socialvalue.tender.MinimumSocialValueWeighting;
import uk.gov.lancashire.socialvalue.tender.ModerationDecision;
import uk.gov.lancashire.socialvalue.tender.ModerationOutcome;

/** The values behind the moderation and weighting-policy golden files. */
final class ModerationSamples {

  private ModerationSamples() {}

  static ModerationDocument moderation() {
    return new ModerationDocument("T1", List.of(
        ModerationDecision.builder().bidder("alpha").measure(MeasureCode.parse("NT1")).year(1)
            .outcome(ModerationOutcome.ACCEPTED_AT_QUANTITY).moderatedQuantity(new BigDecimal("2.5"))
            .decidedBy("evaluation panel").decidedOn(LocalDate.of(2025, 6, 3))
            .reason("two and a half FTE of new local hires evidenced").build(),
        ModerationDecision.builder().bidder("beta").measure(MeasureCode.parse("NT18")).year(2)
            .outcome(ModerationOutcome.REJECTED).decidedBy("evaluation panel").decidedOn(LocalDate.of(2025, 6, 3))
            .reason("no answer to the clarification question").build()));
  }

  static List<MinimumSocialValueWeighting> policies() {
    return List.of(MinimumSocialValueWeighting.builder().id("ppn-002").title("PPN 002")
        .source("https://www.gov.uk/government/publications/ppn-002-taking-account-of-social-value-in-the-award-of-contracts")
        .effectiveFrom(LocalDate.of(2025, 10, 1)).minimumPercent(BigDecimal.TEN).build());
  }

}
