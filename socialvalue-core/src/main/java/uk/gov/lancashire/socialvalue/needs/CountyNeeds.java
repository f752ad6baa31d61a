package uk.gov.lancashire.socialvalue.needs;

import java.util.List;
import java.util.OptionalInt;
import org.immutables.value.Value;
import uk.gov.lancashire.socialvalue.basics.Problem;
import uk.gov.lancashire.socialvalue.basics.SocialValueStyle;

/**
 * The needs of every area together: the areas ranked by need, every gap ranked across the county, and
 * the problems that keep the picture incomplete.
 *
 * <p>{@link #rankedAreas()} holds the complete areas only, most needy first by {@link
 * AreaNeeds#needScore()}, ties broken by area id. An area with a missing observation is left out of
 * that ranking (its score would be understated) and its problems are listed in {@link #problems()};
 * its observed gaps still appear in {@link #rankedGaps()}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SocialValueStyle
public abstract class CountyNeeds {

  CountyNeeds() {}

  /** @return the complete areas, most needy first */
  public abstract List<AreaNeeds> rankedAreas();

  /** @return every observed gap in every area, largest relative gap first (ties by indicator, then area id) */
  public abstract List<Gap> rankedGaps();

  /** @return every missing observation, with the area and indicator in the path */
  public abstract List<Problem> problems();

  /**
   * @param areaId an area id
   * @return the area's place in {@link #rankedAreas()}, 1 for the most needy; empty when the area is
   *     incomplete or unknown
   */
  public OptionalInt rankOf(String areaId) {
    for (int i = 0; i < rankedAreas().size(); i++) {
      if (rankedAreas().get(i).area().id().equals(areaId)) {
        return OptionalInt.of(i + 1);
      }
    }
    return OptionalInt.empty();
  }

  /** Builds {@link CountyNeeds}; package-private, as it comes from {@link NeedsAnalysis#county()}. */
  static final class Builder extends ImmutableCountyNeeds.Builder {
    Builder() {}
  }
}
