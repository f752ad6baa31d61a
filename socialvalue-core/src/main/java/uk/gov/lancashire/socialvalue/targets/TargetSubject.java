package uk.gov.lancashire.socialvalue.targets;

import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import uk.gov.lancashire.socialvalue.basics.Args;
import uk.gov.lancashire.socialvalue.framework.MeasureCode;

/**
 * What a {@link Target} is set for: one priority of a priority scheme (e.g. LCC's "supporting economic
 * growth"), or one measure. Subjects order priorities first (by scheme, then priority id), then
 * measures (by code).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TargetSubject implements Comparable<TargetSubject> {

  private static final Comparator<TargetSubject> ORDER =
      Comparator.comparing((TargetSubject s) -> s.measure != null)
          .thenComparing(s -> s.schemeId, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(s -> s.priorityId, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(s -> s.measure, Comparator.nullsLast(Comparator.naturalOrder()));

  private final @Nullable String schemeId;
  private final @Nullable String priorityId;
  private final @Nullable MeasureCode measure;

  private TargetSubject(@Nullable String schemeId, @Nullable String priorityId, @Nullable MeasureCode measure) {
    this.schemeId = schemeId;
    this.priorityId = priorityId;
    this.measure = measure;
  }

  /**
   * @param schemeId the priority scheme, e.g. {@code lcc}
   * @param priorityId the priority within it
   * @return the subject
   */
  public static TargetSubject priority(String schemeId, String priorityId) {
    return new TargetSubject(Args.notBlank(schemeId, "schemeId"), Args.notBlank(priorityId, "priorityId"), null);
  }

  /**
   * @param measure the measure
   * @return the subject
   */
  public static TargetSubject measure(MeasureCode measure) {
    return new TargetSubject(null, null, Objects.requireNonNull(measure, "measure"));
  }

  /** @return the measure, for a measure target */
  public Optional<MeasureCode> measure() {
    return Optional.ofNullable(measure);
  }

  /** @return the scheme's id, for a priority target */
  public Optional<String> schemeId() {
    return Optional.ofNullable(schemeId);
  }

  /** @return the priority's id, for a priority target */
  public Optional<String> priorityId() {
    return Optional.ofNullable(priorityId);
  }

  @Override
  public int compareTo(TargetSubject other) {
    return ORDER.compare(this, other);
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof TargetSubject)) {
      return false;
    }
    TargetSubject that = (TargetSubject) other;
    return Objects.equals(schemeId, that.schemeId) && Objects.equals(priorityId, that.priorityId)
        && Objects.equals(measure, that.measure);
  }

  @Override
  public int hashCode() {
    return Objects.hash(schemeId, priorityId, measure);
  }

  /** @return {@code priority lcc/economic-growth} or {@code measure NT1} */
  @Override
  public String toString() {
    return measure != null ? "measure " + measure : "priority " + schemeId + "/" + priorityId;
  }
}
