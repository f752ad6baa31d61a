package uk.gov.lancashire.socialvalue.framework;

import javax.money.MonetaryAmount;
import org.immutables.value.Value;
import uk.gov.lancashire.socialvalue.basics.SocialValueStyle;

/**
 * How a proxy value divides between the people it benefits: individuals, the community and government
 * (the fiscal saving). The parts must add up to the proxy amount; {@link ProxyValue} checks that.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SocialValueStyle
public abstract class BenefitSplit implements WithBenefitSplit {

  BenefitSplit() {}

  /**
   * Creates a split.
   *
   * @param individual benefit to individuals
   * @param community benefit to the community
   * @param government benefit to government
   * @return the split
   */
  public static BenefitSplit of(MonetaryAmount individual, MonetaryAmount community, MonetaryAmount government) {
    return new Builder().individual(individual).community(community).government(government).build();
  }

  /** @return benefit to individuals, per unit */
  public abstract MonetaryAmount individual();

  /** @return benefit to the community, per unit */
  public abstract MonetaryAmount community();

  /** @return benefit to government, per unit */
  public abstract MonetaryAmount government();

  /** @return the sum of the three parts */
  public MonetaryAmount total() {
    return individual().add(community()).add(government());
  }

  /** Builds a {@link BenefitSplit}. */
  public static final class Builder extends ImmutableBenefitSplit.Builder {
    Builder() {}
  }
}
