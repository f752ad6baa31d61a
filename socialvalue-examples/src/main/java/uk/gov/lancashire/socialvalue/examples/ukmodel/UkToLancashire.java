package uk.gov.lancashire.socialvalue.examples.ukmodel;

import static uk.gov.lancashire.socialvalue.examples.ukmodel.OutcomeEquivalence.Strength.EQUIVALENT;
import static uk.gov.lancashire.socialvalue.examples.ukmodel.OutcomeEquivalence.Strength.PARTIAL;

import java.util.List;
import uk.gov.lancashire.socialvalue.examples.ukmodel.OutcomeEquivalence.Strength;

/**
 * The UK Social Value Model's policy outcomes mapped to the illustrative Lancashire framework's outcomes
 * (this library's reading of the titles and scope notes; see {@link OutcomeEquivalence}). Every UK outcome
 * maps to at least one Lancashire outcome; Outcome 5's title is not confirmed, so its link rests on its
 * mission only.
 */
public final class UkToLancashire {

  /** The Lancashire framework's id. */
  public static final String LANCASHIRE = "lancashire-toms";

  private UkToLancashire() {}

  /** @return the links, UK outcome order */
  public static List<OutcomeEquivalence> outcomes() {
    return List.of(
        link("outcome-1", "local-employment", PARTIAL, "fair work includes helping people into work; Lancashire"
            + " counts local employment, not its conditions"),
        link("outcome-1", "responsible-business", PARTIAL, "fair pay and conditions are Lancashire's fair work plan"),
        link("outcome-2", "skills", EQUIVALENT, "skills for a growing economy in both"),
        link("outcome-3", "local-business", EQUIVALENT, "opportunities for SMEs and VCSEs in the supply chain"),
        link("outcome-4", "carbon", PARTIAL, "net zero and clean energy"),
        link("outcome-4", "resources", PARTIAL, "less waste"),
        link("outcome-5", "resilient-communities", PARTIAL, "community cohesion (mission 'Take back our streets';"
            + " outcome title not confirmed)"),
        link("outcome-6", "inclusive-employment", EQUIVALENT, "jobs for people who face barriers to employment"),
        link("outcome-7", "inclusive-employment", PARTIAL, "entry routes for under-represented groups"),
        link("outcome-7", "skills", PARTIAL, "development opportunities in the contract workforce"),
        link("outcome-8", "responsible-business", PARTIAL, "workforce physical and mental wellbeing is part of"
            + " Lancashire's fair work and wellbeing plan"));
  }

  private static OutcomeEquivalence link(String uk, String lancashire, Strength strength, String note) {
    return new OutcomeEquivalence(UkSocialValueModel.ID, uk, LANCASHIRE, lancashire, strength, note);
  }
}
