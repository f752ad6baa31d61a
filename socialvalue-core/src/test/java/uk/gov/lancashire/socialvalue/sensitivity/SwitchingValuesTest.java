package uk.gov.lancashire.socialvalue.sensitivity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import uk.gov.lancashire.socialvalue.basics.Amounts;
import uk.gov.lancashire.socialvalue.basics.ValidationException;
import uk.gov.lancashire.socialvalue.valuation.ValuationResult;

class SwitchingValuesTest {

  private static final MathContext MC = new MathContext(40);

  private static SwitchingValue find(List<SwitchingValue> values, String lineId, Parameter p) {
    return values.stream().filter(v -> v.lineId().equals(lineId) && v.parameter() == p).findFirst().orElseThrow();
  }

  /**
   * The three-outcome chain of ValuationTest (PV 30,315.516682…, investment £20,000), by hand.
   *
   * <pre>
   * A employment: PV_A = 18,000 = 25 FTE-years × 720 (1000 × 0.8 × 0.9, year 0 undiscounted)
   *   other lines' PV = 30,315.516682… − 18,000 = 12,315.516682…
   *   quantity*  = (20,000 − 12,315.516682…) ÷ 720 = 10.672893…  FTE-years
   *   deadweight*: PV at deadweight 0 is 25 × 1000 × 0.9 = 22,500;
   *                1 − 7,684.483317… ÷ 22,500 = 0.658467…
   * C volunteering: other lines' PV = 30,315.516682… − 4,530.612244… = 25,784.904437… > 20,000, so
   *   even a C worth nothing keeps the ratio above 1: no displacement in [0, 1] reaches 1:1.
   * </pre>
   */
  @Test
  void closedFormsWorkedByHand() {
    ValuationResult r = ChainFixture.chain(new BigDecimal("20000")).result();
    List<SwitchingValue> values = SwitchingValues.of(r);
    BigDecimal others = Amounts.decimal(r.presentValue()).subtract(new BigDecimal("18000"));
    BigDecimal gap = new BigDecimal("20000").subtract(others);
    Offset<BigDecimal> tiny = Offset.offset(new BigDecimal("1e-25"));

    SwitchingValue quantity = find(values, "A employment", Parameter.QUANTITY);
    assertThat(quantity.status()).isEqualTo(SwitchingValue.Status.FOUND);
    assertThat(quantity.current()).isEqualByComparingTo("25");
    assertThat(quantity.value().orElseThrow()).isCloseTo(gap.divide(new BigDecimal("720"), MC), tiny);
    assertThat(quantity.value().orElseThrow().toPlainString()).startsWith("10.672893");

    SwitchingValue deadweight = find(values, "A employment", Parameter.DEADWEIGHT);
    assertThat(deadweight.value().orElseThrow())
        .isCloseTo(BigDecimal.ONE.subtract(gap.divide(new BigDecimal("22500"), MC)), tiny);
    assertThat(deadweight.value().orElseThrow().toPlainString()).startsWith("0.658467");

    SwitchingValue displacement = find(values, "C volunteering", Parameter.DISPLACEMENT);
    assertThat(displacement.status()).isEqualTo(SwitchingValue.Status.NO_VALUE_REACHES_ONE_TO_ONE);
    assertThat(displacement.value()).isEmpty();
    assertThat(displacement.note()).contains("outside [0, 1]");
  }

  @Test
  void dropOffIsSearchedAndPlugsBack() {
    // investment 28,000: B must lose 30,315.52 − 28,000 = 2,315.52 of its 7,784.90; drop-off 0 gives
    // 13,071.80 and drop-off 1 gives 4,571.43, so a drop-off between the current 0.5 and 1 reaches 1:1
    ValuationResult r = ChainFixture.chain(new BigDecimal("28000")).result();
    SwitchingValue dropOff = find(SwitchingValues.of(r), "B training", Parameter.DROP_OFF);
    assertThat(dropOff.status()).isEqualTo(SwitchingValue.Status.FOUND);
    assertThat(dropOff.value().orElseThrow()).isBetween(new BigDecimal("0.5"), BigDecimal.ONE);
    ValuationResult plugged = SwitchingValuesProperties.pluggedBack(r.valuation(), dropOff).result();
    assertThat(plugged.sroiRatio().value().subtract(BigDecimal.ONE).abs())
        .isLessThanOrEqualTo(SwitchingValues.RATIO_TOLERANCE);
  }

  @Test
  void dropOffWithNoBracketSaysSo() {
    ValuationResult r = ChainFixture.chain(new BigDecimal("20000")).result();
    SwitchingValue dropOff = find(SwitchingValues.of(r), "B training", Parameter.DROP_OFF);
    assertThat(dropOff.status()).isEqualTo(SwitchingValue.Status.NO_VALUE_REACHES_ONE_TO_ONE);
    assertThat(dropOff.toString()).contains("NO_VALUE_REACHES_ONE_TO_ONE");
  }

  @Test
  void risingDeadweightLinesHaveNoDropOffOrConstantDeadweight() {
    List<SwitchingValue> values = SwitchingValues.of(ChainFixture.withRisingLine(new BigDecimal("20000")).result());
    assertThat(find(values, "D wellbeing", Parameter.DROP_OFF).status()).isEqualTo(SwitchingValue.Status.NOT_APPLICABLE);
    assertThat(find(values, "D wellbeing", Parameter.DEADWEIGHT).status()).isEqualTo(SwitchingValue.Status.NOT_APPLICABLE);
    assertThat(find(values, "D wellbeing", Parameter.QUANTITY).status()).isEqualTo(SwitchingValue.Status.FOUND);
  }

  @Test
  void needsAPositiveInvestment() {
    ValuationResult r = ChainFixture.chain(new BigDecimal("20000")).withInvestment(Map.of()).result();
    assertThatThrownBy(() -> SwitchingValues.of(r)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("investment: is zero or not given");
  }
}
