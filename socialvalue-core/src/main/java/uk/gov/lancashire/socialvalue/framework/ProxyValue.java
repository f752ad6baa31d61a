package uk.gov.lancashire.socialvalue.framework;

import java.math.BigDecimal;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.immutables.value.Value;
import uk.gov.lancashire.socialvalue.basics.Amounts;
import uk.gov.lancashire.socialvalue.basics.Problems;
import uk.gov.lancashire.socialvalue.basics.SocialValueStyle;

/**
 * A proxy value: the money value of one unit of a measure, with its price year, source and licence.
 *
 * <p>The amount is exact; it is never rounded. A zero amount is refused (a measure worth nothing is
 * record-only). A negative amount is allowed here so a valuation can state a disbenefit explicitly, but
 * a published {@link ProxyEdition} holds only positive values: disbenefits there are negative
 * quantities.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SocialValueStyle
public abstract class ProxyValue implements WithProxyValue {

  ProxyValue() {}

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the value of one unit; its exact decimal is {@link Amounts#decimal(MonetaryAmount)} */
  public abstract MonetaryAmount amount();

  /** @return the unit the amount is per */
  public abstract Unit unit();

  /** @return the year whose prices the amount is in */
  public abstract int priceYear();

  /** @return where the value comes from; illustrative values say so here */
  public abstract String source();

  /** @return the licence tag of the value, e.g. {@code illustrative}, {@code OGL-3.0}, {@code CC-BY-NC-ND-4.0} */
  public abstract String licence();

  /** @return the split of the value between individuals, community and government, when published */
  public abstract Optional<BenefitSplit> split();

  @Value.Check
  void check() {
    Problems problems = new Problems();
    BigDecimal exact = Amounts.decimal(amount());
    problems.check(exact.signum() != 0, "amount",
        "must not be zero (a measure without a value is record-only)");
    problems.check(priceYear() >= 1900 && priceYear() <= 2200, "priceYear",
        "must be a calendar year, was " + priceYear());
    problems.check(!source().isBlank(), "source", "must not be blank");
    problems.check(!licence().isBlank(), "licence", "must not be blank");
    problems.check(unit().isAdditive() || unit() == Unit.PERCENT, "unit",
        "a proxy is per unit of a numeric measure, was " + unit());
    split().ifPresent(s -> {
      boolean sameCurrency = s.individual().getCurrency().equals(amount().getCurrency())
          && s.community().getCurrency().equals(amount().getCurrency())
          && s.government().getCurrency().equals(amount().getCurrency());
      if (problems.check(sameCurrency, "split", "must be in " + amount().getCurrency())) {
        BigDecimal sum = Amounts.decimal(s.total());
        problems.check(sum.compareTo(exact) == 0, "split",
            "parts add up to " + sum.toPlainString() + ", not the amount " + exact.toPlainString());
      }
    });
    problems.throwIfAny();
  }

  /** Builds a {@link ProxyValue}. */
  public static final class Builder extends ImmutableProxyValue.Builder {
    Builder() {}
  }
}
