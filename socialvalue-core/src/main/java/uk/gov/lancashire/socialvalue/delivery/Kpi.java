package uk.gov.lancashire.socialvalue.delivery;

import java.math.BigDecimal;
import java.util.SortedMap;
import org.immutables.value.Value;
import uk.gov.lancashire.socialvalue.basics.ProblemPath;
import uk.gov.lancashire.socialvalue.basics.Problems;
import uk.gov.lancashire.socialvalue.basics.SocialValueStyle;
import uk.gov.lancashire.socialvalue.framework.Adjustments;
import uk.gov.lancashire.socialvalue.framework.MeasureCode;

/**
 * A contractual KPI: the quantity of one measure the supplier committed to in each contract year.
 * {@link Contract#schedule(MeasureCode)} spreads each year evenly over its four quarters.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SocialValueStyle
public abstract class Kpi implements WithKpi {

  Kpi() {}

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the measure */
  public abstract MeasureCode measure();

  /** @return the committed quantity by contract year (1 is the first year) */
  @Value.NaturalOrder
  public abstract SortedMap<Integer, BigDecimal> yearly();

  /** @return the quantity committed over the whole term */
  public BigDecimal total() {
    return yearly().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  @Value.Check
  void check() {
    Problems problems = new Problems();
    yearly().keySet().forEach(y -> problems.check(y >= 1 && y <= Adjustments.MAX_DURATION_YEARS, ProblemPath.of("yearly").key(y),
        "contract years run from 1 to " + Adjustments.MAX_DURATION_YEARS + ", was " + y));
    problems.throwIfAny();
  }

  /** Builds a {@link Kpi}. */
  public static final class Builder extends ImmutableKpi.Builder {
    Builder() {}
  }
}
