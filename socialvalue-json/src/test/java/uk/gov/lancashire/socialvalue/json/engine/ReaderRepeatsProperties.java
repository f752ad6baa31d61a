package uk.gov.lancashire.socialvalue.json.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;

/**
 * Review of the reader-side refusal of repeated names (session 5), engine by engine: a map ({@link MapOf}),
 * a declared shape ({@link Shape}: declared and unknown names) and a skipped value ({@link In#skip()}) read
 * through the streamed readers' factory refuse a name repeated in one object exactly when Jackson's safe
 * factory (its own duplicate detection) refuses it, and read the same value otherwise, for names written
 * plainly or through {@code \}{@code u} escapes, non-ASCII names, names that differ only in a trailing NUL,
 * and names longer than a parser's name table holds.
 */
class ReaderRepeatsProperties {

  private static final JsonFactory FAST = StreamingFactory.create(StreamReadConstraints.defaults());
  private static final JsonFactory SAFE = StreamingFactory.safe(StreamReadConstraints.defaults());

  private static final MapOf<String, Integer> MAP = MapOf.of(Scalars.KEY_TEXT, Scalars.INTEGER);

  /** A shape of two declared properties, {@code a} (an integer) and {@code m} (a map). */
  private static final Shape<List<Object>, Shape.Args> SHAPE = Shape.<List<Object>>args(
      a -> java.util.Arrays.asList(a.get("a"), a.get("m")))
      .optional("a", Scalars.INTEGER, x -> java.util.Optional.empty())
      .optional("m", MAP, x -> java.util.Optional.empty());

  /** @return what the codec read, or the refusal's message start, or its problems */
  private static String read(JsonFactory factory, Codec<?> codec, String json, boolean rejectUnknown) {
    try (JsonParser p = factory.createParser(ObjectReadContext.empty(),
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)))) {
      In in = new In(p, false, rejectUnknown, 40);
      in.next();
      Object value = codec.read(in);
      return in.count() > 0 ? "problems " + in.problems() : "read " + value;
    } catch (JacksonException e) {
      return "refused " + e.getOriginalMessage();
    }
  }

  private static final List<String> NAMES = List.of("a", "m", "b", "é", "中", "\uD83D\uDE00", "a\u0000", "\u0000",
      "x".repeat(StreamingFactory.MAX_NAME_CHARS + 1), "y".repeat(40), "abcd", "abcd\u0000");

  @Provide
  Arbitrary<List<Tuple.Tuple2<Integer, Boolean>>> properties() {
    return Arbitraries.integers().between(0, NAMES.size() - 1).flatMap(i -> Arbitraries.of(true, false)
        .map(escaped -> Tuple.of(i, escaped))).list().ofMaxSize(8);
  }

  /** Each name in JSON, plainly or with every character escaped. */
  private static String name(Tuple.Tuple2<Integer, Boolean> p) {
    String name = NAMES.get(p.get1());
    StringBuilder s = new StringBuilder("\"");
    name.chars().forEach(c -> s.append(p.get2() || c < 0x20 ? String.format("\\u%04x", c) : String.valueOf((char) c)));
    return s.append('"').toString();
  }

  private static boolean repeats(List<Tuple.Tuple2<Integer, Boolean>> props) {
    Set<Integer> seen = new LinkedHashSet<>();
    return !props.stream().allMatch(p -> seen.add(p.get1()));
  }

  @Property(tries = 400)
  void aMapRefusesARepeatedKeyAsTheSafeFactoryDoes(@ForAll("properties") List<Tuple.Tuple2<Integer, Boolean>> props) {
    StringBuilder json = new StringBuilder("{");
    for (int i = 0; i < props.size(); i++) {
      json.append(i == 0 ? "" : ",").append(name(props.get(i))).append(':').append(i);
    }
    String doc = json.append('}').toString();
    String fast = read(FAST, MAP, doc, true);
    assertThat(fast).isEqualTo(read(SAFE, MAP, doc, true));
    assertThat(fast.startsWith("refused Duplicate Object property")).isEqualTo(repeats(props));
  }

  @Property(tries = 400)
  void aShapeAndTheValuesItSkipsRefuseARepeatedNameAsTheSafeFactoryDoes(
      @ForAll("properties") List<Tuple.Tuple2<Integer, Boolean>> outer,
      @ForAll("properties") List<Tuple.Tuple2<Integer, Boolean>> inner, @ForAll boolean lenient) {
    // the inner object is the value of an unknown name (skipped), of an array of objects in it, or of m (a map)
    StringBuilder object = new StringBuilder("{");
    for (int i = 0; i < inner.size(); i++) {
      object.append(i == 0 ? "" : ",").append(name(inner.get(i))).append(':').append(i);
    }
    object.append('}');
    StringBuilder json = new StringBuilder("{");
    for (int i = 0; i < outer.size(); i++) {
      String n = name(outer.get(i));
      String value = n.equals("\"m\"") ? object.toString() : NAMES.get(outer.get(i).get1()).equals("a") ? "1"
          : "[1,{\"k\":[" + object + "]}," + object + "]";
      json.append(i == 0 ? "" : ",").append(n).append(':').append(value);
    }
    String doc = json.append('}').toString();
    String fast = read(FAST, SHAPE, doc, !lenient);
    assertThat(fast).as(doc).isEqualTo(read(SAFE, SHAPE, doc, !lenient));
    boolean innerRead = outer.stream().anyMatch(p -> !NAMES.get(p.get1()).equals("a"));
    assertThat(fast.startsWith("refused Duplicate Object property")).as(doc)
        .isEqualTo(repeats(outer) || innerRead && repeats(inner));
  }

  @Property(tries = 100)
  void aParserHoldsNoMoreNamesThanItsBound(@ForAll("properties") List<Tuple.Tuple2<Integer, Boolean>> tail) {
    // thousands of distinct names fill the table first; the names after them are still read and checked
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < 3 * StreamingFactory.MAX_NAMES; i++) {
      parts.add("\"n" + i + "-" + "z".repeat(i % 50) + "\":[{\"n" + i + "\":1}]");
    }
    for (Tuple.Tuple2<Integer, Boolean> p : tail) {
      parts.add(name(p) + ":1");
    }
    String doc = "{\"zz\":{" + String.join(",", parts) + "}}";
    String fast = read(FAST, SHAPE, doc, false);
    assertThat(fast).isEqualTo(read(SAFE, SHAPE, doc, false));
    assertThat(fast.startsWith("refused Duplicate Object property")).isEqualTo(repeats(tail));
  }
}
