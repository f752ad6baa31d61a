package uk.gov.lancashire.socialvalue.json;

import java.math.BigDecimal;
import javax.money.CurrencyUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import uk.gov.lancashire.socialvalue.basics.Amounts;
import uk.gov.lancashire.socialvalue.pricebase.PriceIndexSeries;
import uk.gov.lancashire.socialvalue.basics.MoneyRounding;
import uk.gov.lancashire.socialvalue.valuation.Payback;
import uk.gov.lancashire.socialvalue.basics.RoundedBreakdown;
import uk.gov.lancashire.socialvalue.valuation.ValuationResult;
import uk.gov.lancashire.socialvalue.valuation.ValuedLine;
import uk.gov.lancashire.socialvalue.valuation.YearValue;

/**
 * {@link ValuationResult}, a top-level document written only ({@code "format":
 * "socialvalue/valuation-result"}), and its parts {@link ValuedLine}, {@link YearValue}, {@link Payback}
 * and {@link RoundedBreakdown}, also written only.
 *
 * <p>The document gives the exact figures (decimal strings with every digit of the 34-digit arithmetic,
 * so they may be longer than the 40 characters a reader accepts), the rounded breakdown, the
 * explanation as a structured object, and the valuation it was computed from. The ratios, paybacks and
 * investment figures appear when there is a positive investment, SV% and value per unit of contract
 * when there is a positive contract value. The core computes a result from its valuation and offers no
 * way to build one from its parts, so a result is never read back: read the valuation and compute it.
 */
final class ValuationResultJson {

  /** {@link YearValue}, written only. */
  static final JsonCodec<YearValue> YEAR = new WriteOnlyCodec<>("a year value") {
    @Override
    public JsonNode write(YearValue value) {
      ObjectNode node = Nodes.object();
      node.put("outcomeYear", value.outcomeYear());
      node.put("period", value.period());
      node.set("deadweight", Scalars.DECIMAL_STRING.write(value.deadweight()));
      node.set("dropOffFactor", Scalars.DECIMAL_STRING.write(value.dropOffFactor()));
      node.set("impact", Scalars.DECIMAL_STRING.write(value.impact()));
      node.set("discountFactor", Scalars.DECIMAL_STRING.write(value.discountFactor()));
      node.set("presentValue", Scalars.DECIMAL_STRING.write(value.presentValue()));
      return node;
    }
  };

  /** {@link ValuedLine}, written only: the line's id, price base, years and totals. */
  static final JsonCodec<ValuedLine> LINE = new WriteOnlyCodec<>("a valued line") {
    @Override
    public JsonNode write(ValuedLine value) {
      ObjectNode node = Nodes.object();
      node.put("lineId", value.line().id());
      node.put("priceBaseYear", value.priceBaseYear());
      node.set("priceFactor", Scalars.DECIMAL_STRING.write(value.priceFactor()));
      node.set("proxyInPriceBase", Scalars.DECIMAL_STRING.write(value.proxyInPriceBase()));
      node.set("years", Nodes.array(value.years(), YEAR));
      node.set("totalValue", MoneyJson.CODEC.write(value.totalValue()));
      node.set("presentValue", MoneyJson.CODEC.write(value.presentValue()));
      return node;
    }
  };

  /** {@link Payback}, written only: months (the Guide) or period (cumulative) when reached, and why. */
  static final JsonCodec<Payback> PAYBACK = new WriteOnlyCodec<>("a payback") {
    @Override
    public JsonNode write(Payback value) {
      ObjectNode node = Nodes.object();
      node.put("reached", value.reached());
      value.months().ifPresent(m -> node.set("months", Scalars.DECIMAL_STRING.write(m)));
      value.period().ifPresent(p -> node.put("period", p));
      node.put("description", value.description());
      return node;
    }
  };

  /** {@link RoundedBreakdown}, written only: rounded parts by label (they add up to the total) and rounding. */
  static final JsonCodec<RoundedBreakdown> BREAKDOWN = new WriteOnlyCodec<>("a rounded breakdown") {
    @Override
    public JsonNode write(RoundedBreakdown value) {
      ObjectNode node = Nodes.object();
      node.set("parts", Nodes.map(value.parts(), Keys.TEXT, Scalars.DECIMAL_STRING));
      node.set("total", Scalars.DECIMAL_STRING.write(value.total()));
      node.set("rounding", MoneyRoundingJson.CODEC.write(value.rounding()));
      return node;
    }
  };

  /** The codec of the document, rounding for presentation to the currency's minor unit, half up. */
  static final JsonCodec<ValuationResult> CODEC = new WriteOnlyCodec<>("a valuation result") {
    @Override
    public JsonNode write(ValuationResult value) {
      return document(value, MoneyRounding.of(value.currency()));
    }

    @Override
    public JsonNode writeNested(ValuationResult value) {
      return body(value, MoneyRounding.of(value.currency()));
    }
  };

  private ValuationResultJson() {}

  /**
   * @param value a result
   * @param rounding the presentation rounding of the breakdown and the explanation
   * @return the document
   */
  static ObjectNode document(ValuationResult value, MoneyRounding rounding) {
    ObjectNode node = Nodes.object();
    node.put("format", Formats.VALUATION_RESULT);
    node.put("formatVersion", Formats.CURRENT);
    node.setAll(body(value, rounding));
    return node;
  }

  private static ObjectNode body(ValuationResult value, MoneyRounding rounding) {
    CurrencyUnit currency = value.currency();
    ObjectNode node = Nodes.object();
    node.set("currency", Scalars.CURRENCY.write(currency));
    node.put("priceBaseYear", value.priceBaseYear());
    value.priceIndexUsed().map(PriceIndexSeries::name).ifPresent(n -> node.put("priceIndexUsed", n));
    node.put("horizon", value.horizon());
    node.set("totalValue", MoneyJson.CODEC.write(value.totalValue()));
    node.set("presentValue", MoneyJson.CODEC.write(value.presentValue()));
    node.set("investment", MoneyJson.CODEC.write(value.investment()));
    node.set("netPresentValue", MoneyJson.CODEC.write(value.netPresentValue()));
    if (value.investmentDecimal().signum() > 0) {
      node.set("sroiRatio", RatioJson.CODEC.write(value.sroiRatio()));
      node.set("netSroiRatio", RatioJson.CODEC.write(value.netSroiRatio()));
      node.set("paybackGuide", PAYBACK.write(value.paybackGuide()));
      node.set("paybackCumulative", PAYBACK.write(value.paybackCumulative()));
    }
    boolean contract = value.valuation().contractValue().map(Amounts::decimal).map(BigDecimal::signum)
        .orElse(0) > 0;
    if (contract) {
      node.set("socialValuePercent", Scalars.DECIMAL_STRING.write(value.socialValuePercent()));
      node.set("valuePerUnitOfContract", Scalars.DECIMAL_STRING.write(value.valuePerUnitOfContract()));
    }
    node.set("presentValueByPeriod", Nodes.array(value.presentValueByPeriod(), Scalars.DECIMAL_STRING));
    node.set("lines", Nodes.array(value.lines(), LINE));
    node.set("rounded", BREAKDOWN.write(value.rounded(rounding)));
    node.set("explanation", ExplanationJson.CODEC.write(value.explain(rounding)));
    node.set("valuation", ValuationJson.CODEC.writeNested(value.valuation()));
    return node;
  }
}
