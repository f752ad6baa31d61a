package uk.gov.lancashire.socialvalue.json;

import org.jspecify.annotations.Nullable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;
import uk.gov.lancashire.socialvalue.basics.Problem;
import uk.gov.lancashire.socialvalue.delivery.DeliveryRecord;
import uk.gov.lancashire.socialvalue.json.delivery.DeliveryReports;
import uk.gov.lancashire.socialvalue.json.engine.Codec;
import uk.gov.lancashire.socialvalue.json.engine.In;
import uk.gov.lancashire.socialvalue.json.engine.StreamingFactory;

/**
 * The entry point for JSON: reads and writes the SDK's documents by descriptor ({@link Documents}),
 * straight from and to Jackson's token stream.
 *
 * <pre>{@code
 * SocialValueJson json = SocialValueJson.standard();
 * Framework framework = json.read(Documents.FRAMEWORK, Files.newInputStream(path));
 * Object anything = json.readAny(text);                      // by its "format" marker
 * String text = json.write(Documents.FRAMEWORK, framework);  // compact; withPrettyOutput(true) to indent
 * }</pre>
 *
 * <p>Safe defaults: a property the format does not define is a problem; duplicate keys are refused; no
 * type information or class names are ever read or written; a document may be at most 16 MB, nest 64 deep,
 * hold strings of at most 1 MB and numbers of at most 32 digits; exact decimals are plain strings of at most
 * 40 characters, so {@code 1e999999999} is refused before any arithmetic. Reading collects every problem of
 * a document with its JSON path (at most 1,000, the rest counted) and throws one {@link
 * JsonProblemsException}; nothing else escapes, whatever the bytes, and a bad document never yields a
 * half-built value. A leading byte order mark is skipped by every reader.
 *
 * <p>Output is canonical and byte-for-byte stable: properties in the declared order, one trailing newline;
 * compact by default, or indented by two spaces with {@link #withPrettyOutput(boolean)}.
 *
 * <p>Its configuration is immutable: each {@code withX} returns a new instance. This class is immutable
 * and thread-safe.
 */
public final class SocialValueJson {

  /** Default longest document, in bytes or characters. */
  public static final long DEFAULT_MAX_DOCUMENT_LENGTH = 16L * 1024 * 1024;
  /** Default longest string value, in characters. */
  public static final int DEFAULT_MAX_STRING_LENGTH = 1024 * 1024;
  /** Default deepest nesting of arrays and objects. */
  public static final int DEFAULT_MAX_NESTING_DEPTH = 64;
  /** Default longest number, in characters. */
  public static final int DEFAULT_MAX_NUMBER_LENGTH = 32;

  private static final PrettyPrinter PRETTY = new DefaultPrettyPrinter(Separators.createDefaultInstance()
      .withObjectNameValueSpacing(Separators.Spacing.AFTER)
      .withObjectEmptySeparator("")
      .withArrayEmptySeparator(""))
      .withObjectIndenter(new DefaultIndenter("  ", "\n"))
      .withArrayIndenter(new DefaultIndenter("  ", "\n"));

  private final SocialValueModule module;
  private final StreamReadConstraints limits;
  private final boolean pretty;
  private final JsonFactory factory;
  private final JsonFactory streamingFactory;
  private final JsonMapper mapper;
  private final ObjectWriter writer;

  private SocialValueJson(SocialValueModule module, StreamReadConstraints limits, boolean pretty) {
    this.module = module;
    this.limits = limits;
    this.pretty = pretty;
    // bytes are checked as well-formed UTF-8 (Jackson's byte parser reads an overlong form as the
    // character it aliases): see StreamingFactory
    this.factory = StreamingFactory.forDocuments(limits);
    // streamed reading holds one record at a time: every limit applies but the document's length, and
    // property names are remembered only in each parser's own bounded table, so many distinct long names
    // cannot grow memory (StreamingFactory: UTF-8 read as bytes, falling back to Jackson's safe factory)
    this.streamingFactory = StreamingFactory.create(limits.rebuild().maxDocumentLength(-1).build());
    this.mapper = JsonMapper.builder(factory).addModule(module).build();
    this.writer = pretty ? mapper.writer().with(PRETTY) : mapper.writer();
  }

  /** @return the standard configuration */
  public static SocialValueJson standard() {
    return new SocialValueJson(new SocialValueModule(), StreamReadConstraints.builder()
        .maxDocumentLength(DEFAULT_MAX_DOCUMENT_LENGTH)
        .maxStringLength(DEFAULT_MAX_STRING_LENGTH)
        .maxNestingDepth(DEFAULT_MAX_NESTING_DEPTH)
        .maxNumberLength(DEFAULT_MAX_NUMBER_LENGTH)
        .build(), false);
  }

  /**
   * @param reject false to ignore properties the format does not define
   * @return a facade with that setting
   */
  public SocialValueJson withUnknownPropertiesRejected(boolean reject) {
    return new SocialValueJson(module.withUnknownPropertiesRejected(reject), limits, pretty);
  }

  /**
   * @param maxDocumentLength the longest document accepted, in bytes (or characters for text input)
   * @return a facade with that limit
   */
  public SocialValueJson withMaxDocumentLength(long maxDocumentLength) {
    return new SocialValueJson(module, limits.rebuild().maxDocumentLength(maxDocumentLength).build(), pretty);
  }

  /**
   * @param maxStringLength the longest string value accepted, in characters
   * @return a facade with that limit
   */
  public SocialValueJson withMaxStringLength(int maxStringLength) {
    return new SocialValueJson(module, limits.rebuild().maxStringLength(maxStringLength).build(), pretty);
  }

  /**
   * @param maxNestingDepth the deepest nesting of arrays and objects accepted
   * @return a facade with that limit
   */
  public SocialValueJson withMaxNestingDepth(int maxNestingDepth) {
    return new SocialValueJson(module, limits.rebuild().maxNestingDepth(maxNestingDepth).build(), pretty);
  }

  /**
   * @param indent true to write documents indented by two spaces, one property a line (for files people
   *     read and diff); false (the default) for compact documents
   * @return a facade with that setting
   */
  public SocialValueJson withPrettyOutput(boolean indent) {
    return new SocialValueJson(module, limits, indent);
  }

  /**
   * @return a ready Jackson mapper with the socialvalue module and these limits: immutable, thread-safe. Every
   *     byte input it reads (a stream, an array, a {@code DataInput}, a file) is checked in its encoding, as this
   *     class's readers check it: UTF-8 well-formed, UTF-16 and UTF-32 without an unpaired surrogate or a cut-off
   *     character, never decoded to U+FFFD ({@link uk.gov.lancashire.socialvalue.json.engine.StreamingFactory});
   *     a mapper rebuilt from it ({@code mapper().rebuild()...build()}) keeps the check. Its non-blocking parsers
   *     ({@code createNonBlockingByteArrayParser()}, {@code createNonBlockingByteBufferParser()}, which a reactive
   *     host such as Spring WebFlux uses to decode a body) are refused with an {@link UnsupportedOperationException}:
   *     Jackson's non-blocking parser decodes UTF-8 leniently, so read such bytes from an {@code InputStream} or a
   *     {@code byte[]} instead
   */
  public JsonMapper mapper() {
    return mapper;
  }

  /** @return the module the mapper uses */
  public SocialValueModule module() {
    return module;
  }

  // ---------------------------------------------------------------- reading documents

  /**
   * Reads a document.
   *
   * @param <T> what it holds
   * @param document the kind of document, e.g. {@link Documents#FRAMEWORK}
   * @param json the document
   * @return what it holds
   * @throws JsonProblemsException listing every problem, each with its JSON path
   */
  public <T> T read(Document<T> document, String json) {
    return read(() -> factory.createParser(ObjectReadContext.empty(), withoutBom(json)), document.codec(), true);
  }

  /**
   * Reads a document from UTF-8 (or UTF-16/32, detected) bytes; the stream is not closed.
   *
   * @param <T> what it holds
   * @param document the kind of document
   * @param json the document
   * @return what it holds
   * @throws JsonProblemsException listing every problem, each with its JSON path or line and column
   */
  public <T> T read(Document<T> document, InputStream json) {
    return read(() -> factory.createParser(ObjectReadContext.empty(), json), document.codec(), true);
  }

  /**
   * Reads a document from text; the reader is not closed.
   *
   * @param <T> what it holds
   * @param document the kind of document
   * @param json the document
   * @return what it holds
   * @throws JsonProblemsException listing every problem, each with its JSON path
   */
  public <T> T read(Document<T> document, Reader json) {
    return read(() -> factory.createParser(ObjectReadContext.empty(), withoutBom(json)), document.codec(), true);
  }

  /**
   * Reads any readable document, recognised by its {@code "format"} marker.
   *
   * @param json the document
   * @return the document kind and what it holds
   * @throws JsonProblemsException when the marker is missing or unknown, or the document has problems
   */
  public Read<?> readAny(String json) {
    String format = read(() -> factory.createParser(ObjectReadContext.empty(), withoutBom(json)), FORMAT, true);
    Document<?> document = Documents.byFormat(format).filter(Document::readable).orElseThrow(() ->
        new JsonProblemsException(List.of(Problem.of("$.format", "unknown or written-only format "
            + uk.gov.lancashire.socialvalue.json.engine.Describe.quoted(format) + "; this library reads "
            + Documents.all().stream().filter(Document::readable).map(Document::format).toList())), null));
    return Read.of(document, json, this);
  }

  /**
   * A document read by {@link #readAny(String)}: its kind and what it holds.
   *
   * @param <T> what it holds
   * @param document the kind of document
   * @param value what it holds
   */
  public record Read<T>(Document<T> document, T value) {
    static <T> Read<T> of(Document<T> document, String json, SocialValueJson reader) {
      return new Read<>(document, reader.read(document, json));
    }
  }

  /**
   * Streams a delivery report document from bytes, never holding the whole document: each sound record
   * goes to the consumer as soon as it is read, straight from the token stream. The limits on strings,
   * numbers and nesting apply, and each record may hold at most 10,000 JSON tokens and 4 M characters of
   * strings; the document's length is not limited, since memory does not grow with it. The format marker
   * must come before {@code "records"} (every writer puts it there); the stream is not closed.
   *
   * <p>A bad record does not stop the stream: the consumer sees only the good records, and once the
   * document is read one {@link JsonProblemsException} lists every problem with its JSON path ({@code
   * $.records[12345].quantity: …}), the first 1,000 of them, the rest counted. A syntax error or a broken
   * limit stops at once, with the problems found so far.
   *
   * @param json the document
   * @param consumer receives each sound record, in document order
   * @return how many records the consumer received
   * @throws JsonProblemsException after the last record, when any record or the document had problems
   */
  public long readDeliveryRecords(InputStream json, Consumer<? super DeliveryRecord> consumer) {
    return readDeliveryRecordsWithReading(json, (r, in) -> consumer.accept(r));
  }

  /**
   * {@link #readDeliveryRecords(InputStream, Consumer)}, giving the consumer the reading too, so that it can
   * report a problem of the record at its path, in document order with the reader's ({@link
   * DeliveryReportRollup}).
   */
  long readDeliveryRecordsWithReading(InputStream json, BiConsumer<? super DeliveryRecord, In> consumer) {
    long[] delivered = new long[1];
    In[] reading = new In[1];
    Codec<List<DeliveryRecord>> report = DeliveryReports.streamed(r -> {
      consumer.accept(r, reading[0]);
      delivered[0]++;
    });
    read(() -> streamingFactory.createParser(ObjectReadContext.empty(), json), new Codec<List<DeliveryRecord>>() {
      @Override
      public List<DeliveryRecord> read(In in) {
        reading[0] = in;
        return report.read(in);
      }

      @Override
      public void write(JsonGenerator out, List<DeliveryRecord> value) {
        report.write(out, value);
      }
    }, true);
    return delivered[0];
  }

  /**
   * Streams the records of a delivery report, or of a chunk of one given as a document of its own, and
   * returns what was found rather than throwing.
   *
   * @param json the document; not closed
   * @param consumer receives each sound record, and the reading (to report a problem of the record at its path)
   * @param elements receives how many records the array held
   * @return the problems found, or {@code null} when a syntax error, a broken limit or unreadable input
   *     stopped the reading
   */
  @Nullable In streamRecords(InputStream json, BiConsumer<? super DeliveryRecord, In> consumer, long[] elements) {
    try (JsonParser parser = streamingFactory.createParser(ObjectReadContext.empty(), json)) {
      In in = new In(parser, true, module.rejectsUnknownProperties(), module.maxDecimalLength());
      if (in.next() == null) {
        return null;
      }
      DeliveryReports.streamed(r -> consumer.accept(r, in), elements).read(in);
      return parser.nextToken() == null ? in : null;
    } catch (JacksonException | UncheckedIOException e) {
      return null;
    }
  }

  /**
   * @param json the start of a document
   * @return the byte offset of the {@code [} opening the root object's {@code "records"}, found within the
   *     document's first 64 tokens, or -1
   */
  long recordsArrayOffset(InputStream json) {
    try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), json)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return -1;
      }
      for (int tokens = 0; tokens < 64; tokens++) {
        JsonToken t = parser.nextToken();
        if (t == JsonToken.PROPERTY_NAME && parser.streamReadContext().getNestingDepth() == 1
            && "records".equals(parser.currentName())) {
          return parser.nextToken() == JsonToken.START_ARRAY ? parser.currentTokenLocation().getByteOffset() : -1;
        }
        if (t == null || t.isStructStart()) {
          return -1;
        }
      }
      return -1;
    } catch (JacksonException | UncheckedIOException e) {
      return -1;
    }
  }

  /**
   * @param chars the longest string or name, in characters, a record may hold
   * @param depth the deepest nesting a record reaches in its document
   * @return true when no string or name of at most {@code chars} characters, no nesting of at most {@code
   *     depth} breaks a limit of {@link #streamRecords}, and
   *     no limit counts the document's tokens (for {@link DeliveryReportRollup}'s plain-record scanner)
   */
  boolean streamLimitsAllow(int chars, int depth) {
    StreamReadConstraints streamed = streamingFactory.streamReadConstraints();
    return streamed.getMaxStringLength() >= chars && streamed.getMaxNameLength() >= chars
        && streamed.getMaxNestingDepth() >= depth && !streamed.hasMaxTokenCount();
  }

  // ---------------------------------------------------------------- writing documents

  /**
   * @param <T> what it holds
   * @param document the kind of document
   * @param value what it holds
   * @return its canonical text, with one trailing newline
   */
  public <T> String write(Document<T> document, T value) {
    return writeText(document.codec(), value);
  }

  /**
   * Writes a document as UTF-8; the stream is flushed, not closed.
   *
   * @param <T> what it holds
   * @param document the kind of document
   * @param value what it holds
   * @param out where to write
   */
  public <T> void write(Document<T> document, T value, OutputStream out) {
    try (JsonGenerator g = generator(out)) {
      document.codec().write(g, value);
      g.writeRaw('\n');
    }
  }

  /**
   * Opens a writer that streams a delivery report document as UTF-8, one record at a time.
   *
   * @param out where to write; flushed by {@link DeliveryReportWriter#close()}, never closed
   * @return the writer, which has written the document's start
   */
  public DeliveryReportWriter deliveryReportWriter(OutputStream out) {
    return new DeliveryReportWriter(generator(out));
  }

  // ---------------------------------------------------------------- any covered type

  /**
   * Reads any covered type; a document type must carry its format marker.
   *
   * @param <T> the type read
   * @param json the JSON text
   * @param type a covered type, e.g. {@code Measure.class}
   * @return the value
   * @throws JsonProblemsException listing every problem, each with its JSON path
   */
  public <T> T read(String json, Class<T> type) {
    Codec<T> codec = Types.of(type);
    return read(() -> factory.createParser(ObjectReadContext.empty(), withoutBom(json)), codec, true);
  }

  /**
   * Writes any covered type in its canonical form (a document type with its format marker). Results such
   * as {@code CountyNeeds} or {@code ProgressReport} are written this way, for reporting systems; they are
   * not read back (reading one is a problem that names the document to read instead).
   *
   * @param <T> the type written
   * @param value the value
   * @param type its covered type, e.g. {@code Measure.class}
   * @return the JSON text
   */
  public <T> String write(T value, Class<T> type) {
    return writeText(Types.of(type), value);
  }

  // ---------------------------------------------------------------- engine

  private static final Codec<String> FORMAT = new Codec<>() {
    @Override
    public String read(In in) {
      if (in.token() != JsonToken.START_OBJECT) {
        in.problem("must be an object, was " + in.describe());
        return null;
      }
      String format = null;
      while (in.next() == JsonToken.PROPERTY_NAME) {
        boolean marker = "format".equals(in.parser().currentName());
        in.next();
        if (marker && in.token() == JsonToken.VALUE_STRING) {
          format = in.parser().getString();
        }
        in.skip();
      }
      if (format == null) {
        in.problem("is not a socialvalue document: \"format\" is required");
      }
      return format;
    }

    @Override
    public void write(JsonGenerator out, String value) {
      throw new UnsupportedOperationException();
    }
  };

  <T> T read(Supplier<JsonParser> open, Codec<T> codec, boolean documentRoot) {
    In in = null;
    JsonParser parser = null;
    try {
      parser = open.get();
      in = new In(parser, documentRoot, module.rejectsUnknownProperties(), module.maxDecimalLength());
      if (in.next() == null) {
        throw new JsonProblemsException(List.of(Problem.of("$", "the document is empty")), null);
      }
      T value = codec.read(in);
      if (parser.nextToken() != null) {
        in.report("$", "unexpected content after the end of the document at "
            + parser.currentLocation().offsetDescription());
      }
      if (in.count() > 0 || value == null) {
        throw new JsonProblemsException(in.problems(), null);
      }
      return value;
    } catch (UncheckedIOException e) {
      throw new JsonProblemsException(List.of(Problem.of("$", "unreadable input: " + e.getCause().getMessage())), e);
    } catch (JacksonException e) {
      if (e instanceof JsonProblemsException) {
        throw e;
      }
      List<Problem> problems = new ArrayList<>(in == null ? List.of() : in.problems());
      problems.add(Problem.of(pathOf(e, parser), e.getOriginalMessage() + " (at " + whereStopped(e, parser) + ")"));
      throw new JsonProblemsException(problems, e);
    } finally {
      if (parser != null) {
        parser.close();
      }
    }
  }

  private <T> String writeText(Codec<T> codec, T value) {
    StringWriter text = new StringWriter();
    try (JsonGenerator g = writer.createGenerator(text)) {
      codec.write(g, value);
    }
    return text.append('\n').toString();
  }

  private JsonGenerator generator(OutputStream out) {
    return writer.without(StreamWriteFeature.AUTO_CLOSE_TARGET).createGenerator(out);
  }

  private static String withoutBom(String json) {
    return json.startsWith("\uFEFF") ? json.substring(1) : json;
  }

  private static Reader withoutBom(Reader json) {
    PushbackReader in = new PushbackReader(json, 1);
    try {
      int first = in.read();
      if (first >= 0 && first != '\uFEFF') {
        in.unread(first);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return in;
  }

  /**
   * @param e what the parser threw; a broken limit carries no parser of its own
   * @param parser the parser that was reading, used when the exception names none
   * @return the JSON path where the parser stopped, e.g. {@code $.records[3]}
   */
  static String pathOf(JacksonException e, JsonParser parser) {
    Object processor = e.processor();
    JsonParser at = processor instanceof JsonParser ? (JsonParser) processor : parser;
    if (at == null) {
      return "$";
    }
    StringBuilder path = new StringBuilder();
    for (tools.jackson.core.TokenStreamContext c = at.streamReadContext(); c != null && !c.inRoot(); c = c.getParent()) {
      StringBuilder segment = new StringBuilder();
      In.appendSegment(segment, c.inArray() ? (Object) Math.max(0, c.getCurrentIndex()) : c.currentName() == null
          ? "" : c.currentName());
      path.insert(0, c.inObject() && c.currentName() == null ? "" : segment);
    }
    return path.insert(0, '$').toString();
  }

  /**
   * @param e what the parser threw
   * @param parser the parser that was reading
   * @return where it stopped, as line and column (text sources do not give byte offsets)
   */
  static String whereStopped(JacksonException e, JsonParser parser) {
    TokenStreamLocation location = e.getLocation() != null && e.getLocation().getLineNr() > 0 || parser == null
        ? e.getLocation() : parser.currentLocation();
    return location == null ? "the start" : "line " + location.getLineNr() + ", column " + location.getColumnNr();
  }
}
