package uk.gov.lancashire.socialvalue.targets;

import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import uk.gov.lancashire.socialvalue.basics.Args;
import uk.gov.lancashire.socialvalue.basics.ValidationException;
import uk.gov.lancashire.socialvalue.framework.MeasureCode;

/**
 * What a {@link Target} is set for: one priority of a priority scheme (e.g. LCC's "supporting economic
 * growth"), or one measure. Subjects order priorities first (by scheme, then priority id), then
 * measures (by code).
 *
 * <p>Exactly one form is present: a scheme and a priority (and no measure), or a measure (and no scheme
 * or priority); make one with {@link #priority(String, String)} or {@link #measure(MeasureCode)}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param schemeId the scheme's id, for a priority target
 * @param priorityId the priority's id, for a priority target
 * @param measure the measure, for a measure target
 */
public record TargetSubject(Optional<String> schemeId, Optional<String> priorityId, Optional<MeasureCode> measure)
    implements Comparable<TargetSubject> {

  private static final Comparator<TargetSubject> ORDER =
      Comparator.comparing((TargetSubject s) -> s.measure.isPresent())
          .thenComparing(s -> s.schemeId.orElse(null), Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(s -> s.priorityId.orElse(null), Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(s -> s.measure.orElse(null), Comparator.nullsLast(Comparator.naturalOrder()));

  /**
   * Checks the subject is a priority or a measure, never both or neither.
   *
   * @param schemeId the scheme's id, for a priority target
   * @param priorityId the priority's id, for a priority target
   * @param measure the measure, for a measure target
   * @throws ValidationException when it is both, neither, or a priority without its scheme
   */
  public TargetSubject {
    Objects.requireNonNull(schemeId, "schemeId");
    Objects.requireNonNull(priorityId, "priorityId");
    Objects.requireNonNull(measure, "measure");
    schemeId.ifPresent(id -> Args.notBlank(id, "schemeId"));
    priorityId.ifPresent(id -> Args.notBlank(id, "priorityId"));
    boolean priority = schemeId.isPresent() && priorityId.isPresent();
    if (measure.isPresent() ? schemeId.isPresent() || priorityId.isPresent() : !priority) {
      throw ValidationException.of("subject", "must be a scheme's priority or a measure, not both or neither");
    }
  }

  /**
   * @param schemeId the priority scheme, e.g. {@code lcc}
   * @param priorityId the priority within it
   * @return the subject
   */
  public static TargetSubject priority(String schemeId, String priorityId) {
    return new TargetSubject(Optional.of(Args.notBlank(schemeId, "schemeId")),
        Optional.of(Args.notBlank(priorityId, "priorityId")), Optional.empty());
  }

  /**
   * @param measure the measure
   * @return the subject
   */
  public static TargetSubject measure(MeasureCode measure) {
    return new TargetSubject(Optional.empty(), Optional.empty(), Optional.of(Objects.requireNonNull(measure, "measure")));
  }

  @Override
  public int compareTo(TargetSubject other) {
    return ORDER.compare(this, other);
  }

  /** @return {@code priority lcc/economic-growth} or {@code measure NT1} */
  @Override
  public String toString() {
    return measure.map(m -> "measure " + m).orElseGet(() -> "priority " + schemeId.orElseThrow() + "/"
        + priorityId.orElseThrow());
  }
}
