package uk.gov.lancashire.socialvalue.json.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;

/**
 * The streamed readers' byte parser accepts exactly the well-formed UTF-8 that the JDK's strict decoder
 * accepts, and reads it as that decoder does, wherever the reads of the input stream cut it: an overlong
 * form, an encoded surrogate, a code point beyond U+10FFFF, a stray or missing continuation byte is refused,
 * never read as another character (Jackson alone reads the overlong {@code C1 A9} as {@code i}).
 */
class StrictUtf8Properties {

  private static final JsonFactory FAST = StreamingFactory.create(StreamReadConstraints.defaults());

  @Property(tries = 1000)
  void aValueIsReadAsTheStrictDecoderReadsItOrRefused(@ForAll("bytes") List<Integer> bytes,
      @ForAll boolean inName, @ForAll boolean oneByteAtATime) {
    byte[] text = new byte[bytes.size()];
    for (int i = 0; i < text.length; i++) {
      text[i] = (byte) bytes.get(i).intValue();
    }
    String strict;
    try {
      strict = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(text)).toString();
    } catch (CharacterCodingException e) {
      strict = null;
    }
    ByteArrayOutputStream doc = new ByteArrayOutputStream();
    doc.writeBytes(inName ? "{\"".getBytes(StandardCharsets.US_ASCII) : "{\"a\":\"".getBytes(StandardCharsets.US_ASCII));
    doc.writeBytes(text);
    doc.writeBytes(inName ? "\":1}".getBytes(StandardCharsets.US_ASCII) : "\"}".getBytes(StandardCharsets.US_ASCII));
    InputStream in = new ByteArrayInputStream(doc.toByteArray());
    if (oneByteAtATime) {
      InputStream all = in;
      in = new InputStream() {
        @Override
        public int read() throws java.io.IOException {
          return all.read();
        }

        @Override
        public int read(byte[] b, int off, int len) throws java.io.IOException {
          return all.read(b, off, Math.min(len, 1));
        }
      };
    }
    String read;
    try (JsonParser p = FAST.createParser(ObjectReadContext.empty(), in)) {
      p.nextToken();
      p.nextToken();
      if (!inName) {
        p.nextToken();
      }
      read = p.getString();
      while (p.nextToken() != null) {
        // to the end
      }
    } catch (JacksonException e) {
      read = null;
    }
    assertThat(read).isEqualTo(strict);
  }

  @Provide
  Arbitrary<List<Integer>> bytes() {
    return Arbitraries.of((int) 'a', (int) 'Z', (int) '0', (int) ' ', 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xA9, 0xAC, 0xBF, 0xC0, 0xC1, 0xC2,
        0xC3, 0xDF, 0xE0, 0xE2, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF4, 0xF5, 0xFF).list().ofMaxSize(12);
  }

  @Example
  void anOverlongNameIsNotTheNameItAliases() {
    byte[] doc = {'{', '"', (byte) 0xC1, (byte) 0xA9, 'd', '"', ':', '1', '}'};
    try (JsonParser p = FAST.createParser(ObjectReadContext.empty(), new ByteArrayInputStream(doc))) {
      assertThat(p.nextToken()).isEqualTo(JsonToken.START_OBJECT);
      p.nextToken();
      throw new AssertionError("read the name " + p.currentName());
    } catch (JacksonException e) {
      assertThat(e.getMessage()).contains("invalid UTF-8").contains("0xC1");
    }
  }

  /**
   * UTF-16 in either byte order, read by each factory of the SDK (the streamed readers', the fallback's and
   * the whole documents'): a value is read as the JDK's strict decoder reads it, or refused; an unpaired
   * surrogate is never read as U+FFFD (Jackson alone decodes UTF-16 with the JDK's lenient decoder).
   */
  @Property(tries = 600)
  void aUtf16ValueIsReadAsTheStrictDecoderReadsItOrRefusedByEveryFactory(@ForAll("units") List<Integer> units,
      @ForAll boolean little, @ForAll boolean inName, @ForAll("factories") JsonFactory factory) {
    java.nio.charset.Charset charset = little ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
    byte[] text = new byte[units.size() * 2];
    for (int i = 0; i < units.size(); i++) {
      int u = units.get(i);
      text[2 * i + (little ? 1 : 0)] = (byte) (u >> 8);
      text[2 * i + (little ? 0 : 1)] = (byte) u;
    }
    String strict;
    try {
      strict = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(text)).toString();
    } catch (CharacterCodingException e) {
      strict = null;
    }
    ByteArrayOutputStream doc = new ByteArrayOutputStream();
    doc.writeBytes((inName ? "{\"" : "{\"a\":\"").getBytes(charset));
    doc.writeBytes(text);
    doc.writeBytes((inName ? "\":1}" : "\"}").getBytes(charset));
    String read;
    try (JsonParser p = factory.createParser(ObjectReadContext.empty(), new ByteArrayInputStream(doc.toByteArray()))) {
      p.nextToken();
      p.nextToken();
      if (!inName) {
        p.nextToken();
      }
      read = p.getString();
      while (p.nextToken() != null) {
        // to the end
      }
    } catch (JacksonException e) {
      read = null;
    }
    assertThat(read).isEqualTo(strict);
  }

  @Provide
  Arbitrary<List<Integer>> units() {
    return Arbitraries.of(0x0041, 0x0030, 0x0020, 0x00E9, 0x20AC, 0xFFFD, 0xFEFF, 0xD800, 0xDBFF, 0xDC00, 0xDFFF,
        0xD83D, 0xDE00).list().ofMaxSize(8);
  }

  @Provide
  Arbitrary<JsonFactory> factories() {
    return Arbitraries.of(FAST, StreamingFactory.safe(StreamReadConstraints.defaults()),
        StreamingFactory.forDocuments(StreamReadConstraints.defaults()));
  }

  /** {@code read()} of one byte used to allocate a one-byte array per call. */
  @Example
  void readingOneByteAtATimeAllocatesNothingPerByte() throws java.io.IOException {
    byte[] ascii = new byte[200_000];
    java.util.Arrays.fill(ascii, (byte) 'a');
    StrictUtf8 in = new StrictUtf8(new ByteArrayInputStream(ascii));
    in.arm();
    long before = allocatedByThisThread();
    long sum = 0;
    for (int i = 0; i < ascii.length; i++) {
      sum += in.read();
    }
    long allocated = allocatedByThisThread() - before;
    assertThat(sum).isEqualTo(97L * ascii.length);
    assertThat(in.read()).isEqualTo(-1);
    assertThat(allocated).as("bytes allocated reading 200,000 bytes one at a time").isLessThan(50_000);
  }

  /** The JDK's count of bytes this thread allocated (by reflection: the tests compile against the module path). */
  private static long allocatedByThisThread() {
    try {
      Object threads = Class.forName("java.lang.management.ManagementFactory").getMethod("getThreadMXBean").invoke(null);
      return (Long) Class.forName("com.sun.management.ThreadMXBean").getMethod("getCurrentThreadAllocatedBytes")
          .invoke(threads);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError("this JDK does not count allocation per thread", e);
    }
  }
}
