package uk.gov.lancashire.socialvalue.sensitivity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.MathContext;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import uk.gov.lancashire.socialvalue.RecordNulls;
import uk.gov.lancashire.socialvalue.basics.Amounts;
import uk.gov.lancashire.socialvalue.basics.ValidationException;
import uk.gov.lancashire.socialvalue.valuation.ValuationResult;

class OneWayTableTest {

  @Test
  void quantityPlusMinusTenPercent() {
    // chain: PV 30,315.516682…, investment 20,000; A's PV 18,000 moves by ±1,800 when its quantity moves ±10%
    ValuationResult r = ChainFixture.chain(new BigDecimal("20000")).result();
    OneWayTable table = OneWayTable.of(r, new BigDecimal("0.1"));
    OneWayTable.Row a = table.rows().stream()
        .filter(row -> row.lineId().equals("A employment") && row.parameter() == Parameter.QUANTITY).findFirst().orElseThrow();
    MathContext mc = MathContext.DECIMAL128;
    Offset<BigDecimal> tiny = Offset.offset(new BigDecimal("1e-28"));
    assertThat(a.low()).isEqualByComparingTo("22.5");
    assertThat(a.high()).isEqualByComparingTo("27.5");
    assertThat(a.ratioLow()).isCloseTo(Amounts.decimal(r.presentValue()).subtract(new BigDecimal("1800")).divide(new BigDecimal("20000"), mc), tiny);
    assertThat(a.ratioHigh()).isCloseTo(Amounts.decimal(r.presentValue()).add(new BigDecimal("1800")).divide(new BigDecimal("20000"), mc), tiny);
    assertThat(table.baseRatio()).isEqualByComparingTo(r.sroiRatio().value());
    // 3 lines × 6 parameters
    assertThat(table.rows()).hasSize(18);
  }

  @Test
  void fractionsAreClampedToOne() {
    // B's drop-off 0.5 moved up by 100% would be 1.0; by design never above 1
    OneWayTable table = OneWayTable.of(ChainFixture.chain(new BigDecimal("20000")).result(), BigDecimal.ONE);
    OneWayTable.Row b = table.rows().stream()
        .filter(row -> row.lineId().equals("B training") && row.parameter() == Parameter.DROP_OFF).findFirst().orElseThrow();
    assertThat(b.high()).isEqualByComparingTo("1");
    assertThat(b.low()).isEqualByComparingTo("0");
  }

  @Test
  void refusesABadStep() {
    assertThatThrownBy(() -> OneWayTable.of(ChainFixture.chain(new BigDecimal("20000")).result(), BigDecimal.ZERO))
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void everyNullInTheRowsIsNamed() {
    RecordNulls.collectionsNamed(OneWayTable.of(ChainFixture.chain(new BigDecimal("20000")).result(),
        new BigDecimal("0.1")));
  }
}
