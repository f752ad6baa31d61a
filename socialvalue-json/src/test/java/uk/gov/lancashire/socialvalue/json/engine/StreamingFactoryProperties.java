package uk.gov.lancashire.socialvalue.json.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;

/**
 * The streamed readers' factory reads every document without a repeated name exactly as Jackson's safe
 * factory does (the character parser, names not canonicalized): the same tokens, names and values, whatever
 * the names: short, long, escaped, non-ASCII, repeated in nested objects, more of them than a parser's table
 * remembers. (A repeated name is left to the reader: {@code DeliveryReportStreamingTest}.)
 */
class StreamingFactoryProperties {

  private static final JsonFactory FAST = StreamingFactory.create(StreamReadConstraints.defaults());
  private static final JsonFactory SAFE = StreamingFactory.safe(StreamReadConstraints.defaults());
  private static final JsonFactory WRITER = JsonFactory.builder().build();

  @Property(tries = 300)
  void theByteParserReadsWhatTheSafeFactoryReads(@ForAll("objects") List<List<String>> objects) {
    byte[] document = write(objects);
    assertThat(tokens(FAST, document)).isEqualTo(tokens(SAFE, document));
  }

  @Provide
  Arbitrary<List<List<String>>> objects() {
    Arbitrary<String> piece = Arbitraries.of("a", "b", "Z", "0", "_", "-", " ", "\"", "\\", "\n", "\u0001", "é",
        "€", "中", "\uD83D\uDE00", "longer-part-of-a-name");
    Arbitrary<String> fresh = piece.list().ofMaxSize(12).map(p -> String.join("", p));
    Arbitrary<String> name = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(3, Arbitraries.of("id", "quantity", "measure", "a", "é")),
        net.jqwik.api.Tuple.of(2, fresh),
        net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(0, 100_000).map(i -> "n" + i)));
    return name.list().ofMaxSize(40).list().ofMinSize(1).ofMaxSize(40);
  }

  /** Each list of names as an object (its values the index of the name), nested one inside the next. */
  private static byte[] write(List<List<String>> objects) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = WRITER.createGenerator(ObjectWriteContext.empty(), out)) {
      for (List<String> names : objects) {
        g.writeStartObject();
        for (int i = 0; i < names.size(); i++) {
          if (names.indexOf(names.get(i)) == i) { // the parsers differ on repeats: the reader refuses them
            g.writeNumberProperty(names.get(i), i);
          }
        }
        g.writeName("next");
      }
      g.writeNull();
      for (int i = 0; i < objects.size(); i++) {
        g.writeEndObject();
      }
    }
    return out.toByteArray();
  }

  /** @return every token with its text, then the message's start if the parser refused the document */
  private static List<String> tokens(JsonFactory factory, byte[] document) {
    List<String> tokens = new ArrayList<>();
    try (JsonParser p = factory.createParser(ObjectReadContext.empty(), new ByteArrayInputStream(document))) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        tokens.add(t + " " + p.getText());
      }
    } catch (JacksonException e) {
      String message = e.getOriginalMessage();
      tokens.add("refused: " + message.substring(0, Math.min(40, message.length())));
    }
    return tokens;
  }
}
