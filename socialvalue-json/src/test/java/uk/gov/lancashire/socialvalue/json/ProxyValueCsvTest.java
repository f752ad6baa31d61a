package uk.gov.lancashire.socialvalue.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.gov.lancashire.socialvalue.basics.Amounts;
import uk.gov.lancashire.socialvalue.basics.Loaded;
import uk.gov.lancashire.socialvalue.basics.Problem;
import uk.gov.lancashire.socialvalue.framework.MeasureCode;
import uk.gov.lancashire.socialvalue.framework.Unit;
import uk.gov.lancashire.socialvalue.framework.ProxyEdition;
import uk.gov.lancashire.socialvalue.framework.ProxyValue;

class ProxyValueCsvTest {

  private final ProxyValueCsv csv = ProxyValueCsv.standard();

  private Loaded<Map<MeasureCode, ProxyValue>> load(String text) {
    return csv.read(new StringReader(text));
  }

  @Test
  void goodRowsAreLoadedExactly() {
    Loaded<Map<MeasureCode, ProxyValue>> loaded = load(
        "code,unit,value,currency,price_year,source,licence\n"
            + "NT1,fte-years,1234.5678,GBP,2024,invented,illustrative\n"
            + "NT2,money,0.125,GBP,2023,\"invented, with a comma\",illustrative\n");

    assertThat(loaded.isComplete()).isTrue();
    assertThat(loaded.value()).containsOnlyKeys(MeasureCode.parse("NT1"), MeasureCode.parse("NT2"));
    ProxyValue nt1 = loaded.value().get(MeasureCode.parse("NT1"));
    assertThat(Amounts.decimal(nt1.amount())).isEqualTo(new BigDecimal("1234.5678"));
    assertThat(nt1.unit()).isEqualTo(Unit.FTE_YEARS);
    assertThat(loaded.value().get(MeasureCode.parse("NT2")).source()).isEqualTo("invented, with a comma");
  }

  @Test
  void badRowsAreReportedByLineAndGoodRowsKept() {
    Loaded<Map<MeasureCode, ProxyValue>> loaded = load(
        "licence,source,price_year,currency,value,unit,code\n"
            + "illustrative,invented,2024,GBP,10.00,hours,NT1\n"
            + "illustrative,invented,2024,GBP,1e999999999,hours,NT2\n"
            + "illustrative,invented,20x4,GBP,5,furlongs,nt3\n"
            + "illustrative,invented,2024,GBP,0,hours,NT4\n"
            + "illustrative,invented,2024,GBP,12,hours,NT1\n"
            + "illustrative,invented,2024,GBP,7.5,weeks,NT5\n");

    assertThat(loaded.value()).containsOnlyKeys(MeasureCode.parse("NT1"), MeasureCode.parse("NT5"));
    assertThat(Amounts.decimal(loaded.value().get(MeasureCode.parse("NT1")).amount())).isEqualByComparingTo("10");
    assertThat(loaded.problems()).extracting(Problem::path).containsExactly(
        "line 3, value", "line 4, code", "line 4, unit", "line 4, price_year", "line 5, value", "line 6, code");
    assertThat(loaded.problems().get(0).toString()).startsWith("line 3, value: must be a plain decimal");
    assertThat(loaded.problems().get(5).toString()).isEqualTo("line 6, code: duplicate code NT1, first on line 2");
  }

  @Test
  void aMissingColumnStopsBeforeAnyRow() {
    Loaded<Map<MeasureCode, ProxyValue>> loaded = load("code,unit,value,currency,source,licence\nNT1,hours,1,GBP,a,b\n");

    assertThat(loaded.value()).isEmpty();
    assertThat(loaded.problems()).extracting(Problem::toString).containsExactly("line 1: missing column \"price_year\"");
  }

  @Test
  void loadedValuesMakeAnEdition() {
    Loaded<Map<MeasureCode, ProxyValue>> loaded = load(
        "code,unit,value,currency,price_year,source,licence\nNT2,money,0.125,GBP,2023,invented,illustrative\n");

    ProxyEdition edition = ProxyEdition.builder().id("sample").version("2024.1").title("t").currency(Samples.GBP)
        .licence("illustrative").putAllValues(loaded.value()).build();

    assertThat(Amounts.decimal(edition.proxy(MeasureCode.parse("NT2")).orElseThrow().amount())).isEqualTo(new BigDecimal("0.125"));
  }
}
