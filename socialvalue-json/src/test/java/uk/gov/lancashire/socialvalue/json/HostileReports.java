package uk.gov.lancashire.socialvalue.json;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.money.Monetary;
import uk.gov.lancashire.socialvalue.basics.Amounts;
import uk.gov.lancashire.socialvalue.framework.Alignment;
import uk.gov.lancashire.socialvalue.framework.Framework;
import uk.gov.lancashire.socialvalue.framework.Measure;
import uk.gov.lancashire.socialvalue.framework.MeasureCode;
import uk.gov.lancashire.socialvalue.framework.MeasureKind;
import uk.gov.lancashire.socialvalue.framework.Outcome;
import uk.gov.lancashire.socialvalue.framework.Priority;
import uk.gov.lancashire.socialvalue.framework.PriorityScheme;
import uk.gov.lancashire.socialvalue.framework.ProxyEdition;
import uk.gov.lancashire.socialvalue.framework.ProxyValue;
import uk.gov.lancashire.socialvalue.framework.Theme;
import uk.gov.lancashire.socialvalue.framework.Unit;
import uk.gov.lancashire.socialvalue.framework.ValidityPeriod;
import uk.gov.lancashire.socialvalue.portfolio.PortfolioRollup;

/**
 * Hand-made delivery reports aimed at the edges of {@link RecordScanner} (the review's own generator, apart
 * from {@link ScannerReports}): values at every length limit plus and minus one, the quantities a decimal
 * rule may read differently ({@code -0}, {@code +1}, {@code 1e3}, {@code .5}, {@code 00.5}, 18 to 20 digits
 * around a {@code long}, 39 to 41 characters around the reader's longest decimal), hundreds of distinct
 * periods and measures (more than the scanner's memo holds), measure codes of equal hash that differ in two
 * bytes ({@code AO1} and {@code B01}), names escaped to equal a property, names that are a property plus or
 * minus a byte, repeats at the record level and inside the location, whitespace that JSON does not allow
 * (form feed, vertical tab, NBSP, U+2028), records of 16 KB plus or minus a byte, tails and heads of every
 * kind, and whole documents in UTF-16 or UTF-32. Also the roll-up plans the scanner's records meet: a
 * proxy of 990 decimals (a value beyond the digit bound), a proxy beyond a {@code long}, weighted alignments
 * with many decimals and a measure the edition does not price.
 */
final class HostileReports {

  private static final String[] GOOD_WS = {"", "", "", " ", "\n", "\t", "\r", "\r\n  "};
  private static final String[] BAD_WS = {"\f", "\u000b", "\u00a0", "\u2028", "\u0000"};
  private static final String[] NAMES = {"id", "period", "measure", "quantity", "supplier", "status", "evidence",
      "claimKey", "location", "employmentStart", "share"};
  static final String[] QUANTITIES = {"0", "-0", "-0.0", "0.0", "+1", "1e3", "1E3", ".5", "1.", "00.5", "01", "-",
      "", " 1", "1 ", "0x10", "1_000", "9223372036854775807", "9223372036854775808", "-9223372036854775808",
      "-9223372036854775809", "999999999999999999", "-999999999999999999", "1000000000000000000",
      "0.999999999999999999", "99999999999999999.9", "9999999999999999.99", "-0.00000000000000001",
      "1" + "0".repeat(38), "1" + "0".repeat(39), "1" + "0".repeat(40), "-1" + "0".repeat(38), "-1" + "0".repeat(39),
      "0." + "0".repeat(37) + "1", "0." + "0".repeat(38) + "1", "0." + "0".repeat(36) + "1", "12.5", "1.5e-3",
      "\u0661", "NaN", "Infinity", "-.5", "1..5", "1.5.", "--1"};
  static final String[] SHARES = {"1", "1.0", "1.00", "0.5", "0.25", "0", "-0", "0.0", "-0.5", "1.5", "1.0000001",
      "0.9999999999999999999999999999999999999", "0." + "0".repeat(37) + "1", "0." + "0".repeat(38) + "1", ".5",
      "0.333", "1e0"};

  private final Random random;
  /** Every record sound (the scanner reads it all) but for the odd measure the plan does not know. */
  private final boolean clean;
  /** Records broken now and then, and whitespace JSON does not allow. */
  private final boolean wild;

  private HostileReports(Random random) {
    this.random = random;
    this.clean = random.nextBoolean();
    this.wild = !clean && random.nextInt(2) == 0;
  }

  /**
   * @param random the source of randomness
   * @return a report, as bytes (UTF-8 unless the document is in a wide encoding)
   */
  static byte[] document(Random random) {
    return new HostileReports(random).document();
  }

  private byte[] document() {
    int n = random.nextInt(8) == 0 ? 300 + random.nextInt(700) : random.nextInt(40);
    StringBuilder b = new StringBuilder(head());
    b.append(ws());
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        b.append(ws()).append(random.nextInt(400) == 0 ? "" : ",").append(ws());
      }
      b.append(record(i));
    }
    b.append(ws()).append(tail());
    String text = b.toString();
    Charset charset = StandardCharsets.UTF_8;
    switch (clean ? 99 : random.nextInt(40)) {
      case 0 -> charset = StandardCharsets.UTF_16BE;
      case 1 -> charset = StandardCharsets.UTF_16LE;
      case 2 -> charset = StandardCharsets.UTF_16;
      case 3 -> charset = Charset.forName("UTF-32BE");
      case 4 -> text = "\uFEFF" + text;
      default -> { }
    }
    byte[] bytes = text.getBytes(charset);
    if (!clean && random.nextInt(30) == 0) {
      bytes = java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length + 1)); // cut short
    }
    return bytes;
  }

  private String head() {
    String normal = "{\"format\":\"socialvalue/delivery-report\",\"formatVersion\":1,\"records\":[";
    if (clean || random.nextInt(6) != 0) {
      return normal;
    }
    return switch (random.nextInt(6)) {
      case 0 -> "{ \"format\" : \"socialvalue/delivery-report\" ,\n\"formatVersion\":1 , \"records\" :\t[";
      case 1 -> "{\"formatVersion\":1,\"format\":\"socialvalue/delivery-report\",\"records\":[";
      case 2 -> "{\"format\":\"socialvalue/delivery-report\",\"formatVersion\":1,\"format\":\"x\",\"records\":[";
      case 3 -> "{\"format\":\"socialvalue/delivery-report\",\"formatVersion\":1,\"records\":[],\"records\":[";
      case 4 -> "{\"format\":\"socialvalue/delivery-report\",\"formatVersion\":1\f,\"records\":[";
      default -> "{\"format\":\"socialvalue/delivery-report\",\"formatVersion\":1,\"r\\u0065cords\":[";
    };
  }

  private String tail() {
    if (clean || random.nextInt(5) != 0) {
      return "]" + ws() + "}" + ws();
    }
    return switch (random.nextInt(12)) {
      case 0 -> "]}" + " ".repeat(RecordScanner.MAX_RECORD_BYTES - 2 + random.nextInt(5));
      case 1 -> "]}x";
      case 2 -> "]},";
      case 3 -> "],\"more\":[]}";
      case 4 -> "]}\u0000";
      case 5 -> "]}\f";
      case 6 -> "] }\u00a0";
      case 7 -> "]";
      case 8 -> "]}]}";
      case 9 -> "]}\uFEFF";
      case 10 -> "]},\"records\":[]}";
      default -> "]\n}\n";
    };
  }

  private String ws() {
    if (wild && random.nextInt(60) == 0) {
      return BAD_WS[random.nextInt(BAD_WS.length)];
    }
    return GOOD_WS[random.nextInt(GOOD_WS.length)];
  }

  /** A record: sound with the odd edge value, or, in a wild document, now and then broken. */
  private String record(int i) {
    List<String[]> e = new ArrayList<>();
    String status = pick("claimed", "evidenced", "verified", "rejected");
    e.add(new String[] {"id", quoted(id(i))});
    e.add(new String[] {"period", quoted(period())});
    e.add(new String[] {"measure", quoted(measure())});
    e.add(new String[] {"quantity", quoted(quantity())});
    e.add(new String[] {"supplier", quoted(random.nextInt(30) == 0 ? "S" + text(random.nextInt(30)) : "S" + random.nextInt(4))});
    e.add(new String[] {"status", quoted(!clean && random.nextInt(60) == 0 ? pick("Claimed", "claimed ", "", "claimedx", "verifie")
        : status)});
    if (!status.equals("claimed") && !status.equals("rejected") || random.nextBoolean()) {
      int items = random.nextInt(20) == 0 ? (clean ? 1 : 0) + random.nextInt(400) : 1 + random.nextInt(3);
      List<String> evidence = new ArrayList<>();
      for (int k = 0; k < items; k++) {
        evidence.add(quoted(random.nextInt(10) == 0 ? text(random.nextInt(12)) : "doc/" + i + "/" + k));
      }
      e.add(new String[] {"evidence", "[" + ws() + String.join(ws() + "," + ws(), evidence) + ws() + "]"});
    }
    if (random.nextInt(3) == 0) {
      e.add(new String[] {"claimKey", quoted(!clean && random.nextInt(20) == 0 ? pick("", " ", "\\t") : "p" + random.nextInt(99))});
    }
    if (random.nextInt(3) == 0) {
      e.add(new String[] {"location", location()});
    }
    if (random.nextInt(5) == 0) {
      e.add(new String[] {"employmentStart", quoted(!clean && random.nextInt(8) == 0
          ? pick("2024-02-30", "2023-02-29", "2024-2-01", "+2024-01-01", "2024-01-01T00:00", "９９９９-01-01", "0000-01-01")
          : LocalDate.of(1990 + random.nextInt(60), 1 + random.nextInt(12), 1 + random.nextInt(28)).toString())});
    }
    if (random.nextInt(4) == 0) {
      e.add(new String[] {"share", quoted(clean ? pick("1", "1.0", "0.5", "0.25", "0.333",
          "0.9999999999999999999999999999999999999", "0." + "0".repeat(37) + "1") : SHARES[random.nextInt(SHARES.length)])});
    }
    if (random.nextInt(3) == 0) {
      java.util.Collections.shuffle(e, random);
    }
    if (wild && random.nextInt(6) == 0) {
      mutate(e);
    }
    if (random.nextInt(25) == 0) {
      // a record whose text is 16 KB, plus or minus a byte or two, with its separators
      String id = e.get(0)[0].equals("id") ? "id" : null;
      String base = object(e);
      int pad = RecordScanner.MAX_RECORD_BYTES - base.length() - 2 + random.nextInt(5);
      if (id != null && pad > 0) {
        e.set(0, new String[] {"id", quoted(unquote(e.get(0)[1]) + "x".repeat(pad))});
      }
    }
    return object(e);
  }

  private void mutate(List<String[]> e) {
    int k = random.nextInt(e.size());
    String[] p = e.get(k);
    switch (random.nextInt(14)) {
      case 0 -> e.add(random.nextInt(e.size() + 1), p.clone()); // repeated
      case 1 -> e.set(k, new String[] {escapeName(p[0]), p[1]}); // escaped name that equals a property
      case 2 -> e.set(k, new String[] {p[0] + pick("x", " ", "\\u0000", "\u00e9"), p[1]});
      case 3 -> e.set(k, new String[] {p[0].substring(0, p[0].length() - 1), p[1]});
      case 4 -> e.set(k, new String[] {p[0].toUpperCase(java.util.Locale.ROOT), p[1]});
      case 5 -> e.add(new String[] {pick("kind", "value", "records", "format"), "\"area\""});
      case 6 -> e.set(k, new String[] {p[0], pick("1", "null", "true", "[]", "{}", "\"\\\"\"", "1.5", "-0")});
      case 7 -> e.set(k, new String[] {p[0], p[1].replace("\"", "\\u0022")});
      case 8 -> e.set(k, new String[] {p[0], p[1].length() > 2 ? p[1].substring(0, 2) + "\\/" + p[1].substring(2) : p[1]});
      case 9 -> e.set(k, new String[] {p[0], p[1].length() > 2 ? p[1].substring(0, 2) + "\u00c3\u00a9" + p[1].substring(2) : p[1]});
      case 10 -> e.remove(k);
      case 11 -> e.add(new String[] {"location", "{\"kind\":\"area\",\"value\":\"E07000121\",\"value\":\"E07000122\"}"});
      case 12 -> e.add(new String[] {"location", "{\"kind\":\"area\",\"value\":\"E07000121\",\"location\":{}}"});
      default -> e.add(new String[] {"location", "{\"k\\u0069nd\":\"area\",\"value\":\"E07000121\"}"});
    }
  }

  private String escapeName(String name) {
    int at = random.nextInt(name.length());
    return name.substring(0, at) + String.format("\\u%04x", (int) name.charAt(at)) + name.substring(at + 1);
  }

  private String id(int i) {
    if (clean) {
      return random.nextInt(10) == 0 ? text(1 + random.nextInt(64)).replace(' ', 'x') : random.nextInt(20) == 0 ? "r" + i + "\u007f" : "r" + i;
    }
    return switch (random.nextInt(40)) {
      case 0 -> text(1 + random.nextInt(64));
      case 1 -> "r" + i + "\u007f";
      case 2 -> "r" + i + "\\u0041";
      case 3 -> "\u00e9" + i;
      case 4 -> wild ? "a},{\"id\":\"b" + i : "r" + i; // a quote ends the string: broken JSON
      case 5 -> "a},{b" + i;
      case 6 -> "a}]}" + i;
      case 7 -> "";
      case 8 -> "   ";
      default -> "r" + i;
    };
  }

  /** Printable ASCII of any kind but the quote and the backslash, at random offsets (the SWAR word's lanes). */
  private String text(int length) {
    StringBuilder b = new StringBuilder();
    for (int k = 0; k < length; k++) {
      char c = (char) (0x20 + random.nextInt(0x60));
      b.append(c == '"' || c == '\\' ? '_' : c);
    }
    return b.toString();
  }

  private String period() {
    if (!clean && random.nextInt(30) == 0) {
      return pick("2024/25-Q5", "2024/25-Q0", "2024/26-Q1", "2024-25-Q1", "2024/25-q1", "2024/25 Q1", "1899/00-Q1",
          "9999/00-Q1", "2024/25-Q01", "");
    }
    int year = random.nextInt(4) == 0 ? 1950 + random.nextInt(200) : 2022 + random.nextInt(4);
    return year + "/" + String.format("%02d", (year + 1) % 100) + "-Q" + (1 + random.nextInt(4));
  }

  private String measure() {
    return switch (random.nextInt(12)) {
      case 0 -> "NT" + (1 + random.nextInt(3000)); // many distinct codes, mostly unknown to the plan
      case 1 -> pick("AO1", "B01", "AO2", "B02"); // equal hashes (31 x 'A' + 'O' = 31 x 'B' + '0')
      case 2 -> clean ? "NT" + (1 + random.nextInt(4)) : pick("NT01", "nt1", "NT", "1", "NT1 ", "NT99999999999", "NT1abcd", "ABCDEFGHIJK1", "NT-1");
      case 3 -> "X" + (char) ('A' + random.nextInt(26)) + random.nextInt(100);
      default -> "NT" + (1 + random.nextInt(4));
    };
  }

  private String quantity() {
    if (random.nextInt(4) == 0) {
      String q = QUANTITIES[random.nextInt(QUANTITIES.length)];
      return !clean || q.length() <= 40 && q.matches("-?(0|[1-9][0-9]*)(\\.[0-9]+)?") ? q : "12.5";
    }
    int digits = 1 + random.nextInt(random.nextInt(5) == 0 ? (clean ? 38 : 41) : 8);
    BigInteger unscaled = new BigInteger(1 + (int) (digits * 3.33), random);
    if (random.nextInt(6) == 0) {
      unscaled = unscaled.negate();
    }
    String q = new BigDecimal(unscaled, random.nextInt(Math.max(1, digits))).toPlainString();
    return clean && q.length() > 40 ? q.substring(0, 40).replaceAll("\\.$", "") : q;
  }

  private String location() {
    String kind = !clean && random.nextInt(15) == 0 ? pick("city", "Area", "") : pick("postcode", "area");
    String value = clean ? (kind.equals("postcode") ? "PR1" + random.nextInt(9) + "XJ" : "E0700012" + random.nextInt(10))
        : kind.equals("postcode") ? pick("PR1 1XJ", "PR11XJ", "pr1 1xj", "PR1  1XJ", "PR" + random.nextInt(99) + " " + random.nextInt(9) + "AB")
        : pick("E07000121", "e07000121", "E0700012" + random.nextInt(10), "E07000" + random.nextInt(999), "X");
    String k = "\"kind\"" + ws() + ":" + ws() + quoted(kind);
    String v = "\"value\"" + ws() + ":" + ws() + quoted(value);
    return "{" + ws() + (random.nextBoolean() ? k + ws() + "," + ws() + v : v + ws() + "," + ws() + k) + ws() + "}";
  }

  private String object(List<String[]> e) {
    StringBuilder b = new StringBuilder("{").append(ws());
    for (int k = 0; k < e.size(); k++) {
      if (k > 0) {
        b.append(ws()).append(',').append(ws());
      }
      b.append('"').append(e.get(k)[0]).append('"').append(ws()).append(':').append(ws()).append(e.get(k)[1]);
    }
    return b.append(ws()).append('}').toString();
  }

  @SafeVarargs
  private <T> T pick(T... options) {
    return options[random.nextInt(options.length)];
  }

  private static String quoted(String text) {
    return "\"" + text + "\"";
  }

  private static String unquote(String text) {
    return text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"") ? text.substring(1, text.length() - 1)
        : text;
  }

  /**
   * @param random the source of randomness
   * @return one of the plans: ordinary proxies; a proxy of 990 decimals (values beyond the digit bound); a
   *     proxy beyond a {@code long} and weighted alignments of many decimals; a measure without a proxy
   */
  static PortfolioRollup plan(Random random) {
    return PLANS[random.nextInt(PLANS.length)];
  }

  private static final PortfolioRollup[] PLANS = {
      plan(List.of("3.5", "0.125", "20000", "1"), false),
      plan(List.of("3.5", "1E-990", "0.01", "250.50"), false),
      plan(List.of("123456789012345678901234567890.5", "0.0001", "7", "9"), true),
      plan(List.of("1E-950", "3.5", "0.125"), true),
  };

  private static PortfolioRollup plan(List<String> proxies, boolean weighted) {
    var gbp = Monetary.getCurrency("GBP");
    Framework.Builder f = Framework.builder().id("hostile").title("Hostile reports (illustrative)").edition("1")
        .currency(gbp).provenance("tests").licenceNote("illustrative")
        .validity(ValidityPeriod.of(LocalDate.of(2020, 4, 1), LocalDate.of(2030, 3, 31)))
        .addSchemes(PriorityScheme.builder().id("p").title("Priorities").addPriorities(Priority.of("x", "X"),
            Priority.of("y", "Y")).build())
        .addThemes(Theme.of("t", "T")).addOutcomes(Outcome.of("o", "O", "t"));
    ProxyEdition.Builder e = ProxyEdition.builder().id("hostile").version("1").title("Illustrative").currency(gbp)
        .licence("illustrative");
    List<String> codes = List.of("NT1", "NT2", "NT3", "NT4", "AO1", "B01");
    for (int m = 0; m < codes.size(); m++) {
      MeasureCode code = MeasureCode.parse(codes.get(m));
      Measure.Builder measure = Measure.builder().code(code).title("M" + m).unit(Unit.COUNT)
          .kind(MeasureKind.MONETISED).outcomeId("o");
      if (weighted && m % 2 == 0) {
        measure.addAlignments(Alignment.weighted("p", "x", new BigDecimal("0.0000000000000000000000000000000000001")),
            Alignment.weighted("p", "y", new BigDecimal("0.9999999999999999999999999999999999999")));
      } else {
        measure.addAlignments(Alignment.of("p", "x"), Alignment.of("p", "y"));
      }
      f.addMeasures(measure.build());
      if (m < proxies.size()) {
        e.putValues(code, ProxyValue.builder().amount(Amounts.of(new BigDecimal(proxies.get(m)), gbp))
            .unit(Unit.COUNT).priceYear(2024).source("ILLUSTRATIVE ONLY").licence("illustrative").build());
      }
    }
    return PortfolioRollup.of(f.build(), e.build());
  }

  /** @return the bytes of a UTF-8 text */
  static byte[] utf8(String text) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }
}
