package uk.gov.lancashire.socialvalue.needs;

import java.util.List;
import org.immutables.value.Value;
import uk.gov.lancashire.socialvalue.basics.Problem;
import uk.gov.lancashire.socialvalue.basics.SocialValueStyle;

/**
 * The measures recommended for a tender in an area: those relevant to the contract's {@link
 * ContractCategory} that address the largest local needs, at most a chosen number, largest needs weight
 * first (ties by measure code). Measures with no need (weight 0) are never recommended.
 *
 * <p>When the area's needs weights cannot be made (a missing observation), the shortlist is empty and
 * {@link #problems()} says why.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SocialValueStyle
public abstract class MeasureShortlist {

  MeasureShortlist() {}

  /** @return the area's id */
  public abstract String areaId();

  /** @return the category's id */
  public abstract String categoryId();

  /** @return the recommended measures, rank 1 first */
  public abstract List<ShortlistEntry> entries();

  /**
   * @return why the shortlist is empty (no needs weights for the area), and linked measures left out
   *     because the framework does not hold them
   */
  public abstract List<Problem> problems();

  /** Builds a {@link MeasureShortlist}; package-private, as it comes from {@link NeedsAnalysis#shortlist}. */
  static final class Builder extends ImmutableMeasureShortlist.Builder {
    Builder() {}
  }
}
