package uk.gov.lancashire.socialvalue.examples.ukmodel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import javax.money.Monetary;
import uk.gov.lancashire.socialvalue.framework.Alignment;
import uk.gov.lancashire.socialvalue.framework.Framework;
import uk.gov.lancashire.socialvalue.framework.Measure;
import uk.gov.lancashire.socialvalue.framework.MeasureCode;
import uk.gov.lancashire.socialvalue.framework.MeasureKind;
import uk.gov.lancashire.socialvalue.framework.Outcome;
import uk.gov.lancashire.socialvalue.framework.Priority;
import uk.gov.lancashire.socialvalue.framework.PriorityScheme;
import uk.gov.lancashire.socialvalue.framework.Theme;
import uk.gov.lancashire.socialvalue.framework.Unit;
import uk.gov.lancashire.socialvalue.framework.ValidityPeriod;
import uk.gov.lancashire.socialvalue.tender.MinimumSocialValueWeighting;

/**
 * The UK Government Social Value Model (PPN 002, February 2025) as a second framework in the TOMs
 * pattern, to show the model holds a framework that is not Lancashire's: the five missions as a priority
 * scheme (and as themes), the eight policy outcomes, the model award criteria as <em>qualitative</em>
 * measures (the model is assessed qualitatively, never monetised), and as <em>record-only</em> measures
 * the only reporting metrics public sources name.
 *
 * <p><b>Provenance.</b> Built from the team's research note on PPN 002 and the Procurement Act 2023,
 * which read: the gov.uk PPN 002 page (opening paragraphs only); the Crown Commercial Service article on
 * the model (mission names); and, for outcome titles, MAC codes and reporting-metric wording, a third-party
 * extract said to be generated from the Government Commercial Agency's G-Cloud 15 question export
 * (github.com/tractorjuice/arckit-claude, plugins/uk/gcloud/skills/gcloud-framework/references/g-cloud-15/
 * social-value-model.md). The PPN 002 model document itself
 * (2025-02-11_PPN_002_The_social_value_model.docx.pdf) was not readable.
 *
 * <p><b>Not confirmed, and labelled so in the data:</b> the title of Outcome 5 (under "Take back our
 * streets", which G-Cloud 15 does not use); the model award criteria codes and titles of Outcomes 2–8
 * (each is held as one qualitative measure per outcome with a code this library assigns, family {@code
 * SVM}); the full title of MAC 1e (truncated in the source); the codes, titles and units of the 33
 * standard reporting metrics (only the two Outcome 1 counts below are named, and their PPN 002 wording is
 * unverified); the spelling "Kickstart" against "Kick start".
 *
 * <p><b>Licence.</b> Public sector information is normally published under the Open Government Licence
 * v3.0 (attribution: "Contains public sector information licensed under the Open Government Licence
 * v3.0"). The OGL notice on the PPN 002 page itself was <em>not</em> seen, so the licence is stated as
 * unconfirmed. No proxy values are carried: the model is not monetised.
 */
public final class UkSocialValueModel {

  /** The framework id. */
  public static final String ID = "uk-social-value-model";
  /** The priority scheme of the five missions. */
  public static final String MISSIONS = "ppn002-missions";

  /**
   * PPN 002's minimum social value weighting: 10% of the total score (of the quality score under price
   * per quality point), for procurements commenced from 1 October 2025, when the model became mandatory
   * for in-scope central government bodies (research note §1.1, §1.7; the 1 October date and the
   * price-per-quality-point wording are confirmed in secondary sources only). Open-ended: a successor note
   * is added as another record with its own start date.
   */
  public static final MinimumSocialValueWeighting PPN_002_MINIMUM = MinimumSocialValueWeighting.builder()
      .id("ppn-002").title("PPN 002: Taking account of social value in the award of contracts")
      .source("https://www.gov.uk/government/publications/ppn-002-taking-account-of-social-value-in-the-award-of-contracts"
          + " (10% minimum as quoted by tussell.com; start date per CCS and tussell.com)")
      .effectiveFrom(LocalDate.of(2025, 10, 1)).minimumPercent(BigDecimal.TEN).build();

  private UkSocialValueModel() {}

  /** @return the model as a validated framework */
  public static Framework create() {
    return Framework.builder()
        .id(ID).title("UK Government Social Value Model (PPN 002)").edition("PPN 002, February 2025")
        // published 13 February 2025; no end date is published, so the period is open (9999-12-31)
        .validity(ValidityPeriod.of(LocalDate.of(2025, 2, 13), LocalDate.of(9999, 12, 31)))
        .currency(Monetary.getCurrency("GBP"))
        .provenance("Cabinet Office PPN 002 (gov.uk, opening paragraphs); CCS article on the model (mission names);"
            + " outcome titles, MAC 1a-1e and the Outcome 1 reporting counts from a third-party extract of GCA's"
            + " G-Cloud 15 question export (github.com/tractorjuice/arckit-claude). Outcome 5's title, the MACs of"
            + " Outcomes 2-8 and the 33 standard reporting metrics were NOT confirmed.")
        .licenceNote("Crown copyright; normally Open Government Licence v3.0 (\"Contains public sector information"
            + " licensed under the Open Government Licence v3.0\"). The OGL notice on the PPN 002 page itself was"
            + " not seen: UNCONFIRMED. No monetary values are carried.")
        .addSchemes(PriorityScheme.builder().id(MISSIONS).title("PPN 002 missions")
            .addPriorities(
                Priority.of("growth", "Kickstart economic growth"),
                Priority.of("clean-energy", "Make Britain a clean energy superpower"),
                Priority.of("streets", "Take back our streets"),
                Priority.of("opportunity", "Break down barriers to opportunity"),
                Priority.of("nhs", "Build an NHS fit for the future"))
            .build())
        .addThemes(
            Theme.of("growth", "Kickstart economic growth"),
            Theme.of("clean-energy", "Make Britain a clean energy superpower"),
            Theme.of("streets", "Take back our streets"),
            Theme.of("opportunity", "Break down barriers to opportunity"),
            Theme.of("nhs", "Build an NHS fit for the future"))
        .addOutcomes(
            Outcome.of("outcome-1", "Fair work", "growth"),
            Outcome.of("outcome-2", "Skills for growth", "growth"),
            Outcome.of("outcome-3", "Resilient, innovative and flexible supply chains", "growth"),
            Outcome.of("outcome-4", "Sustainable procurement practices", "clean-energy"),
            Outcome.of("outcome-5", "Outcome 5 (title NOT CONFIRMED; under Take back our streets)", "streets"),
            Outcome.of("outcome-6", "Employment and training", "opportunity"),
            Outcome.of("outcome-7", "Creating a pipeline of opportunities", "opportunity"),
            Outcome.of("outcome-8", "Increasing productivity through physical and mental wellbeing", "nhs"))
        .addMeasures(
            award("MAC1a", "Create and retain high-quality jobs", "outcome-1", "growth"),
            award("MAC1b", "Fair working conditions", "outcome-1", "growth"),
            award("MAC1c", "Fair pay practices", "outcome-1", "growth"),
            award("MAC1d", "In-work progression to help people to move into work by developing new skills",
                "outcome-1", "growth"),
            award("MAC1e", "Identifying and managing ... (full title NOT CONFIRMED; likely modern slavery risk)",
                "outcome-1", "growth"),
            award("SVM2", "Award criteria of Outcome 2, Skills for growth (MAC codes NOT CONFIRMED)", "outcome-2", "growth"),
            award("SVM3", "Award criteria of Outcome 3, supply chains (MAC codes NOT CONFIRMED)", "outcome-3", "growth"),
            award("SVM4", "Award criteria of Outcome 4, sustainable procurement (MAC codes NOT CONFIRMED)",
                "outcome-4", "clean-energy"),
            award("SVM5", "Award criteria of Outcome 5 (outcome and MACs NOT CONFIRMED)", "outcome-5", "streets"),
            award("SVM6", "Award criteria of Outcome 6, employment and training (MAC codes NOT CONFIRMED)",
                "outcome-6", "opportunity"),
            award("SVM7", "Award criteria of Outcome 7, pipeline of opportunities (MAC codes NOT CONFIRMED)",
                "outcome-7", "opportunity"),
            award("SVM8", "Award criteria of Outcome 8, wellbeing (MAC codes NOT CONFIRMED)", "outcome-8", "nhs"),
            metric("SVMR1", "New or retained jobs in the relevant area meeting MAC 1b-1d (SRM code and PPN 002"
                + " wording NOT CONFIRMED)"),
            metric("SVMR2", "New apprenticeships in the relevant area meeting MAC 1b (SRM code and PPN 002 wording"
                + " NOT CONFIRMED)"))
        .build();
  }

  private static Measure award(String code, String title, String outcome, String mission) {
    return Measure.builder().code(MeasureCode.parse(code)).title(title).unit(Unit.TEXT).kind(MeasureKind.QUALITATIVE)
        .outcomeId(outcome).description("A model award criterion: the bidder's method statement is marked on the"
            + " buyer's declared scale; not monetised.")
        .addAlignments(Alignment.of(MISSIONS, mission)).build();
  }

  private static Measure metric(String code, String title) {
    return Measure.builder().code(MeasureCode.parse(code)).title(title).unit(Unit.COUNT).kind(MeasureKind.RECORD_ONLY)
        .outcomeId("outcome-1").description("A reporting metric: counted during the contract, never valued.")
        .addAlignments(Alignment.of(MISSIONS, "growth")).build();
  }

  /** @return the policies on the minimum social value weighting known to the examples */
  public static List<MinimumSocialValueWeighting> weightingPolicies() {
    return List.of(PPN_002_MINIMUM);
  }
}
