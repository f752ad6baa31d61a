package uk.gov.lancashire.socialvalue.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.json.JsonMapper;
import uk.gov.lancashire.socialvalue.delivery.DeliveryRecord;
import uk.gov.lancashire.socialvalue.json.engine.StreamingFactory;

/**
 * Bytes that are not well-formed in their encoding are refused with a problem on every route, never read as
 * U+FFFD or an unpaired surrogate (a value silently changed): UTF-16 and UTF-32 (an unpaired surrogate, a byte
 * cut off at the end, a code point beyond U+10FFFF), UTF-8 through the fallback factory ({@link
 * StreamingFactory#safe}), and UTF-8 given to the mapper as an array, a stream or a {@code DataInput}, by the
 * SDK's mapper and by a mapper rebuilt from it.
 */
class StrictDecodingTest {

  private static final String GOLDEN = TestFiles.text("sample-delivery-report.json");
  private static final SocialValueJson STRICT = SocialValueJson.standard();
  private static final SocialValueJson SAFE = StreamedReaderAgainstSafeFactoryTest.withSafeFactory(STRICT);

  /** @return the golden report in {@code charset} with {@code "r2"}'s value written as {@code r}, the raw bytes, {@code 2} */
  private static byte[] withRawBytesInAValue(Charset charset, int... raw) {
    int at = GOLDEN.indexOf("\"r2\"") + 2;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(GOLDEN.substring(0, at).getBytes(charset));
    for (int b : raw) {
      out.write(b);
    }
    out.writeBytes(GOLDEN.substring(at).getBytes(charset));
    return out.toByteArray();
  }

  private static String whole(SocialValueJson json, byte[] document) {
    try {
      List<DeliveryRecord> records = json.read(Documents.DELIVERY_REPORT, new ByteArrayInputStream(document));
      return "accepted " + records.stream().map(DeliveryRecord::id).toList();
    } catch (JsonProblemsException e) {
      return "refused: " + e.problems();
    } catch (RuntimeException e) {
      return "OTHER " + e;
    }
  }

  @Test
  void anUnpairedSurrogateInUtf16IsRefusedWithItsPlaceNotReadAsAReplacementCharacter() {
    for (Charset charset : List.of(StandardCharsets.UTF_16BE, StandardCharsets.UTF_16LE)) {
      boolean big = charset.equals(StandardCharsets.UTF_16BE);
      byte[] lone = big ? withRawBytesInAValue(charset, 0xD8, 0x00) : withRawBytesInAValue(charset, 0x00, 0xD8);
      for (byte[] document : List.of(lone, withBom(charset, lone))) {
        assertThat(StreamedReaderAgainstSafeFactoryTest.streamed(STRICT, document)).as(charset + " streamed")
            .startsWith("refused").contains("invalid " + charset.name() + ": an unpaired surrogate")
            .containsPattern("\\(at line \\d+, column \\d+\\)");
        assertThat(StreamedReaderAgainstSafeFactoryTest.streamed(SAFE, document)).as(charset + " safe")
            .startsWith("refused").contains("invalid " + charset.name());
        assertThat(whole(STRICT, document)).as(charset + " whole").startsWith("refused")
            .contains("invalid " + charset.name());
      }
    }
  }

  @Test
  void aByteCutOffAtTheEndOfUtf16IsRefused() {
    byte[] odd = new ByteArrayOutputStream() {
      {
        writeBytes(GOLDEN.getBytes(StandardCharsets.UTF_16LE));
        write(0x20);
      }
    }.toByteArray();
    assertThat(StreamedReaderAgainstSafeFactoryTest.streamed(STRICT, odd)).startsWith("refused")
        .contains("invalid UTF-16LE").doesNotContain("\uFFFD");
    assertThat(whole(STRICT, odd)).startsWith("refused").contains("invalid UTF-16LE").doesNotContain("\uFFFD");
  }

  @Test
  void aSurrogateOrACodePointBeyondTheLastInUtf32IsRefused() {
    Charset utf32 = Charset.forName("UTF-32BE");
    for (byte[] document : List.of(withRawBytesInAValue(utf32, 0, 0, 0xD8, 0), withRawBytesInAValue(utf32, 0, 0x11, 0, 0))) {
      assertThat(StreamedReaderAgainstSafeFactoryTest.streamed(STRICT, document)).startsWith("refused")
          .contains("UTF-32");
      assertThat(whole(STRICT, document)).startsWith("refused").contains("UTF-32");
    }
    assertThat(StreamedReaderAgainstSafeFactoryTest.streamed(STRICT, GOLDEN.getBytes(utf32))).isEqualTo("accepted [r1, r2]");
  }

  /** review5 found the fallback factory reading {@code "r\xFF2"} as {@code "r\uFFFD2"}: now refused as the fast path refuses it. */
  @Test
  void theFallbackFactoryRefusesBytesThatAreNotUtf8() {
    for (int[] bad : List.of(new int[] {0xFF}, new int[] {0xC1, 0xA9}, new int[] {0xED, 0xA0, 0x80}, new int[] {0xC3})) {
      byte[] document = withRawBytesInAValue(StandardCharsets.UTF_8, bad);
      assertThat(StreamedReaderAgainstSafeFactoryTest.streamed(SAFE, document)).startsWith("refused")
          .contains("invalid UTF-8").doesNotContain("\uFFFD");
      assertThat(StreamedReaderAgainstSafeFactoryTest.streamed(STRICT, document)).startsWith("refused")
          .contains("invalid UTF-8");
    }
    assertThat(StreamedReaderAgainstSafeFactoryTest.streamed(SAFE, GOLDEN.getBytes(StandardCharsets.UTF_8)))
        .isEqualTo("accepted [r1, r2]");
  }

  /** The overlong {@code C1 A9} for {@code i}: {@code "\xC1\xA9d"} must never be read as the name {@code "id"}. */
  private static final byte[] OVERLONG_ID = {'{', '"', (byte) 0xC1, (byte) 0xA9, 'd', '"', ':', '1', '}'};

  private static String read(JsonMapper mapper, String route) {
    try {
      Object value = switch (route) {
        case "bytes" -> mapper.readValue(OVERLONG_ID, Map.class);
        case "stream" -> mapper.readValue(new ByteArrayInputStream(OVERLONG_ID), Map.class);
        default -> mapper.readValue((java.io.DataInput) new DataInputStream(new ByteArrayInputStream(OVERLONG_ID)),
            Map.class);
      };
      return "accepted " + value;
    } catch (RuntimeException e) {
      return "refused " + e.getMessage();
    }
  }

  @Test
  void theMapperAndAMapperRebuiltFromItCheckBytesOnEveryRoute() {
    JsonMapper mapper = STRICT.mapper();
    List<JsonMapper> mappers = List.of(mapper, mapper.rebuild().build(),
        mapper.rebuild().enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION).build(),
        JsonMapper.builder(mapper.tokenStreamFactory().rebuild().build()).build(),
        JsonMapper.builder(mapper.tokenStreamFactory().copy()).build());
    for (int i = 0; i < mappers.size(); i++) {
      assertThat(mappers.get(i).tokenStreamFactory()).as("mapper " + i).isInstanceOf(StreamingFactory.class);
      for (String route : List.of("bytes", "stream", "data input")) {
        assertThat(read(mappers.get(i), route)).as("mapper " + i + ", " + route).startsWith("refused")
            .contains("invalid UTF-8");
      }
    }
    assertThat(mapper.readValue("{\"id\":1}".getBytes(StandardCharsets.UTF_8), Map.class)).isEqualTo(Map.of("id", 1));
  }

  private static byte[] withBom(Charset charset, byte[] document) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes("\uFEFF".getBytes(charset));
    out.writeBytes(document);
    return out.toByteArray();
  }
}
