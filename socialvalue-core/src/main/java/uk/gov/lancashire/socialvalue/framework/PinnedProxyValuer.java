package uk.gov.lancashire.socialvalue.framework;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.OptionalInt;
import javax.money.CurrencyUnit;
import uk.gov.lancashire.socialvalue.basics.Amounts;

/** {@link CommitmentValuer#pinned(ProxyEdition)}: quantity × proxy, exact (a product needs no rounding). */
final class PinnedProxyValuer implements CommitmentValuer {

  private final ProxyEdition edition;

  PinnedProxyValuer(ProxyEdition edition) {
    this.edition = Objects.requireNonNull(edition, "edition");
  }

  @Override
  public String basis() {
    return edition.reference();
  }

  @Override
  public CurrencyUnit currency() {
    return edition.currency();
  }

  @Override
  public boolean isValued(MeasureCode measure) {
    return edition.proxy(measure).isPresent();
  }

  @Override
  public BigDecimal value(MeasureCode measure, BigDecimal quantity) {
    return edition.proxy(measure).map(p -> quantity.multiply(Amounts.decimal(p.amount()))).orElse(BigDecimal.ZERO);
  }

  @Override
  public OptionalInt priceYear(MeasureCode measure) {
    return edition.proxy(measure).map(p -> OptionalInt.of(p.priceYear())).orElse(OptionalInt.empty());
  }

  @Override
  public String toString() {
    return "quantity × proxy of " + edition.reference();
  }
}
