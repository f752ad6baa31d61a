package uk.gov.lancashire.socialvalue.performance;

import java.util.Objects;
import uk.gov.lancashire.socialvalue.basics.Problems;

/**
 * An officer's rating in place of the one the thresholds give, which must carry its reason: the notice
 * is published and can later support an exclusion (Procurement Act 2023, Sch 7 para 12), so a rating the
 * council cannot explain is worth nothing.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param rating the rating the officer gives
 * @param officer who decided
 * @param reason why, in words the supplier can answer
 */
public record RatingOverride(Rating rating, String officer, String reason) {

  /**
   * Checks the override names its officer and reason.
   *
   * @param rating see the record description
   * @param officer see the record description
   * @param reason see the record description
   */
  public RatingOverride {
    Objects.requireNonNull(rating, "rating");
    Objects.requireNonNull(officer, "officer");
    Objects.requireNonNull(reason, "reason");
    Problems problems = new Problems();
    problems.check(!officer.isBlank(), "officer", "must name who overrode the rating");
    problems.check(!reason.isBlank(), "reason", "an overridden rating must give its reason");
    problems.throwIfAny();
  }
}
