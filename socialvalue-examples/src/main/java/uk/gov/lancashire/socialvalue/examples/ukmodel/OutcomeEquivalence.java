package uk.gov.lancashire.socialvalue.examples.ukmodel;

import java.util.Objects;

/**
 * A link from an outcome of one framework to an outcome of another, with how close they are. The links
 * are this library's reading of the outcome titles and scope notes, not a published mapping.
 *
 * @param fromFramework the first framework's id
 * @param fromOutcome the outcome's id in it
 * @param toFramework the second framework's id
 * @param toOutcome the outcome's id in it
 * @param strength how close the two are
 * @param note why
 */
public record OutcomeEquivalence(String fromFramework, String fromOutcome, String toFramework, String toOutcome,
    Strength strength, String note) {

  /** How close two outcomes are. */
  public enum Strength {
    /** The same aim in other words: evidence for one is evidence for the other. */
    EQUIVALENT,
    /** Overlapping aims: part of one serves the other; report both, never add them. */
    PARTIAL
  }

  /**
   * Checks the components are present.
   *
   * @param fromFramework the first framework's id
   * @param fromOutcome the outcome's id in it
   * @param toFramework the second framework's id
   * @param toOutcome the outcome's id in it
   * @param strength how close the two are
   * @param note why
   */
  public OutcomeEquivalence {
    Objects.requireNonNull(fromFramework, "fromFramework");
    Objects.requireNonNull(fromOutcome, "fromOutcome");
    Objects.requireNonNull(toFramework, "toFramework");
    Objects.requireNonNull(toOutcome, "toOutcome");
    Objects.requireNonNull(strength, "strength");
    Objects.requireNonNull(note, "note");
  }
}
