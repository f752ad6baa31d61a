package uk.gov.lancashire.socialvalue.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.CharArrayReader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.money.Monetary;
import org.junit.jupiter.api.Test;
import uk.gov.lancashire.socialvalue.basics.Amounts;
import uk.gov.lancashire.socialvalue.basics.Loaded;
import uk.gov.lancashire.socialvalue.basics.Problem;
import uk.gov.lancashire.socialvalue.framework.MeasureCode;
import uk.gov.lancashire.socialvalue.framework.ProxyEdition;
import uk.gov.lancashire.socialvalue.framework.ProxyValue;
import uk.gov.lancashire.socialvalue.framework.Unit;

class ProxyValueCsvTest {

  private static Loaded<Map<MeasureCode, ProxyValue>> load(String text) {
    return ProxyValueCsv.read(new StringReader(text));
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
  void everyBadCellOfARowIsAProblemWithItsLineAndColumn() {
    Loaded<Map<MeasureCode, ProxyValue>> loaded = load(
        "code,unit,value,currency,price_year,source,licence\n"
            + "\n"
            + "NT1,furlongs,1.2.3,EUR?,24,,\n"
            + "NT2,hours,12.50,GBP,2024,s,l,extra\n"
            + " NT3 , hours , 2 , GBP , 2024 , s , l \n");

    assertThat(loaded.problems()).extracting(Problem::toString).containsExactly(
        "line 3, unit: unknown unit \"furlongs\"; expected one of [fte, fte-years, weeks, hours, hours-x-attendees,"
            + " money, tonnes, tonnes-co2e, miles, count, percent, level, text]",
        "line 3, value: must be a plain decimal such as \"1234.50\" (digits, optional sign and point, no exponent,"
            + " at most 40 characters), was \"1.2.3\"",
        "line 3, currency: must be an ISO 4217 currency code such as GBP, was \"EUR?\"",
        "line 3, price_year: must be a four-digit year, was \"24\"",
        "line 3, source: is empty",
        "line 3, licence: is empty",
        "line 4: has 8 cells; expected 7");
    assertThat(loaded.value()).containsOnlyKeys(MeasureCode.parse("NT3"));
  }

  @Test
  void everyUnitIsReadByItsJsonName() {
    List<String> names = List.of("fte", "fte-years", "weeks", "hours", "hours-x-attendees", "money", "tonnes",
        "tonnes-co2e", "miles", "count", "percent", "level", "text");
    StringBuilder csv = new StringBuilder("code,unit,value,currency,price_year,source,licence\n");
    for (int i = 0; i < names.size(); i++) {
      csv.append("NT").append(i + 1).append(',').append(names.get(i)).append(",1,GBP,2024,s,l\n");
    }

    Loaded<Map<MeasureCode, ProxyValue>> loaded = load(csv.toString());

    assertThat(loaded.problems()).extracting(Problem::message).noneMatch(message -> message.startsWith("unknown unit"));
    assertThat(names).hasSize(Unit.values().length);
  }

  @Test
  void aMissingColumnStopsBeforeAnyRow() {
    Loaded<Map<MeasureCode, ProxyValue>> loaded = load("code,unit,value,currency,source,licence\nNT1,hours,1,GBP,a,b\n");

    assertThat(loaded.value()).isEmpty();
    assertThat(loaded.problems()).extracting(Problem::toString).containsExactly("line 1: missing column \"price_year\"");
  }

  @Test
  void anEmptyFileIsOneProblem() {
    assertThat(load("").problems()).extracting(Problem::toString)
        .containsExactly("line 1: the file is empty; expected a header " + ProxyValueCsv.COLUMNS);
  }

  @Test
  void aByteOrderMarkIsSkipped() {
    Loaded<Map<MeasureCode, ProxyValue>> loaded = load(
        "\uFEFFcode,unit,value,currency,price_year,source,licence\nNT1,hours,12.50,GBP,2024,s,l\n");

    assertThat(loaded.problems()).isEmpty();
    assertThat(loaded.value()).containsOnlyKeys(MeasureCode.parse("NT1"));
  }

  @Test
  void aCurrencyMustBeExactlyAnIsoCode() {
    Loaded<Map<MeasureCode, ProxyValue>> loaded = load(
        "code,unit,value,currency,price_year,source,licence\nNT1,hours,1,[,2024,s,l\nNT2,hours,1,^GBP$,2024,s,l\n"
            + "NT3,hours,1,gbp,2024,s,l\nNT4,hours,1,GBP,2024,s,l\n");

    assertThat(loaded.problems()).extracting(Problem::toString).containsExactly(
        "line 2, currency: must be an ISO 4217 currency code such as GBP, was \"[\"",
        "line 3, currency: must be an ISO 4217 currency code such as GBP, was \"^GBP$\"",
        "line 4, currency: must be an ISO 4217 currency code such as GBP, was \"gbp\"");
    assertThat(loaded.value()).containsOnlyKeys(MeasureCode.parse("NT4"));
  }

  @Test
  void aBrokenFileStopsWithAProblemAndKeepsTheRowsBefore() {
    Loaded<Map<MeasureCode, ProxyValue>> loaded = load(
        "code,unit,value,currency,price_year,source,licence\nNT1,hours,1,GBP,2024,s,l\nNT2,hours,1,GBP,2024,\"s,l\n");

    assertThat(loaded.value()).containsOnlyKeys(MeasureCode.parse("NT1"));
    assertThat(loaded.problems()).extracting(Problem::toString).containsExactly(
        "line 3: unreadable CSV, stopped here: row 3: a quoted field is not closed before the end of the file");
  }

  @Test
  void aFileLongerThanTheLimitStopsTheRead() {
    char[] text = new char[(int) ProxyValueCsv.MAX_LENGTH + 10];
    Arrays.fill(text, '\n');
    String header = "code,unit,value,currency,price_year,source,licence\nNT1,hours,1,GBP,2024,s,l\n";
    header.getChars(0, header.length(), text, 0);

    Loaded<Map<MeasureCode, ProxyValue>> loaded = ProxyValueCsv.read(new CharArrayReader(text));

    assertThat(loaded.value()).containsOnlyKeys(MeasureCode.parse("NT1"));
    assertThat(loaded.problems()).singleElement().extracting(Problem::message).asString()
        .contains("longer than " + ProxyValueCsv.MAX_LENGTH + " characters");
  }

  @Test
  void loadedValuesMakeAnEdition() {
    Loaded<Map<MeasureCode, ProxyValue>> loaded = load(
        "code,unit,value,currency,price_year,source,licence\nNT2,money,0.125,GBP,2023,invented,illustrative\n");

    ProxyEdition edition = ProxyEdition.builder().id("sample").version("2024.1").title("t")
        .currency(Monetary.getCurrency("GBP")).licence("illustrative").putAllValues(loaded.value()).build();

    assertThat(Amounts.decimal(edition.proxy(MeasureCode.parse("NT2")).orElseThrow().amount()))
        .isEqualTo(new BigDecimal("0.125"));
  }
}
