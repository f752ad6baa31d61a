package uk.gov.lancashire.socialvalue.tender;

import java.math.BigDecimal;
import org.immutables.value.Value;
import uk.gov.lancashire.socialvalue.basics.Args;
import uk.gov.lancashire.socialvalue.basics.Problems;
import uk.gov.lancashire.socialvalue.basics.SocialValueStyle;
import uk.gov.lancashire.socialvalue.framework.MeasureCode;

/**
 * A bidder's promise to deliver a quantity of one measure in one contract year, such as "6 FTE-years of
 * local employment in year 1". Quantities are in the measure's unit and may be negative (a disbenefit,
 * such as extra emissions), which lowers the offer rather than being dropped.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SocialValueStyle
public abstract class Commitment implements WithCommitment {

  Commitment() {}

  /**
   * Creates a commitment.
   *
   * @param measure the measure
   * @param year the contract year, from 1
   * @param quantity the quantity in the measure's unit
   * @return the commitment
   */
  public static Commitment of(MeasureCode measure, int year, BigDecimal quantity) {
    return new Builder().measure(measure).year(year).quantity(quantity).build();
  }

  /**
   * Creates a commitment from a code written as text.
   *
   * @param measure the measure code, e.g. {@code NT1}
   * @param year the contract year, from 1
   * @param quantity the quantity, as a decimal string
   * @return the commitment
   */
  public static Commitment of(String measure, int year, String quantity) {
    return of(MeasureCode.parse(measure), year, Args.decimal(quantity, "quantity"));
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the measure committed to */
  public abstract MeasureCode measure();

  /** @return the contract year, 1 for the first year of the contract */
  public abstract int year();

  /** @return the quantity, in the measure's unit */
  public abstract BigDecimal quantity();

  @Value.Check
  void check() {
    Args.bounded(quantity(), "quantity");
    Problems problems = new Problems();
    problems.check(year() >= 1, "year", "must be at least 1, was " + year());
    problems.throwIfAny();
  }

  /** Builds a {@link Commitment}. */
  public static final class Builder extends ImmutableCommitment.Builder {
    Builder() {}
  }
}
