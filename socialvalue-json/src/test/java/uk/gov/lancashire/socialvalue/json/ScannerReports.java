package uk.gov.lancashire.socialvalue.json;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import uk.gov.lancashire.socialvalue.basics.FinancialQuarter;
import uk.gov.lancashire.socialvalue.basics.FinancialYear;
import uk.gov.lancashire.socialvalue.delivery.DeliveryRecord;
import uk.gov.lancashire.socialvalue.delivery.Location;
import uk.gov.lancashire.socialvalue.delivery.RecordStatus;
import uk.gov.lancashire.socialvalue.framework.MeasureCode;

/**
 * Random delivery reports for the plain-record scanner's properties: written by the SDK's writer (compact or
 * indented), or by hand, property by property, with random whitespace and, on a random share of the records
 * and of the documents, random mutations of every kind the scanner must leave to the streamed reader:
 * escapes, non-ASCII (well-formed or not), control characters, reordered, repeated, missing and unknown
 * properties, numbers, {@code null} and booleans instead of strings, over-long values, bad quantities,
 * periods, measures, statuses, shares, locations and dates, nested junk, comments, trailing commas, a
 * header in another order or with problems, a property after the records array, trailing bytes, and a
 * document cut short.
 */
final class ScannerReports {

  /** Stands for a byte sequence that is not UTF-8, replaced after encoding. */
  private static final char NOT_UTF8 = '\uE000';
  private static final byte[] NOT_UTF8_BYTES = String.valueOf(NOT_UTF8).getBytes(StandardCharsets.UTF_8);

  private static final String[] WS = {"", "", "", "", " ", "\n", "\t", "\r\n", "  ", "\n    "};

  private final Random random;
  /** The chance that a record is mutated. */
  private final double mutated;

  private ScannerReports(Random random) {
    this.random = random;
    this.mutated = random.nextInt(3) == 0 ? 0 : random.nextInt(4) == 0 ? 0.3 : 0.04;
  }

  /**
   * @param random the source of randomness
   * @return a random report, as bytes
   */
  static byte[] document(Random random) {
    return new ScannerReports(random).document();
  }

  /**
   * @param random the source of randomness
   * @param n how many records
   * @param pretty true for the indented form
   * @return a report written by the SDK's writer
   */
  static byte[] written(Random random, int n, boolean pretty) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SocialValueJson json = SocialValueJson.standard().withPrettyOutput(pretty);
    try (DeliveryReportWriter writer = json.deliveryReportWriter(out)) {
      for (int i = 0; i < n; i++) {
        writer.write(record(random, i));
      }
    }
    return out.toByteArray();
  }

  /** @return a sound record with every optional property now and then */
  static DeliveryRecord record(Random random, int i) {
    RecordStatus status = RecordStatus.values()[random.nextInt(RecordStatus.values().length)];
    DeliveryRecord.Builder b = DeliveryRecord.builder()
        .id("r" + i)
        .period(FinancialQuarter.of(FinancialYear.of(2023 + random.nextInt(3)), 1 + random.nextInt(4)))
        .measure(MeasureCode.parse(random.nextInt(12) == 0 ? "XX9" : "NT" + (1 + random.nextInt(3))))
        .quantity(new BigDecimal(quantity(random)))
        .supplier("S" + random.nextInt(5)).status(status);
    if (status == RecordStatus.EVIDENCED || status == RecordStatus.VERIFIED || random.nextBoolean()) {
      b.addEvidence("payroll/" + i);
      if (random.nextInt(4) == 0) {
        b.addEvidence("invoice/" + i);
      }
    }
    if (random.nextInt(3) == 0) {
      b.claimKey("person-" + random.nextInt(50));
    }
    if (random.nextInt(3) != 0) {
      b.location(random.nextBoolean() ? Location.postcode("PR1 " + random.nextInt(9) + "XJ")
          : Location.area("E0700012" + random.nextInt(10)));
    }
    if (random.nextInt(6) == 0) {
      b.employmentStart(java.time.LocalDate.of(2023, 1 + random.nextInt(12), 1 + random.nextInt(28)));
    }
    if (random.nextInt(5) == 0) {
      b.share(new BigDecimal(new String[] {"0.25", "1", "0.5", "0.333"}[random.nextInt(4)]));
    }
    return b.build();
  }

  /** @return a plain decimal: small or large, any scale, now and then beyond a long or negative */
  private static String quantity(Random random) {
    BigInteger unscaled = switch (random.nextInt(10)) {
      case 0 -> new BigInteger(70, random); // beyond a long
      case 1 -> BigInteger.valueOf(random.nextLong() >>> random.nextInt(64));
      case 2 -> BigInteger.ZERO;
      default -> BigInteger.valueOf(random.nextInt(2_000_000));
    };
    if (random.nextInt(8) == 0) {
      unscaled = unscaled.negate();
    }
    return new BigDecimal(unscaled, random.nextInt(5)).toPlainString();
  }

  private byte[] document() {
    String text;
    if (random.nextInt(3) == 0) {
      text = new String(written(random, random.nextInt(40), random.nextBoolean()), StandardCharsets.UTF_8);
      if (random.nextInt(3) == 0) {
        text = textMutation(text);
      }
    } else {
      int n = random.nextInt(6) == 0 ? 60 + random.nextInt(120) : random.nextInt(25);
      List<String> records = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        records.add(random.nextDouble() < mutated ? mutate(entries(i)) : object(entries(i)));
      }
      StringBuilder b = new StringBuilder(header());
      b.append(ws());
      for (int i = 0; i < records.size(); i++) {
        if (i > 0) {
          b.append(ws()).append(',').append(ws());
        }
        b.append(records.get(i));
      }
      b.append(ws()).append(tail());
      text = b.toString();
    }
    if (random.nextInt(20) == 0) {
      text = text.substring(0, random.nextInt(text.length() + 1)); // cut short
    }
    return bytes(text);
  }

  /** A mutation of a whole written document's text. */
  private String textMutation(String text) {
    return switch (random.nextInt(8)) {
      case 0 -> text.replaceFirst("\"supplier\":\"S", "\"supplier\":\"\\\\u0053");
      case 1 -> text.replaceFirst("\"id\":\"r", "\"id\":\"\u00e9r");
      case 2 -> text.replace(",\"", ", \"").replace("{", "{\n");
      case 3 -> text.replaceFirst("\"quantity\":\"", "\"quantity\":\"x");
      case 4 -> text.replaceFirst("\"status\":", "\"colour\":[1,{\"a\":null}],\"status\":");
      case 5 -> text.replaceFirst("\\]\\s*}\\s*$", "],\"note\":\"after\"}");
      case 6 -> text.replaceFirst("\"id\":\"r", "\"id\":\"a},{r");
      default -> text + (random.nextBoolean() ? "\n \t" : " x");
    };
  }

  /** @return a record's properties, each {@code name} and value text, in the declared order */
  private List<String[]> entries(int i) {
    DeliveryRecord r = record(random, i);
    List<String[]> e = new ArrayList<>();
    e.add(new String[] {"id", quoted(r.id())});
    e.add(new String[] {"period", quoted(r.period().toString())});
    e.add(new String[] {"measure", quoted(r.measure().toString())});
    e.add(new String[] {"quantity", quoted(r.quantity().toPlainString())});
    e.add(new String[] {"supplier", quoted(r.supplier())});
    e.add(new String[] {"status", quoted(DeliveryJsonNames.status(r.status()))});
    if (!r.evidence().isEmpty() || random.nextBoolean()) {
      List<String> items = new ArrayList<>();
      r.evidence().forEach(x -> items.add(quoted(x)));
      e.add(new String[] {"evidence", "[" + ws() + String.join(ws() + "," + ws(), items) + ws() + "]"});
    }
    r.claimKey().ifPresent(k -> e.add(new String[] {"claimKey", quoted(k)}));
    r.location().ifPresent(l -> e.add(new String[] {"location", location(
        l.kind() == Location.Kind.POSTCODE ? "postcode" : "area", l.value())}));
    r.employmentStart().ifPresent(d -> e.add(new String[] {"employmentStart", quoted(d.toString())}));
    if (r.share().compareTo(BigDecimal.ONE) != 0 || random.nextInt(10) == 0) {
      e.add(new String[] {"share", quoted(r.share().toPlainString())});
    }
    return e;
  }

  private String location(String kind, String value) {
    List<String> parts = new ArrayList<>(List.of("\"kind\"" + ws() + ":" + ws() + quoted(kind),
        "\"value\"" + ws() + ":" + ws() + quoted(value)));
    if (random.nextInt(4) == 0) {
      Collections.reverse(parts);
    }
    return "{" + ws() + String.join(ws() + "," + ws(), parts) + ws() + "}";
  }

  private String object(List<String[]> entries) {
    StringBuilder b = new StringBuilder("{").append(ws());
    for (int i = 0; i < entries.size(); i++) {
      if (i > 0) {
        b.append(ws()).append(',').append(ws());
      }
      b.append('"').append(entries.get(i)[0]).append('"').append(ws()).append(':').append(ws())
          .append(entries.get(i)[1]);
    }
    return b.append(ws()).append('}').toString();
  }

  /** A record with one to three mutations. */
  private String mutate(List<String[]> e) {
    int times = 1 + random.nextInt(3);
    for (int t = 0; t < times; t++) {
      int k = random.nextInt(e.size());
      String[] pick = e.get(k);
      switch (random.nextInt(27)) {
        case 0 -> e.set(k, new String[] {pick[0], escapeOne(pick[1])});
        case 1 -> put(e, 0, new String[] {"id", quoted("r\u00e9" + random.nextInt(9))});
        case 2 -> put(e, 0, new String[] {"id", quoted("r" + NOT_UTF8)});
        case 3 -> put(e, 4, new String[] {"supplier", quoted("S\u20ac" + random.nextInt(3))});
        case 4 -> Collections.shuffle(e, random);
        case 5 -> e.add(random.nextInt(e.size() + 1), pick.clone());
        case 6 -> e.add(random.nextInt(e.size() + 1), new String[] {"colour", "1"});
        case 7 -> e.add(random.nextInt(e.size() + 1), new String[] {"x",
            "{\"a\":[1,{\"b\":null}],\"c\":\"\\u0041\",\"d\":{\"e\":{\"f\":[]}}}"});
        case 8 -> put(e, 3, new String[] {"quantity", "12.5"});
        case 9 -> e.set(k, new String[] {pick[0], "null"});
        case 10 -> e.set(k, new String[] {pick[0], random.nextBoolean() ? "true" : "false"});
        case 11 -> put(e, 0, new String[] {"id", quoted("a".repeat(random.nextBoolean() ? 5_000 : 17_000))});
        case 12 -> put(e, 3, new String[] {"quantity", quoted(random.nextBoolean() ? "1".repeat(41)
            : "1".repeat(30) + "." + "5".repeat(9))});
        case 13 -> put(e, 3, new String[] {"quantity", quoted(new String[] {"1e5", "01", "-", "+1", ".5", "1.", " 1",
            "1,5", "-0", "-0.00", "00.5", "0.0"}[random.nextInt(12)])});
        case 14 -> put(e, 1, new String[] {"period", quoted(new String[] {"2024/25-Q5", "2024-Q1", "2024/26-Q1",
            "2024/25-q1", "1899/00-Q1"}[random.nextInt(5)])});
        case 15 -> put(e, 2, new String[] {"measure", quoted(new String[] {"nt1", "", "N T1", "XX9", "NT01"}[
            random.nextInt(5)])});
        case 16 -> put(e, 5, new String[] {"status", quoted(random.nextBoolean() ? "Verified" : "unknown")});
        case 17 -> {
          put(e, 5, new String[] {"status", quoted("evidenced")});
          e.removeIf(p -> p[0].equals("evidence"));
        }
        case 18 -> e.add(new String[] {"share", quoted(new String[] {"0", "1.5", "-1", "1.0", "0.1"}[
            random.nextInt(5)])});
        case 19 -> e.add(new String[] {"location", new String[] {"{\"kind\":\"city\",\"value\":\"X\"}",
            "{\"kind\":\"postcode\",\"value\":\"pr1 1xj\"}", "{\"kind\":\"area\"}",
            "{\"kind\":\"area\",\"kind\":\"area\",\"value\":\"E07000121\"}",
            "{\"kind\":\"area\",\"value\":\"E07000121\",\"x\":1}", "\"PR11XJ\"",
            "{\"value\":\"PR11XJ\",\"kind\":\"postcode\"}", "{}"}[random.nextInt(8)]});
        case 20 -> e.add(new String[] {"employmentStart", quoted(new String[] {"2024-02-30", "2024-2-1",
            "2024-02-29", "20240201"}[random.nextInt(4)])});
        case 21 -> e.add(new String[] {"claimKey", quoted(random.nextBoolean() ? "  " : "")});
        case 22 -> put(e, 0, new String[] {"id", quoted("r" + (random.nextBoolean() ? '\t' : '\u007f') + "x")});
        case 23 -> {
          return new String[] {"5", "\"x\"", "[]", "null", "{}", "[{\"id\":\"r1\"}]"}[random.nextInt(6)];
        }
        case 24 -> {
          return object(e).replaceFirst("}$", ",}");
        }
        case 25 -> {
          return object(e).replaceFirst(":", random.nextBoolean() ? "/*x*/:" : ": //\n");
        }
        default -> e.remove(k);
      }
    }
    String text = object(e);
    if (random.nextInt(10) == 0) {
      text = text.replaceFirst("\"evidence\":\\[\"", "\"evidence\":[\"\",\"");
    }
    if (random.nextInt(12) == 0) {
      text = text.replaceFirst(",", random.nextBoolean() ? "\f," : "\u000b,"); // not JSON whitespace
    }
    return text;
  }

  /** Sets entry {@code i}, or adds it when the record has fewer. */
  private static void put(List<String[]> e, int i, String[] entry) {
    if (i < e.size()) {
      e.set(i, entry);
    } else {
      e.add(entry);
    }
  }

  private String header() {
    String format = "\"format\"" + ws() + ":" + ws() + "\"socialvalue/delivery-report\"";
    String version = "\"formatVersion\"" + ws() + ":" + ws() + "1";
    String records = "\"records\"" + ws() + ":" + ws() + "[";
    if (random.nextInt(4) != 0) {
      return "{" + format + "," + version + "," + records;
    }
    return switch (random.nextInt(9)) {
      case 0 -> "{" + ws() + version + ws() + "," + ws() + format + ws() + "," + ws() + records;
      case 1 -> "{" + format + ",\"note\":\"x\"," + version + "," + records;
      case 2 -> "{" + format + "," + records;
      case 3 -> "{\"format\":\"socialvalue/contract\"," + version + "," + records;
      case 4 -> "{" + format + ",\"formatVersion\":2," + records;
      case 5 -> "\uFEFF{" + format + "," + version + "," + records;
      case 6 -> "{" + format + "," + version + ",\"rec\\u006frds\":[";
      case 7 -> "{" + records;
      default -> " \n{" + format + "," + version + ",\"note\":{\"a\":1}," + records;
    };
  }

  private String tail() {
    if (random.nextInt(4) != 0) {
      return "]" + ws() + "}" + ws();
    }
    return switch (random.nextInt(7)) {
      case 0 -> "],\"note\":1}";
      case 1 -> "]} x";
      case 2 -> "]}{}";
      case 3 -> "]";
      case 4 -> "],\"records\":[]}";
      case 5 -> "],}";
      default -> "]}\n\n";
    };
  }

  private String ws() {
    return WS[random.nextInt(WS.length)];
  }

  /** Writes one character of a string value as a {@code \}{@code u} escape (or {@code \/} for a slash). */
  private String escapeOne(String value) {
    if (value.length() < 3 || value.charAt(0) != '"') {
      return value;
    }
    int at = 1 + random.nextInt(value.length() - 2);
    char c = value.charAt(at);
    String escape = c == '/' ? "\\/" : String.format("\\u%04x", (int) c);
    return value.substring(0, at) + escape + value.substring(at + 1);
  }

  private static String quoted(String text) {
    return "\"" + text + "\"";
  }

  private static byte[] bytes(String text) {
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream out = new ByteArrayOutputStream(utf8.length);
    for (int i = 0; i < utf8.length; i++) {
      if (i + 2 < utf8.length && utf8[i] == NOT_UTF8_BYTES[0] && utf8[i + 1] == NOT_UTF8_BYTES[1]
          && utf8[i + 2] == NOT_UTF8_BYTES[2]) {
        out.write(0xC1); // an overlong 'i'
        out.write(0xA9);
        i += 2;
      } else {
        out.write(utf8[i]);
      }
    }
    return out.toByteArray();
  }

  /** The wire names of statuses, from the JSON form itself. */
  private static final class DeliveryJsonNames {
    static String status(RecordStatus status) {
      return uk.gov.lancashire.socialvalue.json.delivery.DeliveryJson.STATUS.name(status);
    }
  }
}
