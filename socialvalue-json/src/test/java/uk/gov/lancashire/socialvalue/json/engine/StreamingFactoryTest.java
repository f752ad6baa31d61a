package uk.gov.lancashire.socialvalue.json.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.sym.ByteQuadsCanonicalizer;

/**
 * The streamed readers' factory: Jackson's byte parser with a bounded name table of its own. The first test
 * is the upgrade alarm: it fails when a Jackson upgrade has broken the fast path (the factory then falls
 * back to the safe, slower character parser, and this test says so).
 */
class StreamingFactoryTest {

  private static final JsonFactory FAST = StreamingFactory.create(StreamReadConstraints.defaults());

  private static InputStream bytes(String text, Charset charset) {
    return new ByteArrayInputStream(text.getBytes(charset));
  }

  private static List<String> names(JsonFactory factory, InputStream json) {
    List<String> names = new ArrayList<>();
    try (JsonParser p = factory.createParser(ObjectReadContext.empty(), json)) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t == JsonToken.PROPERTY_NAME) {
          names.add(p.currentName());
        }
      }
    }
    return names;
  }

  private static void tokens(InputStream json) {
    try (JsonParser p = FAST.createParser(ObjectReadContext.empty(), json)) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        p.getText();
      }
    }
  }

  @Test
  void utf8IsReadByJacksonsByteParserWithThisJackson() {
    assertThat(StreamingFactory.fastPathWorks())
        .as("StreamingFactory's fast path no longer works with this Jackson (see its javadoc): the streamed"
            + " readers have fallen back to the slower character parser; adapt StreamingFactory to the upgrade")
        .isTrue();
    try (JsonParser p = FAST.createParser(ObjectReadContext.empty(), bytes("{\"a\":1}", StandardCharsets.UTF_8))) {
      assertThat(StreamingFactory.isBytesParser(p)).isTrue();
    }
    try (JsonParser p = StreamingFactory.safe(StreamReadConstraints.defaults())
        .createParser(ObjectReadContext.empty(), bytes("{\"a\":1}", StandardCharsets.UTF_8))) {
      assertThat(StreamingFactory.isBytesParser(p)).isFalse();
    }
  }

  @Test
  void aParsersTableStopsRememberingAtItsBoundAndStillGivesEveryName() throws Exception {
    ByteQuadsCanonicalizer table = new StreamingFactory.BoundedNames().makeChild(0);
    for (int i = 0; i < 5 * StreamingFactory.MAX_NAMES; i++) {
      String name = "n" + i;
      assertThat(table.addName(name, new int[] {i, i + 1, i + 2, i + 3, i + 4}, 5)).isEqualTo(name);
    }
    assertThat(table.size()).isEqualTo(StreamingFactory.MAX_NAMES);
    assertThat(table.findName(new int[] {0, 1, 2, 3, 4}, 5)).isEqualTo("n0");
    int last = 5 * StreamingFactory.MAX_NAMES - 1;
    assertThat(table.findName(new int[] {last, last + 1, last + 2, last + 3, last + 4}, 5)).isNull();

    ByteQuadsCanonicalizer chars = new StreamingFactory.BoundedNames().makeChild(0);
    String longName = "x".repeat(StreamingFactory.MAX_NAME_CHARS / 2 + 1);
    chars.addName(longName, new int[] {1, 2, 3, 4}, 4);
    chars.addName(longName + "y", new int[] {5, 6, 7, 8}, 4);
    assertThat(chars.size()).isEqualTo(1);
  }

  @Test
  void manyDistinctNamesAreAllReadAsWritten() {
    StringBuilder doc = new StringBuilder("{");
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      String name = "name-" + i + "-ü".repeat(i % 7);
      expected.add(name);
      doc.append(i == 0 ? "" : ",").append('"').append(name).append("\":").append(i);
    }
    doc.append(",\"name-0\":{\"name-0\":1}}");
    expected.add("name-0");
    expected.add("name-0");
    // the last "name-0" is in a nested object; the one before it repeats the first, which the byte parser
    // leaves to the reader (In.checksNames) and Jackson's safe factory refuses
    assertThat(names(FAST, bytes(doc.toString(), StandardCharsets.UTF_8))).isEqualTo(expected);
    assertThatThrownBy(() -> names(StreamingFactory.safe(StreamReadConstraints.defaults()),
        bytes(doc.toString(), StandardCharsets.UTF_8)))
        .isInstanceOf(JacksonException.class).hasMessageContaining("Duplicate Object property \"name-0\"");
  }

  @Test
  void encodingsAndBomAreDetectedAsByJacksonsOwnFactory() {
    String doc = "\uFEFF{\"é\":1,\"b\":[{\"c\":\"d\"}]}";
    for (Charset charset : List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16BE, StandardCharsets.UTF_16LE)) {
      assertThat(names(FAST, bytes(doc, charset))).as(charset.name()).containsExactly("é", "b", "c");
    }
    assertThat(names(FAST, bytes(doc.substring(1), StandardCharsets.UTF_16BE))).containsExactly("é", "b", "c");
  }

  @Test
  void theReaderRefusesRepeatedNamesThatTheByteParserLeavesToIt() {
    try (JsonParser fast = FAST.createParser(ObjectReadContext.empty(), bytes("{}", StandardCharsets.UTF_8));
        JsonParser safe = StreamingFactory.safe(StreamReadConstraints.defaults())
            .createParser(ObjectReadContext.empty(), bytes("{}", StandardCharsets.UTF_8))) {
      assertThat(new In(fast, true, true, 40).checksNames()).isTrue();
      assertThat(new In(safe, true, true, 40).checksNames()).isFalse();
    }
    String repeatInSkippedValue = "{\"a\":[1,{\"b\":{\"c\":1},\"d\":[{\"c\":1,\"e\":2}],\"c\":3,\"b\":4}]}";
    try (JsonParser p = FAST.createParser(ObjectReadContext.empty(), bytes(repeatInSkippedValue, StandardCharsets.UTF_8))) {
      In in = new In(p, true, true, 40);
      in.next();
      in.next();
      in.next();
      assertThatThrownBy(in::skip).isInstanceOf(JacksonException.class)
          .hasMessageContaining("Duplicate Object property \"b\"");
    }
    try (JsonParser p = FAST.createParser(ObjectReadContext.empty(),
        bytes(repeatInSkippedValue.replace(",\"b\":4", ",\"f\":4"), StandardCharsets.UTF_8))) {
      In in = new In(p, true, true, 40);
      in.next();
      in.next();
      in.next();
      in.skip();
      assertThat(in.next()).isEqualTo(JsonToken.END_OBJECT);
    }
  }

  @Test
  void badBytesAreJacksonsOwnExceptions() {
    byte[] badName = {'{', '"', 'a', (byte) 0xC3, '"', ':', '1', '}'};
    assertThatThrownBy(() -> names(FAST, new ByteArrayInputStream(badName))).isInstanceOf(JacksonException.class);
    byte[] badValue = {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, '(', '"', '}'};
    assertThatThrownBy(() -> tokens(new ByteArrayInputStream(badValue))).isInstanceOf(JacksonException.class)
        .hasMessageContaining("nvalid UTF-8");

  }
}
