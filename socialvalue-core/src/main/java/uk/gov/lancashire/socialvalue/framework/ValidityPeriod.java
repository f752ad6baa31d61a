package uk.gov.lancashire.socialvalue.framework;

import java.time.LocalDate;
import org.immutables.value.Value;
import uk.gov.lancashire.socialvalue.basics.SocialValueStyle;
import uk.gov.lancashire.socialvalue.basics.ValidationException;

/**
 * The dates a framework applies between, both inclusive, e.g. 2024-04-01 to 2028-03-31.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SocialValueStyle
public abstract class ValidityPeriod implements WithValidityPeriod {

  ValidityPeriod() {}

  /**
   * Creates a period.
   *
   * @param from first day, inclusive
   * @param to last day, inclusive, not before {@code from}
   * @return the period
   */
  public static ValidityPeriod of(LocalDate from, LocalDate to) {
    return new Builder().from(from).to(to).build();
  }

  /** @return the first day, inclusive */
  public abstract LocalDate from();

  /** @return the last day, inclusive */
  public abstract LocalDate to();

  /**
   * @param date a date
   * @return true when the date lies in this period
   */
  public boolean contains(LocalDate date) {
    return !date.isBefore(from()) && !date.isAfter(to());
  }

  @Value.Check
  void check() {
    if (to().isBefore(from())) {
      throw ValidationException.of("to", "must not be before from (" + from() + "), was " + to());
    }
  }

  /** Builds a {@link ValidityPeriod}. */
  public static final class Builder extends ImmutableValidityPeriod.Builder {
    Builder() {}
  }
}
