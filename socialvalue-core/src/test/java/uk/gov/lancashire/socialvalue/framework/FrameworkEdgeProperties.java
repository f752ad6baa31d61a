package uk.gov.lancashire.socialvalue.framework;

import static uk.gov.lancashire.socialvalue.PublicEdge.call;

import java.math.BigDecimal;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import uk.gov.lancashire.socialvalue.EdgeValues;
import uk.gov.lancashire.socialvalue.basics.Amounts;

/**
 * Builders with any attributes missing, codes from any text, proxies of edge amounts: only a result, a
 * ValidationException (with a path) or a named NPE.
 */
class FrameworkEdgeProperties extends EdgeValues {

  private static final CurrencyUnit GBP = Monetary.getCurrency("GBP");



  @Property(tries = 300)
  void proxyBuildersWithAnyAttributesMissing(@ForAll boolean amount, @ForAll boolean unit, @ForAll boolean year,
      @ForAll boolean source, @ForAll boolean licence, @ForAll("decimals") BigDecimal value, @ForAll("ints") int priceYear,
      @ForAll Unit anyUnit) {
    call(() -> {
      ProxyValue.Builder b = ProxyValue.builder();
      if (amount) {
        b.amount(Amounts.of(value, GBP));
      }
      if (unit) {
        b.unit(anyUnit);
      }
      if (year) {
        b.priceYear(priceYear);
      }
      if (source) {
        b.source("s");
      }
      if (licence) {
        b.licence("l");
      }
      ProxyValue built = b.build();
      BenefitSplit.of(built.amount(), built.amount(), built.amount()).total();
    });
  }

  @Property(tries = 300)
  void codes(@ForAll String text, @ForAll("ints") int number) {
    call(() -> MeasureCode.parse(text));
    call(() -> MeasureCode.of(text, number, ""));
    call(() -> MeasureCode.of("NT", number, text));
  }
}
