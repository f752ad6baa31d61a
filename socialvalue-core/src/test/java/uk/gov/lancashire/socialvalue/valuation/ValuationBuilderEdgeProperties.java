package uk.gov.lancashire.socialvalue.valuation;

import static uk.gov.lancashire.socialvalue.PublicEdge.call;
import static uk.gov.lancashire.socialvalue.valuation.Fixtures.GBP;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import uk.gov.lancashire.socialvalue.EdgeValues;
import uk.gov.lancashire.socialvalue.basics.Amounts;
import uk.gov.lancashire.socialvalue.basics.MoneyRounding;
import uk.gov.lancashire.socialvalue.discounting.DiscountSchedule;
import uk.gov.lancashire.socialvalue.discounting.TimingConvention;
import uk.gov.lancashire.socialvalue.framework.Measure;
import uk.gov.lancashire.socialvalue.framework.Unit;
import uk.gov.lancashire.socialvalue.pricebase.PriceIndexSeries;

/** The Valuation builder and its result with edge values: only a result, a ValidationException or a named NPE. */
class ValuationBuilderEdgeProperties extends EdgeValues {

  private static final Measure COUNT = Fixtures.measure("NT50", Unit.COUNT);




  private static void everyFigure(ValuationResult r, int scale, RoundingMode mode) {
    r.totalValue();
    r.presentValue();
    r.investment();
    r.netPresentValue();
    r.horizon();
    r.presentValueByPeriod();
    r.investmentByPeriod();
    r.explain().toText();
    call(() -> r.sroiRatio().toText(scale, mode));
    call(() -> r.netSroiRatio());
    call(() -> r.socialValuePercent());
    call(() -> r.valuePerUnitOfContract());
    call(() -> r.paybackGuide());
    call(() -> r.paybackCumulative());
    call(() -> r.rounded(MoneyRounding.toScale(scale, mode)));
    call(() -> r.explain(MoneyRounding.toScale(scale, mode)).toText());
  }

  @Example
  void aValuationWithNoLines() {
    call(() -> Valuation.builder().currency(GBP).build().result());
  }

  @Property(tries = 150)
  void linesInvestmentsAndSchedules(@ForAll("decimals") BigDecimal quantity, @ForAll("decimals") BigDecimal proxy,
      @ForAll("decimals") BigDecimal fraction, @ForAll("decimals") BigDecimal money, @ForAll("ints") int period,
      @ForAll("ints") int duration, @ForAll TimingConvention timing, @ForAll("ints") int scale,
      @ForAll("modes") RoundingMode mode) {
    call(() -> {
      Valuation v = Valuation.builder().currency(GBP)
          .addLines(OutcomeLine.builder().id("edge").measure(COUNT).quantity(Quantity.of(quantity, Unit.COUNT))
              .proxy(Fixtures.proxy(proxy, GBP, Unit.COUNT, 2024)).activityPeriod(Math.floorMod(period, 300))
              .durationYears(duration).deadweight(fraction).build(),
              OutcomeLine.builder().id("plain").measure(COUNT).quantity(Quantity.of("3", Unit.COUNT))
                  .proxy(Fixtures.proxy("100", Unit.COUNT)).dropOff(fraction).build())
          .putInvestment(period, Amounts.of(money, GBP))
          .contractValue(Amounts.of(money, GBP))
          .discountSchedule(DiscountSchedule.flat(fraction))
          .timing(timing)
          .build();
      everyFigure(v.result(), scale, mode);
    });
    call(() -> {
      Valuation v = Valuation.builder().currency(GBP)
          .addLines(OutcomeLine.builder().id("old prices").measure(COUNT).quantity(Quantity.of("3", Unit.COUNT))
              .proxy(Fixtures.proxy(BigDecimal.TEN, GBP, Unit.COUNT, 2020)).build())
          .priceBaseYear(2024).priceIndex(PriceIndexSeries.of("cpi", Map.of(2020, money, 2024, proxy)))
          .putInvestment(0, Amounts.of(BigDecimal.ONE, GBP))
          .build();
      everyFigure(v.result(), scale, mode);
    });
  }
}
