package uk.gov.lancashire.socialvalue.targets;

import java.math.BigDecimal;
import org.immutables.value.Value;
import uk.gov.lancashire.socialvalue.basics.Args;
import uk.gov.lancashire.socialvalue.basics.FinancialYear;
import uk.gov.lancashire.socialvalue.basics.Problems;
import uk.gov.lancashire.socialvalue.basics.SocialValueStyle;

/**
 * A strategy target: what a priority or measure should achieve within one financial year, e.g. "£2.5m
 * of social value for supporting economic growth in 2025/26" or "40 FTE-years of local employment
 * (NT1) in 2024/25". The value is exact and not negative; its unit is a label.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SocialValueStyle
public abstract class Target implements WithTarget {

  Target() {}

  /**
   * Creates a target.
   *
   * @param subject the priority or measure
   * @param year the financial year
   * @param value the value to achieve within the year, not negative
   * @param unitLabel the unit, e.g. {@code GBP} or {@code FTE-years}
   * @return the target
   */
  public static Target of(TargetSubject subject, FinancialYear year, BigDecimal value, String unitLabel) {
    return new Builder().subject(subject).year(year).value(value).unitLabel(unitLabel).build();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return what the target is for */
  public abstract TargetSubject subject();

  /** @return the financial year the target is for */
  public abstract FinancialYear year();

  /** @return the value to achieve within the year */
  public abstract BigDecimal value();

  /** @return the unit of the value */
  public abstract String unitLabel();

  @Value.Check
  void check() {
    Args.bounded(value(), "value");
    Problems problems = new Problems();
    problems.check(value().signum() >= 0, "value", "must not be negative, was " + value().toPlainString());
    problems.check(!unitLabel().isBlank(), "unitLabel", "must not be blank");
    problems.throwIfAny();
  }

  /** Builds a {@link Target}. */
  public static final class Builder extends ImmutableTarget.Builder {
    Builder() {}
  }
}
