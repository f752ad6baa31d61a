package uk.gov.lancashire.socialvalue.valuation;

import java.math.BigDecimal;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import uk.gov.lancashire.socialvalue.basics.Amounts;
import uk.gov.lancashire.socialvalue.framework.Adjustments;
import uk.gov.lancashire.socialvalue.framework.Measure;
import uk.gov.lancashire.socialvalue.framework.MeasureCode;
import uk.gov.lancashire.socialvalue.framework.MeasureKind;
import uk.gov.lancashire.socialvalue.framework.Unit;
import uk.gov.lancashire.socialvalue.framework.ProxyEdition;
import uk.gov.lancashire.socialvalue.framework.ProxyValue;

/** Illustrative measures, proxies and editions for tests. Every number is invented. */
public final class Fixtures {

  /** Pounds sterling. */
  public static final CurrencyUnit GBP = Monetary.getCurrency("GBP");
  /** Euros, to show currencies never mix. */
  public static final CurrencyUnit EUR = Monetary.getCurrency("EUR");

  private Fixtures() {}

  /**
   * @param amount an amount
   * @return it in GBP
   */
  public static MonetaryAmount gbp(String amount) {
    return Amounts.of(new BigDecimal(amount), GBP);
  }

  /**
   * @param code a code
   * @param unit its unit
   * @param adjustments its default adjustments
   * @return a monetised measure
   */
  public static Measure measure(String code, Unit unit, Adjustments adjustments) {
    return Measure.builder()
        .code(MeasureCode.parse(code))
        .title("Illustrative measure " + code)
        .unit(unit)
        .kind(MeasureKind.MONETISED)
        .outcomeId("illustrative")
        .adjustments(adjustments)
        .build();
  }

  /**
   * @param code a code
   * @param unit its unit
   * @return a monetised measure with no adjustments
   */
  public static Measure measure(String code, Unit unit) {
    return measure(code, unit, Adjustments.none());
  }

  /**
   * @param amount per unit
   * @param currency its currency
   * @param unit the unit
   * @param priceYear its price year
   * @return an illustrative proxy
   */
  public static ProxyValue proxy(BigDecimal amount, CurrencyUnit currency, Unit unit, int priceYear) {
    return ProxyValue.builder()
        .amount(Amounts.of(amount, currency))
        .unit(unit)
        .priceYear(priceYear)
        .source("invented for tests")
        .licence("illustrative")
        .build();
  }

  /**
   * @param amount per unit, GBP
   * @param unit the unit
   * @return an illustrative GBP proxy in 2024 prices
   */
  public static ProxyValue proxy(String amount, Unit unit) {
    return proxy(new BigDecimal(amount), GBP, unit, 2024);
  }

  /**
   * @param measure a measure
   * @param amount its proxy, GBP
   * @return an illustrative edition holding one proxy
   */
  public static ProxyEdition edition(Measure measure, String amount) {
    return ProxyEdition.builder()
        .id("illustrative")
        .version("2024.1")
        .title("Illustrative values for tests")
        .currency(GBP)
        .licence("illustrative, invented")
        .putValues(measure.code(), proxy(amount, measure.unit()))
        .build();
  }
}
