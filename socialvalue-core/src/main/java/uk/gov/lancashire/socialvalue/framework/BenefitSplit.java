package uk.gov.lancashire.socialvalue.framework;

import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.immutables.value.Value;
import uk.gov.lancashire.socialvalue.basics.Amounts;
import uk.gov.lancashire.socialvalue.basics.SocialValueStyle;
import uk.gov.lancashire.socialvalue.basics.ValidationException;

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

  /**
   * @return the exact sum of the three parts (summed as decimals, never with Moneta's configurable
   *     arithmetic)
   * @throws ValidationException if the parts are in different currencies
   */
  public MonetaryAmount total() {
    CurrencyUnit currency = individual().getCurrency();
    if (!community().getCurrency().equals(currency) || !government().getCurrency().equals(currency)) {
      throw ValidationException.of("", "parts are in different currencies: " + individual().getCurrency() + ", "
          + community().getCurrency() + ", " + government().getCurrency());
    }
    return Amounts.of(Amounts.decimal(individual()).add(Amounts.decimal(community())).add(Amounts.decimal(government())),
        currency);
  }

  /** Builds a {@link BenefitSplit}. */
  public static final class Builder extends ImmutableBenefitSplit.Builder {
    Builder() {}
  }
}
