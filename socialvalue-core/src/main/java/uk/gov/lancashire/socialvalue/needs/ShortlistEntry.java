package uk.gov.lancashire.socialvalue.needs;

import java.math.BigDecimal;
import org.immutables.value.Value;
import uk.gov.lancashire.socialvalue.basics.SocialValueStyle;
import uk.gov.lancashire.socialvalue.framework.MeasureCode;

/**
 * One recommended measure of a {@link MeasureShortlist}: its place, code and needs weight in the area.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SocialValueStyle
public abstract class ShortlistEntry {

  ShortlistEntry() {}

  /**
   * @param rank the place, 1 first
   * @param measure the measure
   * @param weight its needs weight in the area
   * @return the entry
   */
  static ShortlistEntry of(int rank, MeasureCode measure, BigDecimal weight) {
    return new Builder().rank(rank).measure(measure).weight(weight).build();
  }

  /** @return the place on the shortlist, 1 for the measure addressing the largest need */
  public abstract int rank();

  /** @return the measure */
  public abstract MeasureCode measure();

  /** @return the measure's needs weight in the area */
  public abstract BigDecimal weight();

  /** Builds a {@link ShortlistEntry}; package-private, as entries come from a shortlist. */
  static final class Builder extends ImmutableShortlistEntry.Builder {
    Builder() {}
  }
}
