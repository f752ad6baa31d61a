package uk.gov.lancashire.socialvalue.targets;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.immutables.value.Value;
import uk.gov.lancashire.socialvalue.basics.Args;
import uk.gov.lancashire.socialvalue.basics.SocialValueStyle;
import uk.gov.lancashire.socialvalue.basics.ValidationException;

/**
 * Progress against one {@link Target} on a date within its financial year, with the figures that
 * decide it.
 *
 * <p><b>Straight-line trajectory.</b> The target is expected to be reached evenly through the year,
 * from 0 on 1 April to the full value on 31 March. At the end of day {@code asOf}, {@link
 * #daysElapsed()} days of {@link #daysInYear()} (365 or 366) have passed, counting 1 April and {@code
 * asOf} both, so {@link #expectedToDate()} is {@code target × daysElapsed ÷ daysInYear}. Progress is
 * {@link #isOnTrack() on track} when {@code achieved ≥ expectedToDate}; that test is made exactly, as
 * {@code achieved × daysInYear ≥ target × daysElapsed}, so no rounding can tip it.
 *
 * <p>{@link #expectedToDate()} and {@link #percentOfTarget()} are shown to 34 significant digits,
 * rounding half up; round them again, once, for display.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SocialValueStyle
public abstract class TargetProgress {

  private static final MathContext RATIO = new MathContext(34, RoundingMode.HALF_UP);
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  TargetProgress() {}

  /**
   * Measures progress.
   *
   * @param target the target
   * @param achieved what has been achieved within the target's year up to and including {@code asOf}
   * @param asOf the date, within the target's year
   * @return the progress
   * @throws ValidationException when {@code asOf} is outside the target's year
   */
  public static TargetProgress of(Target target, BigDecimal achieved, LocalDate asOf) {
    return new Builder().target(target).achieved(achieved).asOf(asOf).build();
  }

  /** @return the target */
  public abstract Target target();

  /** @return what has been achieved in the year to {@link #asOf()} */
  public abstract BigDecimal achieved();

  /** @return the date progress is judged on, inclusive */
  public abstract LocalDate asOf();

  /** @return the days of the year that have passed by the end of {@link #asOf()}, 1 April counting as 1 */
  public long daysElapsed() {
    return ChronoUnit.DAYS.between(target().year().start(), asOf()) + 1;
  }

  /** @return the days in the financial year, 365 or 366 */
  public long daysInYear() {
    return ChronoUnit.DAYS.between(target().year().start(), target().year().end()) + 1;
  }

  /** @return where the straight-line trajectory stands at {@link #asOf()}: {@code target × daysElapsed ÷ daysInYear} */
  @Value.Derived
  @Value.Auxiliary
  public BigDecimal expectedToDate() {
    return target().value().multiply(BigDecimal.valueOf(daysElapsed()))
        .divide(BigDecimal.valueOf(daysInYear()), RATIO);
  }

  /** @return achieved as a percentage of the year's target; empty when the target is zero */
  @Value.Derived
  @Value.Auxiliary
  public Optional<BigDecimal> percentOfTarget() {
    return target().value().signum() == 0
        ? Optional.empty()
        : Optional.of(exactAchieved().multiply(HUNDRED).divide(target().value(), RATIO));
  }

  /** @return true when achieved is at or above the trajectory, decided exactly */
  @Value.Derived
  @Value.Auxiliary
  public boolean isOnTrack() {
    BigDecimal left = exactAchieved().multiply(BigDecimal.valueOf(daysInYear()));
    BigDecimal right = target().value().multiply(BigDecimal.valueOf(daysElapsed()));
    return left.compareTo(right) >= 0;
  }

  /** @return how far achieved is behind the trajectory ({@code expectedToDate − achieved}); negative when ahead */
  public BigDecimal behindTrajectory() {
    return expectedToDate().subtract(exactAchieved());
  }

  /** @return what is still to achieve for the year's target, never negative */
  public BigDecimal remaining() {
    BigDecimal remaining = target().value().subtract(exactAchieved());
    return remaining.signum() > 0 ? remaining : BigDecimal.ZERO;
  }

  /** The achieved figure, checked before any derived figure uses it (derived figures are made before {@code check}). */
  private BigDecimal exactAchieved() {
    return Args.bounded(achieved(), "achieved");
  }

  @Value.Check
  void check() {
    exactAchieved();
    if (!target().year().contains(asOf())) {
      throw ValidationException.of("asOf", "must lie in the target's year " + target().year() + ", was " + asOf());
    }
  }

  /** Builds {@link TargetProgress}; package-private, as progress is made with {@link #of}. */
  static final class Builder extends ImmutableTargetProgress.Builder {
    Builder() {}
  }
}
