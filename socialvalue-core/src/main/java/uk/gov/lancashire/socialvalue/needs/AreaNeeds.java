package uk.gov.lancashire.socialvalue.needs;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import uk.gov.lancashire.socialvalue.basics.Problem;
import uk.gov.lancashire.socialvalue.basics.SocialValueStyle;

/**
 * The needs of one area: its gaps ranked largest first, and the problems that keep the picture
 * incomplete (indicators with no observation for the area).
 *
 * <p>A missing observation is never read as zero: it is listed in {@link #problems()}, the ranked gaps
 * hold only the indicators observed, and the area has no {@link #needScore()} until every indicator is
 * observed.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SocialValueStyle
public abstract class AreaNeeds {

  AreaNeeds() {}

  /** @return the area */
  public abstract Area area();

  /** @return the area's gaps, largest relative gap first (ties by indicator id) */
  public abstract List<Gap> rankedGaps();

  /** @return the indicators with no observation for this area, one problem each */
  public abstract List<Problem> problems();

  /** @return true when every indicator of the analysis is observed for this area */
  public boolean isComplete() {
    return problems().isEmpty();
  }

  /**
   * The area's overall need: the sum of its relative gaps over every indicator. Present only when the
   * area is complete, since a sum over fewer indicators would understate the need.
   *
   * @return the need score, exact sum of the relative gaps
   */
  @Value.Derived
  @Value.Auxiliary
  public Optional<BigDecimal> needScore() {
    if (!isComplete()) {
      return Optional.empty();
    }
    return Optional.of(rankedGaps().stream().map(Gap::relativeGap).reduce(BigDecimal.ZERO, BigDecimal::add));
  }

  /** Builds {@link AreaNeeds}; package-private, as needs come from {@link NeedsAnalysis#needsOf}. */
  static final class Builder extends ImmutableAreaNeeds.Builder {
    Builder() {}
  }
}
