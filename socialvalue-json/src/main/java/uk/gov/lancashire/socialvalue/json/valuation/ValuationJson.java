package uk.gov.lancashire.socialvalue.json.valuation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.gov.lancashire.socialvalue.basics.Amounts;
import uk.gov.lancashire.socialvalue.discounting.DiscountBand;
import uk.gov.lancashire.socialvalue.discounting.DiscountSchedule;
import uk.gov.lancashire.socialvalue.discounting.TimingConvention;
import uk.gov.lancashire.socialvalue.json.basics.BasicsJson;
import uk.gov.lancashire.socialvalue.framework.Measure;
import uk.gov.lancashire.socialvalue.framework.ProxyEdition;
import uk.gov.lancashire.socialvalue.json.engine.Codec;
import uk.gov.lancashire.socialvalue.json.engine.EnumNames;
import uk.gov.lancashire.socialvalue.json.engine.ListOf;
import uk.gov.lancashire.socialvalue.json.engine.Refs;
import uk.gov.lancashire.socialvalue.json.engine.Scalars;
import uk.gov.lancashire.socialvalue.json.engine.Shape;
import uk.gov.lancashire.socialvalue.json.framework.FrameworkJson;
import uk.gov.lancashire.socialvalue.json.framework.FrameworkScalars;
import uk.gov.lancashire.socialvalue.pricebase.PriceIndexSeries;
import uk.gov.lancashire.socialvalue.valuation.DeadweightModel;
import uk.gov.lancashire.socialvalue.basics.MoneyRounding;
import uk.gov.lancashire.socialvalue.valuation.OutcomeLine;
import uk.gov.lancashire.socialvalue.valuation.OutcomeStart;
import uk.gov.lancashire.socialvalue.valuation.Payback;
import uk.gov.lancashire.socialvalue.valuation.Quantity;
import uk.gov.lancashire.socialvalue.valuation.Ratio;
import uk.gov.lancashire.socialvalue.valuation.Valuation;
import uk.gov.lancashire.socialvalue.valuation.ValuationResult;
import uk.gov.lancashire.socialvalue.valuation.ValuedLine;
import uk.gov.lancashire.socialvalue.valuation.YearValue;

/**
 * The JSON forms of the core's {@code valuation}, {@code discounting} and {@code pricebase} packages: the
 * valuation document ({@code "format": "socialvalue/valuation"}), read and written; the valuation result
 * ({@code "format": "socialvalue/valuation-result"}) with its explanation, written only.
 */
public final class ValuationJson {

  /** When an outcome starts. */
  public static final EnumNames<OutcomeStart> START = EnumNames.of(OutcomeStart.class, "outcome start", Map.of(
      OutcomeStart.SAME_PERIOD, "same-period",
      OutcomeStart.NEXT_PERIOD, "next-period"));

  /** How deadweight evolves. */
  public static final EnumNames<DeadweightModel> MODEL = EnumNames.of(DeadweightModel.class, "deadweight model",
      Map.of(DeadweightModel.DROP_OFF, "drop-off", DeadweightModel.RISING_DEADWEIGHT, "rising-deadweight"));

  /** When in a year values fall, for discounting. */
  public static final EnumNames<TimingConvention> TIMING = EnumNames.of(TimingConvention.class, "timing convention",
      Map.of(TimingConvention.GREEN_BOOK, "green-book", TimingConvention.SROI_VALUE_MAP, "sroi-value-map"));

  /** A discount band. */
  public static final Shape<DiscountBand, Shape.Args> DISCOUNT_BAND =
      Shape.<DiscountBand>args(a -> DiscountBand.of(a.get("fromYear"), a.get("rate")))
          .required("fromYear", Scalars.INTEGER, DiscountBand::fromYear)
          .required("rate", Scalars.DECIMAL, DiscountBand::rate);

  /** A discount schedule. */
  public static final Shape<DiscountSchedule, Shape.Args> DISCOUNT_SCHEDULE =
      Shape.<DiscountSchedule>args(a -> DiscountSchedule.custom(a.get("name"), a.get("bands")))
          .required("name", Scalars.STRING, DiscountSchedule::name)
          .list("bands", DISCOUNT_BAND, DiscountSchedule::bands);

  /** A price index series. */
  public static final Shape<PriceIndexSeries, Shape.Args> PRICE_INDEX =
      Shape.<PriceIndexSeries>args(a -> PriceIndexSeries.of(a.get("name"), a.get("indexByYear")))
          .required("name", Scalars.STRING, PriceIndexSeries::name)
          .map("indexByYear", Scalars.KEY_INTEGER, Scalars.DECIMAL, PriceIndexSeries::indexByYear);

  /** A quantity with its unit. */
  public static final Shape<Quantity, Shape.Args> QUANTITY = Shape.<Quantity>args(a -> Quantity.of(a.<BigDecimal>get("amount"), a.get("unit")))
      .required("amount", Scalars.DECIMAL, Quantity::amount)
      .required("unit", FrameworkScalars.UNIT, Quantity::unit);

  /** A measure a line refers to by its code (version 2), or the measure itself (version 1). */
  private static final Codec<Measure> MEASURE_REF =
      Refs.ref("measures", FrameworkJson.MEASURE, m -> m.code().toString(), "measure");

  /** An edition a line refers to as {@code id@version} (version 2), or the edition itself (version 1). */
  private static final Codec<ProxyEdition> EDITION_REF =
      Refs.ref("editions", FrameworkJson.EDITION, ValuationJson::reference, "edition");

  /** An outcome line; defaults are left out when written. */
  public static final Shape<OutcomeLine, OutcomeLine.Builder> LINE = Shape.of(OutcomeLine::builder, OutcomeLine.Builder::build)
      .required("id", Scalars.STRING, OutcomeLine::id, OutcomeLine.Builder::id)
      .required("measure", MEASURE_REF, OutcomeLine::measure, OutcomeLine.Builder::measure)
      .required("quantity", QUANTITY, OutcomeLine::quantity, OutcomeLine.Builder::quantity)
      .withDefault("activityPeriod", Scalars.INTEGER, 0, OutcomeLine::activityPeriod, OutcomeLine.Builder::activityPeriod)
      .withDefault("start", START, OutcomeStart.SAME_PERIOD, OutcomeLine::start, OutcomeLine.Builder::start)
      .optional("edition", EDITION_REF, OutcomeLine::edition, OutcomeLine.Builder::edition)
      .optional("proxy", FrameworkJson.VALUE, OutcomeLine::proxy, OutcomeLine.Builder::proxy)
      .optional("deadweight", Scalars.DECIMAL, OutcomeLine::deadweight, OutcomeLine.Builder::deadweight)
      .optional("displacement", Scalars.DECIMAL, OutcomeLine::displacement, OutcomeLine.Builder::displacement)
      .optional("attribution", Scalars.DECIMAL, OutcomeLine::attribution, OutcomeLine.Builder::attribution)
      .optional("dropOff", Scalars.DECIMAL, OutcomeLine::dropOff, OutcomeLine.Builder::dropOff)
      .optionalInt("durationYears", OutcomeLine::durationYears, OutcomeLine.Builder::durationYears)
      .withDefault("deadweightModel", MODEL, DeadweightModel.DROP_OFF, OutcomeLine::deadweightModel,
          OutcomeLine.Builder::deadweightModel)
      .list("risingDeadweights", Scalars.DECIMAL, OutcomeLine::risingDeadweights,
          OutcomeLine.Builder::addAllRisingDeadweights).omitEmpty();

  /**
   * A valuation document. Version 2 declares each measure and edition once ({@code "measures"}, {@code
   * "editions"}, before the lines) and the lines refer to them by code and {@code id@version}; version 1,
   * still read, embedded them in every line.
   */
  public static final Shape<Valuation, Valuation.Builder> VALUATION = Shape.of(Valuation::builder, Valuation.Builder::build)
      .document("socialvalue/valuation", 2, Set.of(1, 2))
      .required("currency", Scalars.CURRENCY, Valuation::currency, Valuation.Builder::currency)
      .table("measures", Refs.table("measures", FrameworkJson.MEASURE, m -> m.code().toString()),
          v -> v.lines().stream().map(OutcomeLine::measure).distinct().toList())
      .table("editions", Refs.table("editions", FrameworkJson.EDITION, ValuationJson::reference),
          v -> v.lines().stream().flatMap(l -> l.edition().stream()).distinct().toList())
      .withEmpty("lines", Refs.using(ListOf.list(LINE), "measures", "editions"), List.of(), Valuation::lines,
          Valuation.Builder::addAllLines)
      .map("investment", Scalars.KEY_INTEGER, BasicsJson.MONEY, Valuation::investment, Valuation.Builder::putAllInvestment)
      .optional("contractValue", BasicsJson.MONEY, Valuation::contractValue, Valuation.Builder::contractValue)
      .withDefault("discountSchedule", DISCOUNT_SCHEDULE, DiscountSchedule.greenBook(), Valuation::discountSchedule,
          Valuation.Builder::discountSchedule)
      .withDefault("timing", TIMING, TimingConvention.GREEN_BOOK, Valuation::timing, Valuation.Builder::timing)
      .optionalInt("priceBaseYear", Valuation::priceBaseYear, Valuation.Builder::priceBaseYear)
      .optional("priceIndex", PRICE_INDEX, Valuation::priceIndex, Valuation.Builder::priceIndex);

  /** A labelled ratio. */
  public static final Shape<Ratio, Shape.Args> RATIO = Shape.<Ratio>args(a -> Ratio.of(a.get("label"), a.get("value")))
      .required("label", Scalars.STRING, Ratio::label)
      .required("value", Scalars.DECIMAL, Ratio::value);

  /** A year's value of a line (written only). */
  public static final Shape<YearValue, Void> YEAR = Shape.<YearValue>written("a year value", "its inputs")
      .required("outcomeYear", Scalars.INTEGER, YearValue::outcomeYear)
      .required("period", Scalars.INTEGER, YearValue::period)
      .required("deadweight", Scalars.DECIMAL, YearValue::deadweight)
      .required("dropOffFactor", Scalars.DECIMAL, YearValue::dropOffFactor)
      .required("impact", BasicsJson.MONEY, YearValue::impact)
      .required("discountFactor", Scalars.DECIMAL, YearValue::discountFactor)
      .required("presentValue", BasicsJson.MONEY, YearValue::presentValue);

  /** A valued line (written only). */
  public static final Shape<ValuedLine, Void> VALUED_LINE = Shape.<ValuedLine>written("a valued line", "its inputs")
      .required("lineId", Scalars.STRING, l -> l.line().id())
      .required("priceBaseYear", Scalars.INTEGER, ValuedLine::priceBaseYear)
      .required("priceFactor", Scalars.DECIMAL, ValuedLine::priceFactor)
      .required("proxyInPriceBase", BasicsJson.MONEY, ValuedLine::proxyInPriceBase)
      .list("years", YEAR, ValuedLine::years)
      .required("totalValue", BasicsJson.MONEY, ValuedLine::totalValue)
      .required("presentValue", BasicsJson.MONEY, ValuedLine::presentValue);

  /** A payback (written only). */
  public static final Shape<Payback, Void> PAYBACK = Shape.<Payback>written("a payback", "its inputs")
      .required("reached", Scalars.BOOLEAN, Payback::reached)
      .optional("months", Scalars.DECIMAL, Payback::months)
      .optional("period", Scalars.INTEGER, p -> p.period().isPresent() ? Optional.of(p.period().getAsInt())
          : Optional.empty())
      .required("description", Scalars.STRING, Payback::description);

  /** A valuation result document, rounded for presentation to the currency's minor unit, half up. */
  public static final Shape<ValuationResult, Void> RESULT = result(null);

  private ValuationJson() {}

  private static String reference(ProxyEdition edition) {
    return edition.id() + "@" + edition.version();
  }

  /**
   * @param rounding the presentation rounding of the breakdown and the explanation; {@code null} for the
   *     currency's minor unit, half up
   * @return the shape of a valuation result document written with that rounding
   */
  public static Shape<ValuationResult, Void> result(MoneyRounding rounding) {
    return Shape.<ValuationResult>written("a valuation result", "its inputs")
        .document("socialvalue/valuation-result", 3, Set.of(3))
        .required("currency", Scalars.CURRENCY, ValuationResult::currency)
        .required("priceBaseYear", Scalars.INTEGER, ValuationResult::priceBaseYear)
        .optional("priceIndexUsed", Scalars.STRING, r -> r.priceIndexUsed().map(PriceIndexSeries::name))
        .required("horizon", Scalars.INTEGER, ValuationResult::horizon)
        .required("totalValue", BasicsJson.MONEY, ValuationResult::totalValue)
        .required("presentValue", BasicsJson.MONEY, ValuationResult::presentValue)
        .required("investment", BasicsJson.MONEY, ValuationResult::investment)
        .required("netPresentValue", BasicsJson.MONEY, ValuationResult::netPresentValue)
        .optional("sroiRatio", RATIO, r -> invested(r) ? Optional.of(r.sroiRatio()) : Optional.empty())
        .optional("netSroiRatio", RATIO, r -> invested(r) ? Optional.of(r.netSroiRatio()) : Optional.empty())
        .optional("paybackGuide", PAYBACK, r -> invested(r) ? Optional.of(r.paybackGuide()) : Optional.empty())
        .optional("paybackCumulative", PAYBACK, r -> invested(r) ? Optional.of(r.paybackCumulative()) : Optional.empty())
        .optional("socialValuePercent", Scalars.DECIMAL, r -> priced(r) ? Optional.of(r.socialValuePercent())
            : Optional.empty())
        .optional("valuePerUnitOfContract", Scalars.DECIMAL, r -> priced(r) ? Optional.of(r.valuePerUnitOfContract())
            : Optional.empty())
        .list("presentValueByPeriod", BasicsJson.MONEY, ValuationResult::presentValueByPeriod)
        .list("lines", VALUED_LINE, ValuationResult::lines)
        .required("rounded", BasicsJson.BREAKDOWN, r -> r.rounded(rounding(r, rounding)))
        .required("explanation", BasicsJson.EXPLANATION, r -> r.explain(rounding(r, rounding)))
        .required("valuation", VALUATION, ValuationResult::valuation);
  }

  private static MoneyRounding rounding(ValuationResult r, MoneyRounding rounding) {
    return rounding == null ? MoneyRounding.of(r.currency()) : rounding;
  }

  private static boolean invested(ValuationResult r) {
    return Amounts.decimal(r.investment()).signum() > 0;
  }

  private static boolean priced(ValuationResult r) {
    return r.valuation().contractValue().map(Amounts::decimal).map(BigDecimal::signum).orElse(0) > 0;
  }


}
