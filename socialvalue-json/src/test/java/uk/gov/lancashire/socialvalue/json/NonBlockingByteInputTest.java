package uk.gov.lancashire.socialvalue.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.async.ByteArrayFeeder;
import tools.jackson.core.async.ByteBufferFeeder;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link SocialValueJson#mapper()} says every byte input it reads is checked in its encoding, never read
 * leniently; its non-blocking parsers ({@code createNonBlockingByteArrayParser}, {@code
 * createNonBlockingByteBufferParser}) are byte input too. The overlong form {@code C1 A9} of {@code i} must
 * never be read as {@code "id"} through them (refusing to make such a parser is as good), as the mapper's
 * {@code readTree(byte[])} refuses it; also for a mapper rebuilt from it.
 */
class NonBlockingByteInputTest {

  private static final byte[] OVERLONG_ID = {'{', '"', (byte) 0xC1, (byte) 0xA9, 'd', '"', ':', '1', '}'};

  @Test
  void theMappersNonBlockingParsersNeverReadAnOverlongFormAsTheCharacterItAliases() {
    JsonMapper mapper = SocialValueJson.standard().mapper();
    for (JsonMapper m : List.of(mapper, mapper.rebuild().build())) {
      assertThat(outcome(m::readTree)).startsWith("refused");
      assertThat(tokens(() -> {
        JsonParser p = m.createNonBlockingByteArrayParser();
        ((ByteArrayFeeder) p.nonBlockingInputFeeder()).feedInput(OVERLONG_ID, 0, OVERLONG_ID.length);
        ((ByteArrayFeeder) p.nonBlockingInputFeeder()).endOfInput();
        return p;
      })).doesNotContain("PROPERTY_NAME=id");
      assertThat(tokens(() -> {
        JsonParser p = m.createNonBlockingByteBufferParser();
        ((ByteBufferFeeder) p.nonBlockingInputFeeder()).feedInput(ByteBuffer.wrap(OVERLONG_ID));
        ((ByteBufferFeeder) p.nonBlockingInputFeeder()).endOfInput();
        return p;
      })).doesNotContain("PROPERTY_NAME=id");
    }
  }

  @Test
  void theRefusalSaysWhatToDoInstead() {
    JsonMapper mapper = SocialValueJson.standard().mapper();
    org.assertj.core.api.Assertions.assertThatThrownBy(mapper::createNonBlockingByteArrayParser)
        .isInstanceOf(UnsupportedOperationException.class).hasMessageContaining("InputStream or a byte[]");
    org.assertj.core.api.Assertions.assertThatThrownBy(mapper::createNonBlockingByteBufferParser)
        .isInstanceOf(UnsupportedOperationException.class).hasMessageContaining("InputStream or a byte[]");
  }

  private static String outcome(java.util.function.Function<byte[], Object> read) {
    try {
      return "read " + read.apply(OVERLONG_ID);
    } catch (JacksonException e) {
      return "refused " + e.getOriginalMessage();
    }
  }

  /** @return the tokens read, each name with its text; or why the parser was refused or stopped */
  private static String tokens(Supplier<JsonParser> parser) {
    StringBuilder b = new StringBuilder();
    try (JsonParser p = parser.get()) {
      for (JsonToken t = p.nextToken(); t != null && t != JsonToken.NOT_AVAILABLE; t = p.nextToken()) {
        b.append(t).append(t == JsonToken.PROPERTY_NAME ? "=" + p.currentName() : "").append(' ');
      }
    } catch (JacksonException | UnsupportedOperationException | IllegalStateException e) {
      b.append("refused ").append(e.getClass().getSimpleName());
    }
    return b.toString();
  }
}
