package uk.gov.lancashire.socialvalue.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Field;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.core.StreamReadConstraints;
import uk.gov.lancashire.socialvalue.basics.Problem;
import uk.gov.lancashire.socialvalue.delivery.DeliveryRecord;
import uk.gov.lancashire.socialvalue.json.engine.StreamingFactory;

/**
 * Review of the streamed reader's factory (session 5): the byte parser with its bounded name table and the
 * reader-side refusal of repeated names must give, on hostile input, exactly the outcome of the factory it
 * replaced ({@link StreamingFactory#safe}: Jackson's character parser with its own duplicate detection), and
 * never an exception other than {@link JsonProblemsException}. The former factory is put back into a reader of
 * its own by reflection, so the comparison is made in one run whatever {@link StreamingFactory#fastPathWorks()}
 * says; each case is also read whole, which must refuse it too whenever the streamed reader does.
 */
class StreamedReaderAgainstSafeFactoryTest {

  private static final String GOLDEN = TestFiles.text("sample-delivery-report.json");

  private static final SocialValueJson STRICT = SocialValueJson.standard();
  private static final SocialValueJson LENIENT = SocialValueJson.standard().withUnknownPropertiesRejected(false);

  /** @return a reader like {@code json} whose streamed reads go through the safe factory, as before session 5 */
  static SocialValueJson withSafeFactory(SocialValueJson json) {
    try {
      SocialValueJson copy = json.withPrettyOutput(false);
      Field limits = SocialValueJson.class.getDeclaredField("limits");
      limits.setAccessible(true);
      StreamReadConstraints l = (StreamReadConstraints) limits.get(copy);
      Field factory = SocialValueJson.class.getDeclaredField("streamingFactory");
      factory.setAccessible(true);
      factory.set(copy, StreamingFactory.safe(l.rebuild().maxDocumentLength(-1).build()));
      return copy;
    } catch (ReflectiveOperationException e) {
      throw new AssertionError("SocialValueJson's fields changed: adapt this test", e);
    }
  }

  private static final SocialValueJson STRICT_SAFE = withSafeFactory(STRICT);
  private static final SocialValueJson LENIENT_SAFE = withSafeFactory(LENIENT);

  /** @return the ids delivered, then the problems, or the class of any other exception */
  static String streamed(SocialValueJson json, byte[] document) {
    List<String> ids = new ArrayList<>();
    try {
      json.readDeliveryRecords(new ByteArrayInputStream(document), r -> ids.add(r.id()));
      return "accepted " + ids;
    } catch (JsonProblemsException e) {
      return "refused, delivered " + ids + ": " + e.problems().stream().map(Problem::toString).toList();
    } catch (RuntimeException | Error e) {
      return "OTHER " + e;
    }
  }

  private static String whole(SocialValueJson json, byte[] document) {
    try {
      List<DeliveryRecord> records = json.read(Documents.DELIVERY_REPORT, new ByteArrayInputStream(document));
      return "accepted " + records.stream().map(DeliveryRecord::id).toList();
    } catch (JsonProblemsException e) {
      return "refused";
    } catch (RuntimeException | Error e) {
      return "OTHER " + e;
    }
  }

  /**
   * Streamed by both factories, strict and lenient: the same outcome, problems and paths (a line/column may
   * differ: the byte parser counts bytes, and a repeat found by the reader is placed after its colon), never
   * another exception; and the whole-document reader of bytes refuses what the stream refuses.
   */
  private static void same(String label, byte[] document) {
    String strict = streamed(STRICT, document);
    String lenient = streamed(LENIENT, document);
    assertThat(columnless(strict)).as(label + " (strict)").isEqualTo(columnless(streamed(STRICT_SAFE, document)));
    assertThat(columnless(lenient)).as(label + " (lenient)").isEqualTo(columnless(streamed(LENIENT_SAFE, document)));
    agreesWithWholeRead(label, document);
  }

  /** The streamed reader and the whole-document reader of the same bytes accept and refuse alike, never with another exception. */
  private static void agreesWithWholeRead(String label, byte[] document) {
    String strict = streamed(STRICT, document);
    String lenient = streamed(LENIENT, document);
    String read = whole(STRICT, document);
    assertThat(strict).as(label + " (strict)").doesNotStartWith("OTHER");
    assertThat(lenient).as(label + " (lenient)").doesNotStartWith("OTHER");
    assertThat(read).as(label + " (whole)").doesNotStartWith("OTHER");
    assertThat(read).as(label + " (whole read against the stream: " + cut(strict) + ")")
        .isEqualTo(strict.startsWith("refused") ? "refused" : strict);
  }

  private static String columnless(String outcome) {
    return outcome.replaceAll("\\(at line (\\d+), column \\d+\\)", "(at line $1)");
  }

  private static String cut(String s) {
    StringBuilder out = new StringBuilder();
    s.codePoints().limit(300).forEach(c -> out.append(c < 0x20 || c > 0x7e ? String.format("<%x>", c) : String.valueOf((char) c)));
    return out.toString();
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** @return {@code text} with {@code marker} (which must occur once) replaced by the bytes given */
  private static byte[] splice(String text, String marker, byte... bytes) {
    int at = text.indexOf(marker);
    assertThat(at).as(marker).isNotNegative();
    assertThat(text.indexOf(marker, at + 1)).as(marker + " once").isNegative();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(utf8(text.substring(0, at)));
    out.writeBytes(bytes);
    out.writeBytes(utf8(text.substring(at + marker.length())));
    return out.toByteArray();
  }

  private static byte[] b(int... values) {
    byte[] bytes = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      bytes[i] = (byte) values[i];
    }
    return bytes;
  }

  @Test
  void everyEncodingAndByteOrderMarkIsReadAsTheSafeFactoryReadsIt() {
    for (Charset charset : List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16BE, StandardCharsets.UTF_16LE,
        Charset.forName("UTF-32BE"), Charset.forName("UTF-32LE"))) {
      same(charset + " no BOM", GOLDEN.getBytes(charset));
      same(charset + " BOM", ("\uFEFF" + GOLDEN).getBytes(charset));
      same(charset + " two BOMs", ("\uFEFF\uFEFF" + GOLDEN).getBytes(charset));
      same(charset + " repeated id", GOLDEN.replace("\"id\": \"r2\",", "\"id\": \"r2\", \"id\": \"r3\",").getBytes(charset));
      same(charset + " repeated escaped id",
          GOLDEN.replace("\"id\": \"r2\",", "\"id\": \"r2\", \"\\u0069d\": \"r3\",").getBytes(charset));
    }
    assertThat(streamed(STRICT, ("\uFEFF" + GOLDEN).getBytes(StandardCharsets.UTF_16LE))).isEqualTo("accepted [r1, r2]");
    assertThat(streamed(STRICT, GOLDEN.getBytes(Charset.forName("UTF-32BE")))).isEqualTo("accepted [r1, r2]");
  }

  /**
   * Bytes that are not UTF-8, in a declared name, as a declared name's first letter, in a value, a nested
   * name, an unknown name, a skipped value, a repeated name and around the document: the streamed reader and
   * the whole-document reader of the same bytes always agree and never throw another exception; truncated
   * sequences, stray continuation bytes, bytes never in UTF-8 and encoded surrogates (lone or CESU-8 pairs) are
   * refused wherever they are read, with a path and a line/column.
   *
   * <p>Overlong forms ({@code C1 A9} for {@code i}), forms beyond U+10FFFF and bytes never in UTF-8 are refused
   * too: review5 found Jackson's byte parser reading them as the character they alias ({@code C1 A9 64} as the
   * declared property {@code id}); both readers of bytes now check the bytes as well-formed UTF-8 first.
   */
  @Test
  void bytesThatAreNotUtf8AreRefusedOrReadAsTheWholeDocumentReaderReadsThem() {
    Map<String, byte[]> refused = new LinkedHashMap<>();
    refused.put("truncated 2", b(0xC3));
    refused.put("truncated 3", b(0xE2, 0x82));
    refused.put("stray continuation", b(0x80));
    refused.put("lone high surrogate", b(0xED, 0xA0, 0x80));
    refused.put("lone low surrogate", b(0xED, 0xB0, 0x80));
    refused.put("surrogate pair CESU", b(0xED, 0xA0, 0xBD, 0xED, 0xB8, 0x80));
    refused.put("FE", b(0xFE));
    refused.put("FF", b(0xFF));
    refused.putAll(OVERLONG);
    Map<String, byte[]> all = new LinkedHashMap<>(refused);
    for (Map.Entry<String, byte[]> s : all.entrySet()) {
      for (Map.Entry<String, byte[]> e : placed(s.getValue()).entrySet()) {
        String label = s.getKey() + " " + e.getKey();
        agreesWithWholeRead(label, e.getValue());
        if (refused.containsKey(s.getKey()) && !e.getKey().equals("in a skipped value")) {
          // a skipped value's strings are not decoded by either factory (only its structure is read)
          assertThat(streamed(LENIENT, e.getValue())).as(label).startsWith("refused")
              .containsPattern("\\(at line \\d+, column \\d+\\)");
        }
      }
    }
  }

  private static final Map<String, byte[]> OVERLONG = new LinkedHashMap<>();

  static {
    OVERLONG.put("overlong i", b(0xC1, 0xA9));
    OVERLONG.put("overlong slash", b(0xC0, 0xAF));
    OVERLONG.put("overlong NUL", b(0xC0, 0x80));
    OVERLONG.put("overlong 3-byte i", b(0xE0, 0x81, 0xA9));
    OVERLONG.put("overlong 4-byte i", b(0xF0, 0x80, 0x81, 0xA9));
    OVERLONG.put("beyond U+10FFFF", b(0xF4, 0x90, 0x80, 0x80));
    OVERLONG.put("F5", b(0xF5, 0x80, 0x80, 0x80));
  }

  /** The defect review5 found, fixed: an overlong {@code i} no longer makes {@code id}. */
  @Test
  void overlongFormsAreRefused() {
    byte[] aliasOfId = splice(GOLDEN, "\"id\": \"r2\"", concat(utf8("\""), b(0xC1, 0xA9), utf8("d\": \"r2\"")));
    assertThat(streamed(STRICT, aliasOfId)).startsWith("refused").contains("invalid UTF-8");
    assertThat(whole(STRICT, aliasOfId)).isEqualTo("refused");
    assertThat(streamed(STRICT_SAFE, aliasOfId)).startsWith("refused");
  }

  /** @return the bytes placed in each part of the document */
  private static Map<String, byte[]> placed(byte[] seq) {
    Map<String, byte[]> bad = new LinkedHashMap<>();
    bad.put("after a declared name", splice(GOLDEN, "\"id\": \"r2\"", concat(utf8("\"id"), seq, utf8("\": \"r2\""))));
    bad.put("as the i of id", splice(GOLDEN, "\"id\": \"r2\"", concat(utf8("\""), seq, utf8("d\": \"r2\""))));
    bad.put("in a declared value", splice(GOLDEN, "\"r2\"", concat(utf8("\"r"), seq, utf8("2\""))));
    bad.put("in a nested name", splice(GOLDEN, "\"kind\": \"area\"", concat(utf8("\"k"), seq, utf8("ind\": \"area\""))));
    bad.put("in an unknown name", splice(GOLDEN, "\"id\": \"r2\",", concat(utf8("\"id\": \"r2\", \"x"), seq, utf8("\": 1,"))));
    bad.put("in a skipped value", splice(GOLDEN, "\"id\": \"r2\",", concat(utf8("\"id\": \"r2\", \"x\": {\"y\": [\""), seq, utf8("\"]},"))));
    bad.put("repeating id", splice(GOLDEN, "\"id\": \"r2\",", concat(utf8("\"id\": \"r2\", \"i"), seq, utf8("\": \"r3\","))));
    bad.put("at the end of the document", concat(utf8(GOLDEN.strip()), seq));
    bad.put("at the start of the document", concat(seq, utf8(GOLDEN)));
    return bad;
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  /**
   * Every property name of the document, at every level (the root, a record, its location), repeated with one
   * of its letters written as a {@code \}{@code u} escape, before or after the original: refused by the
   * streamed reader as by the safe factory and the whole-document reader.
   */
  @Test
  void aNameRepeatedThroughAnEscapeIsRefusedAtEveryLevel() {
    Matcher name = Pattern.compile("\"(\\w+)\": ").matcher(GOLDEN);
    int repeats = 0;
    while (name.find()) {
      String n = name.group(1);
      for (int c = 0; c < n.length(); c += Math.max(1, n.length() - 1)) {
        String escaped = n.substring(0, c) + String.format("\\u%04x", (int) n.charAt(c)) + n.substring(c + 1);
        for (String document : List.of(
            GOLDEN.substring(0, name.start()) + "\"" + escaped + "\": null, " + GOLDEN.substring(name.start()),
            GOLDEN.substring(0, name.start()) + "\"" + n + "\": null, \"" + escaped + "\": "
                + GOLDEN.substring(name.end()))) {
          assertThat(streamed(STRICT, utf8(document))).as(document).contains("Duplicate Object property");
          same(n + " escaped at " + c, utf8(document));
          repeats++;
        }
      }
    }
    assertThat(repeats).isGreaterThan(40);
  }

  /** An escaped name that repeats nothing is the name itself, on both factories. */
  @Test
  void anEscapedNameAloneIsTheNameItself() {
    String document = GOLDEN.replace("\"id\": \"r2\"", "\"\\u0069\\u0064\": \"r2\"")
        .replace("\"kind\": \"area\"", "\"\\u006bind\": \"area\"").replace("\"records\"", "\"rec\\u006frds\"");
    assertThat(streamed(STRICT, utf8(document))).isEqualTo("accepted [r1, r2]");
    same("escaped names", utf8(document));
  }

  /**
   * Unknown names (a lenient reader skips them) that Jackson's byte parser keeps apart only by their last
   * quad's padding, their length or a non-ASCII byte: never taken for a repeat, and a true repeat among them
   * always refused, before and after the parser's name table is full, for names longer than the table holds.
   */
  @Test
  void namesThatDifferOnlyInPaddingLengthOrOneByteAreNotRepeatsAndTrueRepeatsAreRefused() {
    java.util.Set<String> names0 = new java.util.LinkedHashSet<>();
    for (String stem : List.of("", "a", "ab", "abc", "abcd", "abcdefg", "abcdefgh", "abcdefghijkl", "é", "中", "\uD83D\uDE00")) {
      names0.add(stem);
      names0.add(stem + "\u0000");
      names0.add(stem + "\u0000\u0000");
      names0.add(stem + "\u00ff");
      names0.add(stem + "\uffff");
      names0.add("\u0000" + stem);
    }
    List<String> names = List.copyOf(names0);
    StringBuilder fill = new StringBuilder();
    for (int i = 0; i < 2 * StreamingFactory.MAX_NAMES; i++) { // more names than a parser's table remembers
      fill.append("\"fill-").append(i).append("\": ").append(i).append(", ");
    }
    String longName = "L".repeat(StreamingFactory.MAX_NAME_CHARS + 10);
    for (boolean afterFill : List.of(false, true)) {
      StringBuilder distinct = new StringBuilder(afterFill ? fill : "");
      for (String n : names) {
        distinct.append(quoted(n)).append(": 1, ");
      }
      distinct.append(quoted(longName)).append(": 1, ").append(quoted(longName + "M")).append(": 2, ");
      String fine = GOLDEN.replace("\"id\": \"r2\",", distinct + "\"id\": \"r2\",");
      assertThat(streamed(LENIENT, utf8(fine))).as("distinct names, after fill " + afterFill).isEqualTo("accepted [r1, r2]");
      same("distinct names", utf8(fine));
      for (String n : List.of(names.get(1), names.get(14), names.get(names.size() - 1), longName, "fill-0",
          "fill-" + (2 * StreamingFactory.MAX_NAMES - 1))) {
        if (!afterFill && n.startsWith("fill-")) {
          continue;
        }
        String repeated = fine.replace("\"id\": \"r2\",", quoted(n) + ": 3, \"id\": \"r2\",");
        assertThat(streamed(LENIENT, utf8(repeated))).as("repeat of " + n.length() + " chars").contains("Duplicate Object property");
        same("repeat", utf8(repeated));
      }
    }
  }

  private static String quoted(String name) {
    StringBuilder s = new StringBuilder("\"");
    for (char c : name.toCharArray()) {
      if (c < 0x20) {
        s.append(String.format("\\u%04x", (int) c));
      } else {
        s.append(c);
      }
    }
    return s.append('"').toString();
  }

  /**
   * A repeat found after the byte parser's table of one parser is full, in a later record: the table of a
   * stream is its parser's, so a document of many records each with its own unknown names (a thousand, each
   * 40 characters) still refuses a repeat in its last record and reads the rest as the safe factory does.
   */
  @Test
  void aRepeatInALateRecordIsRefusedAfterManyDistinctNames() {
    StringBuilder records = new StringBuilder();
    for (int r = 0; r < 1000; r++) {
      records.append("{\"id\": \"x").append(r).append("\", \"unknown-").append("n".repeat(30)).append(r)
          .append("\": {\"deep-").append(r).append("\": [1, {\"a\": 1, \"b\": 2}]}, \"period\": \"2024/25-Q1\", ")
          .append("\"measure\": \"NT1\", \"quantity\": \"1\", \"supplier\": \"prime\", \"status\": \"claimed\"}, ");
    }
    String document = "{\"format\": \"socialvalue/delivery-report\", \"formatVersion\": 1, \"records\": [" + records
        + "{\"id\": \"last\", \"x\": {\"deep\": [{\"a\": 1, \"b\": 2, \"\\u0061\": 3}]}, \"period\": \"2024/25-Q1\", "
        + "\"measure\": \"NT1\", \"quantity\": \"1\", \"supplier\": \"prime\", \"status\": \"claimed\"}]}";
    assertThat(streamed(LENIENT, utf8(document))).contains("Duplicate Object property \"a\"");
    same("late repeat", utf8(document));
    same("no repeat", utf8(document.replace("\"\\u0061\": 3", "\"c\": 3")));
    assertThat(streamed(LENIENT, utf8(document.replace("\"\\u0061\": 3", "\"c\": 3")))).startsWith("accepted");
  }
}
