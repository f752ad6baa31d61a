package uk.gov.lancashire.socialvalue.sensitivity;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import uk.gov.lancashire.socialvalue.basics.Amounts;
import uk.gov.lancashire.socialvalue.valuation.Fixtures;
import uk.gov.lancashire.socialvalue.valuation.LineSpec;
import uk.gov.lancashire.socialvalue.valuation.OutcomeLine;
import uk.gov.lancashire.socialvalue.valuation.Quantity;
import uk.gov.lancashire.socialvalue.valuation.Valuation;
import uk.gov.lancashire.socialvalue.valuation.ValuationResult;

/**
 * Plugging a switching value back into the valuation (through the engine, not the sensitivity model)
 * gives a ratio of 1 within {@link SwitchingValues#RATIO_TOLERANCE}; and where none is reported, the
 * ratio really stays on one side of 1 across the whole admissible range.
 */
class SwitchingValuesProperties {

  static Valuation pluggedBack(Valuation valuation, SwitchingValue s) {
    BigDecimal v = s.value().orElseThrow();
    return with(valuation, s.lineId(), s.parameter(), v);
  }

  static Valuation with(Valuation valuation, String lineId, Parameter parameter, BigDecimal v) {
    List<OutcomeLine> lines = new ArrayList<>();
    for (OutcomeLine line : valuation.lines()) {
      if (!line.id().equals(lineId)) {
        lines.add(line);
        continue;
      }
      switch (parameter) {
        case QUANTITY:
          lines.add(line.withQuantity(Quantity.of(v, line.quantity().unit())));
          break;
        case PROXY:
          lines.add(line.valuedWith(Fixtures.proxy(v, Fixtures.GBP, line.proxyUsed().unit(), line.proxyUsed().priceYear())));
          break;
        case DEADWEIGHT:
          lines.add(line.withDeadweight(v));
          break;
        case DISPLACEMENT:
          lines.add(line.withDisplacement(v));
          break;
        case ATTRIBUTION:
          lines.add(line.withAttribution(v));
          break;
        default:
          lines.add(line.withDropOff(v));
      }
    }
    return valuation.withLines(lines);
  }

  @Provide
  Arbitrary<Valuation> valuations() {
    return LineSpec.specs(true).list().ofMinSize(1).ofMaxSize(4).flatMap(specs -> {
      Valuation v = Valuation.builder().currency(Fixtures.GBP).addAllLines(LineSpec.lines(specs)).build();
      BigDecimal pv = Amounts.decimal(v.result().presentValue()).abs();
      return Arbitraries.bigDecimals().between(new BigDecimal("0.2"), new BigDecimal("3")).ofScale(3)
          .map(f -> v.withInvestment(Map.of(0, Amounts.of(pv.multiply(f).add(BigDecimal.ONE), Fixtures.GBP))));
    });
  }

  @Property(tries = 100)
  void aSwitchingValuePluggedBackGivesARatioOfOne(@ForAll("valuations") Valuation valuation) {
    ValuationResult result = valuation.result();
    for (SwitchingValue s : SwitchingValues.of(result)) {
      if (s.status() == SwitchingValue.Status.FOUND) {
        Assume.that(s.parameter() != Parameter.PROXY || s.value().orElseThrow().signum() != 0);
        BigDecimal ratio = pluggedBack(valuation, s).result().sroiRatio().value();
        assertThat(ratio.subtract(BigDecimal.ONE).abs()).as("%s", s).isLessThanOrEqualTo(SwitchingValues.RATIO_TOLERANCE);
      } else if (s.status() == SwitchingValue.Status.NO_VALUE_REACHES_ONE_TO_ONE && s.parameter().isFraction()) {
        int atZero = with(valuation, s.lineId(), s.parameter(), BigDecimal.ZERO).result().sroiRatio().value().compareTo(BigDecimal.ONE);
        int atOne = with(valuation, s.lineId(), s.parameter(), BigDecimal.ONE).result().sroiRatio().value().compareTo(BigDecimal.ONE);
        assertThat(atZero).as("%s", s).isEqualTo(atOne).isNotZero();
      }
    }
  }
}
