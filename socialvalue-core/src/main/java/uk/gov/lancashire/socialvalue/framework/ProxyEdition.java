package uk.gov.lancashire.socialvalue.framework;

import java.util.Map;
import java.util.Optional;
import javax.money.CurrencyUnit;
import org.immutables.value.Value;
import uk.gov.lancashire.socialvalue.basics.Amounts;
import uk.gov.lancashire.socialvalue.basics.ProblemPath;
import uk.gov.lancashire.socialvalue.basics.Problems;
import uk.gov.lancashire.socialvalue.basics.SocialValueStyle;

/**
 * A versioned edition of proxy values, keyed by measure code, such as "Lancashire illustrative values,
 * 2024.1".
 *
 * <p>Editions are published yearly. A commitment is valued with the edition pinned at tender time and
 * is never silently re-valued: every valuation names the edition it used by {@link #reference()}.
 *
 * <p>Licence: the National TOMs values and the HACT Social Value Bank are CC BY-NC-ND 4.0 and may not be
 * bundled; users load their licensed editions at run time. {@link #licence()} records the terms.
 *
 * <p>Every value must be in the edition's currency and positive (disbenefits are negative quantities).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SocialValueStyle
public abstract class ProxyEdition implements WithProxyEdition {

  ProxyEdition() {}

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the id of the series, e.g. {@code lancashire-illustrative} */
  public abstract String id();

  /** @return the version within the series, e.g. {@code 2024.1} */
  public abstract String version();

  /** @return the title */
  public abstract String title();

  /** @return the currency of every value */
  public abstract CurrencyUnit currency();

  /** @return the licence of the edition as a whole */
  public abstract String licence();

  /** @return the values, by measure code */
  public abstract Map<MeasureCode, ProxyValue> values();

  /** @return {@code id@version}: how a valuation names the edition it used */
  public String reference() {
    return id() + "@" + version();
  }

  /**
   * Finds the proxy for a measure.
   *
   * @param code the measure code
   * @return the proxy, if the edition has one
   */
  public Optional<ProxyValue> proxy(MeasureCode code) {
    return Optional.ofNullable(values().get(code));
  }

  @Value.Check
  void check() {
    Problems problems = new Problems();
    problems.check(!id().isBlank(), "id", "must not be blank");
    problems.check(!version().isBlank(), "version", "must not be blank");
    values().forEach((code, value) -> {
      ProblemPath path = ProblemPath.of("values").key(code);
      problems.check(value.amount().getCurrency().equals(currency()), path.property("amount"),
          "currency " + value.amount().getCurrency() + " does not match the edition's " + currency());
      problems.check(Amounts.decimal(value.amount()).signum() > 0, path.property("amount"),
          "must be positive in an edition, was " + Amounts.decimal(value.amount()).toPlainString()
              + " (record a disbenefit as a negative quantity)");
    });
    problems.throwIfAny();
  }

  /** Builds a {@link ProxyEdition}. */
  public static final class Builder extends ImmutableProxyEdition.Builder {
    Builder() {}
  }
}
