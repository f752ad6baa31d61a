package uk.gov.lancashire.socialvalue.framework;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import uk.gov.lancashire.socialvalue.basics.ProblemPath;
import uk.gov.lancashire.socialvalue.basics.Problems;
import uk.gov.lancashire.socialvalue.basics.SocialValueStyle;

/**
 * An action a supplier delivers and counts, such as "local people employed on the contract".
 *
 * <p>A measure has a {@link MeasureCode}, a {@link Unit}, a {@link MeasureKind} (monetised measures are
 * valued with a proxy from a {@link uk.gov.lancashire.socialvalue.framework.ProxyEdition}; record-only and
 * qualitative ones never are), the outcome it serves, codes it is equivalent to in other families,
 * default SROI {@link Adjustments}, {@link CountingRules}, and its {@link Alignment}s to priorities.
 *
 * <p>The unit must suit the kind: a monetised measure needs an additive numeric unit, and a qualitative
 * one is scored in {@link Unit#LEVEL levels} or described in {@link Unit#TEXT text}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SocialValueStyle
public abstract class Measure implements WithMeasure {

  Measure() {}

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the code, unique within a framework */
  public abstract MeasureCode code();

  /** @return the title, in words a procurement officer recognises */
  public abstract String title();

  /** @return a longer description, if any */
  public abstract Optional<String> description();

  /** @return the unit quantities are counted in */
  public abstract Unit unit();

  /** @return whether the measure is monetised, record-only or qualitative */
  public abstract MeasureKind kind();

  /** @return the id of the outcome this measure serves */
  public abstract String outcomeId();

  /** @return the same measure's codes in other families or localised copies (e.g. {@code NT1} for {@code ECC1}) */
  public abstract List<MeasureCode> equivalents();

  /** @return the default SROI adjustments; a valuation line may override them */
  @Value.Default
  public Adjustments adjustments() {
    return Adjustments.none();
  }

  /** @return the counting rules */
  @Value.Default
  public CountingRules countingRules() {
    return CountingRules.none();
  }

  /** @return the priorities this measure serves, in any number of schemes */
  public abstract List<Alignment> alignments();

  /** @return true when the measure is valued in money */
  public boolean isMonetised() {
    return kind() == MeasureKind.MONETISED;
  }

  @Value.Check
  void check() {
    Problems problems = new Problems();
    problems.check(!title().isBlank(), "title", "must not be blank");
    problems.check(!outcomeId().isBlank(), "outcomeId", "must not be blank");
    if (kind() == MeasureKind.MONETISED) {
      problems.check(unit().isAdditive(), "unit",
          "a monetised measure needs an additive numeric unit, was " + unit());
    }
    if (kind() == MeasureKind.QUALITATIVE) {
      problems.check(unit() == Unit.LEVEL || unit() == Unit.TEXT, "unit",
          "a qualitative measure is scored in LEVEL or described in TEXT, was " + unit());
    }
    for (int i = 0; i < equivalents().size(); i++) {
      problems.check(!equivalents().get(i).equals(code()), ProblemPath.of("equivalents").index(i),
          "a measure is not equivalent to itself");
    }
    problems.throwIfAny();
  }

  /** Builds a {@link Measure}. */
  public static final class Builder extends ImmutableMeasure.Builder {
    Builder() {}
  }
}
