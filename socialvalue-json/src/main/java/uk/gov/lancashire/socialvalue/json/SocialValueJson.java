package uk.gov.lancashire.socialvalue.json;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.util.List;
import java.util.function.Consumer;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;
import uk.gov.lancashire.socialvalue.basics.Problem;
import uk.gov.lancashire.socialvalue.delivery.DeliveryRecord;
import uk.gov.lancashire.socialvalue.portfolio.AnnualStatement;
import uk.gov.lancashire.socialvalue.tender.TenderEvaluation;
import uk.gov.lancashire.socialvalue.basics.MoneyRounding;
import uk.gov.lancashire.socialvalue.valuation.Valuation;
import uk.gov.lancashire.socialvalue.valuation.ValuationResult;
import uk.gov.lancashire.socialvalue.framework.Framework;
import uk.gov.lancashire.socialvalue.needs.NeedsAnalysis;
import uk.gov.lancashire.socialvalue.framework.ProxyEdition;
import uk.gov.lancashire.socialvalue.targets.StrategyPlan;

/**
 * The entry point for JSON: a ready {@link JsonMapper} with safe defaults, and methods that read and
 * write the SDK's documents.
 *
 * <pre>{@code
 * SocialValueJson json = SocialValueJson.standard();
 * Framework framework = json.readFramework(Files.newInputStream(path));
 * String text = json.writeFramework(framework);
 * }</pre>
 *
 * <p>Safe defaults: a property the format does not define is a problem; duplicate keys are refused;
 * no type information or class names are ever read or written (no default typing); a document may be at
 * most 16 MB, nest 64 deep, hold strings of at most 1 MB and numbers of at most 32 digits; exact decimals
 * are plain strings of at most 40 characters, so {@code 1e999999999} and a 10,000-digit number are
 * refused before any arithmetic. Reading collects every problem of a document with its JSON path and
 * throws one {@link JsonProblemsException}; a bad document never yields a half-built value.
 *
 * <p>Output is canonical and byte-for-byte stable: two-space indentation, {@code "\n"} line ends, one
 * trailing newline, properties in a fixed order.
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

  private final SocialValueModule module;
  private final StreamReadConstraints limits;
  private final JsonMapper mapper;
  private final ObjectWriter canonicalWriter;
  private final JsonMapper streamingMapper;

  private SocialValueJson(SocialValueModule module, StreamReadConstraints limits) {
    this.module = module;
    this.limits = limits;
    this.mapper = JsonMapper.builder(JsonFactory.builder().streamReadConstraints(limits).build())
        .addModule(module)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .build();
    this.canonicalWriter = mapper.writer().with(new DefaultPrettyPrinter(Separators.createDefaultInstance()
            .withObjectNameValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator(""))
        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
        .withArrayIndenter(new DefaultIndenter("  ", "\n")));
    // streamed reading holds one record at a time: every limit applies but the document's length
    this.streamingMapper = JsonMapper.builder(JsonFactory.builder()
            .streamReadConstraints(limits.rebuild().maxDocumentLength(-1).build()).build())
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .build();
  }

  /** @return the standard configuration */
  public static SocialValueJson standard() {
    return new SocialValueJson(new SocialValueModule(), StreamReadConstraints.builder()
        .maxDocumentLength(DEFAULT_MAX_DOCUMENT_LENGTH)
        .maxStringLength(DEFAULT_MAX_STRING_LENGTH)
        .maxNestingDepth(DEFAULT_MAX_NESTING_DEPTH)
        .maxNumberLength(DEFAULT_MAX_NUMBER_LENGTH)
        .build());
  }

  /**
   * @param reject false to ignore properties the format does not define
   * @return a facade with that setting
   */
  public SocialValueJson withUnknownPropertiesRejected(boolean reject) {
    return new SocialValueJson(module.withUnknownPropertiesRejected(reject), limits);
  }

  /**
   * @param maxDocumentLength the longest document accepted, in bytes (or characters for text input)
   * @return a facade with that limit
   */
  public SocialValueJson withMaxDocumentLength(long maxDocumentLength) {
    return new SocialValueJson(module, limits.rebuild().maxDocumentLength(maxDocumentLength).build());
  }

  /**
   * @param maxStringLength the longest string value accepted, in characters
   * @return a facade with that limit
   */
  public SocialValueJson withMaxStringLength(int maxStringLength) {
    return new SocialValueJson(module, limits.rebuild().maxStringLength(maxStringLength).build());
  }

  /**
   * @param maxNestingDepth the deepest nesting of arrays and objects accepted
   * @return a facade with that limit
   */
  public SocialValueJson withMaxNestingDepth(int maxNestingDepth) {
    return new SocialValueJson(module, limits.rebuild().maxNestingDepth(maxNestingDepth).build());
  }

  /** @return the ready mapper: immutable, thread-safe, with the socialvalue module and these limits */
  public JsonMapper mapper() {
    return mapper;
  }

  /** @return the module the mapper uses */
  public SocialValueModule module() {
    return module;
  }

  /**
   * Reads a framework document.
   *
   * @param json the document
   * @return the framework
   * @throws JsonProblemsException listing every problem, each with its JSON path
   */
  public Framework readFramework(String json) {
    return read(mapper.createParser(json), Framework.class);
  }

  /**
   * Reads a framework document from UTF-8 bytes; the stream is not closed.
   *
   * @param json the document
   * @return the framework
   * @throws JsonProblemsException listing every problem, each with its JSON path
   */
  public Framework readFramework(InputStream json) {
    return read(mapper.createParser(json), Framework.class);
  }

  /**
   * @param framework a framework
   * @return its canonical document
   */
  public String writeFramework(Framework framework) {
    return write(FrameworkJson.CODEC.write(framework));
  }

  /**
   * Reads a proxy edition document.
   *
   * @param json the document
   * @return the edition
   * @throws JsonProblemsException listing every problem, each with its JSON path
   */
  public ProxyEdition readProxyEdition(String json) {
    return read(mapper.createParser(json), ProxyEdition.class);
  }

  /**
   * Reads a proxy edition document from UTF-8 bytes; the stream is not closed.
   *
   * @param json the document
   * @return the edition
   * @throws JsonProblemsException listing every problem, each with its JSON path
   */
  public ProxyEdition readProxyEdition(InputStream json) {
    return read(mapper.createParser(json), ProxyEdition.class);
  }

  /**
   * Reads a proxy edition document from text; the reader is not closed.
   *
   * @param json the document
   * @return the edition
   * @throws JsonProblemsException listing every problem, each with its JSON path
   */
  public ProxyEdition readProxyEdition(Reader json) {
    return read(mapper.createParser(json), ProxyEdition.class);
  }

  /**
   * @param edition an edition
   * @return its canonical document
   */
  public String writeProxyEdition(ProxyEdition edition) {
    return write(ProxyEditionJson.CODEC.write(edition));
  }

  /**
   * Reads a needs analysis document ({@code "format": "socialvalue/needs-analysis"}).
   *
   * @param json the document
   * @return the analysis
   * @throws JsonProblemsException listing every problem, each with its JSON path
   */
  public NeedsAnalysis readNeedsAnalysis(String json) {
    return read(mapper.createParser(json), NeedsAnalysis.class);
  }

  /**
   * Reads a needs analysis document from UTF-8 bytes; the stream is not closed.
   *
   * @param json the document
   * @return the analysis
   * @throws JsonProblemsException listing every problem, each with its JSON path
   */
  public NeedsAnalysis readNeedsAnalysis(InputStream json) {
    return read(mapper.createParser(json), NeedsAnalysis.class);
  }

  /**
   * @param analysis a needs analysis
   * @return its canonical document
   */
  public String writeNeedsAnalysis(NeedsAnalysis analysis) {
    return write(NeedsAnalysisJson.CODEC.write(analysis));
  }

  /**
   * Reads a strategy plan document ({@code "format": "socialvalue/strategy-plan"}).
   *
   * @param json the document
   * @return the plan
   * @throws JsonProblemsException listing every problem, each with its JSON path
   */
  public StrategyPlan readStrategyPlan(String json) {
    return read(mapper.createParser(json), StrategyPlan.class);
  }

  /**
   * Reads a strategy plan document from UTF-8 bytes; the stream is not closed.
   *
   * @param json the document
   * @return the plan
   * @throws JsonProblemsException listing every problem, each with its JSON path
   */
  public StrategyPlan readStrategyPlan(InputStream json) {
    return read(mapper.createParser(json), StrategyPlan.class);
  }

  /**
   * @param plan a strategy plan
   * @return its canonical document
   */
  public String writeStrategyPlan(StrategyPlan plan) {
    return write(StrategyPlanJson.CODEC.write(plan));
  }

  /**
   * Reads a tender document: a tender with its evaluation scheme, and the bids.
   *
   * @param json the document
   * @return the tender and bids
   * @throws JsonProblemsException listing every problem, each with its JSON path
   */
  public TenderDocument readTender(String json) {
    return read(mapper.createParser(json), TenderDocument.class);
  }

  /**
   * Reads a tender document from UTF-8 bytes; the stream is not closed.
   *
   * @param json the document
   * @return the tender and bids
   * @throws JsonProblemsException listing every problem, each with its JSON path
   */
  public TenderDocument readTender(InputStream json) {
    return read(mapper.createParser(json), TenderDocument.class);
  }

  /**
   * @param tender a tender and its bids
   * @return its canonical document
   */
  public String writeTender(TenderDocument tender) {
    return write(TenderDocumentJson.CODEC.write(tender));
  }

  /**
   * Writes a tender evaluation document. It is written only: an evaluation is computed, so keep the
   * tender document and evaluate again.
   *
   * @param evaluation an evaluation
   * @return its canonical document
   */
  public String writeTenderEvaluation(TenderEvaluation evaluation) {
    return write(TenderEvaluationJson.CODEC.write(evaluation));
  }

  /**
   * Reads a valuation document: the inputs of a valuation.
   *
   * @param json the document
   * @return the valuation
   * @throws JsonProblemsException listing every problem, each with its JSON path
   */
  public Valuation readValuation(String json) {
    return read(mapper.createParser(json), Valuation.class);
  }

  /**
   * Reads a valuation document from UTF-8 bytes; the stream is not closed.
   *
   * @param json the document
   * @return the valuation
   * @throws JsonProblemsException listing every problem, each with its JSON path
   */
  public Valuation readValuation(InputStream json) {
    return read(mapper.createParser(json), Valuation.class);
  }

  /**
   * @param valuation a valuation
   * @return its canonical document
   */
  public String writeValuation(Valuation valuation) {
    return write(ValuationJson.CODEC.write(valuation));
  }

  /**
   * Writes a valuation result document, with its explanation as a structured object, rounding for
   * presentation to the currency's minor unit, half up. It is written only: read the valuation and
   * compute its result.
   *
   * @param result a result
   * @return its canonical document
   */
  public String writeValuationResult(ValuationResult result) {
    return write(ValuationResultJson.CODEC.write(result));
  }

  /**
   * Writes a valuation result document with the given presentation rounding.
   *
   * @param result a result
   * @param rounding the rounding of the breakdown and the explanation
   * @return its canonical document
   */
  public String writeValuationResult(ValuationResult result, MoneyRounding rounding) {
    return write(ValuationResultJson.document(result, rounding));
  }

  /**
   * Writes an annual statement document. It is written only: a statement is computed from a portfolio.
   *
   * @param statement a statement
   * @return its canonical document
   */
  public String writeAnnualStatement(AnnualStatement statement) {
    return write(AnnualStatementJson.CODEC.write(statement));
  }

  /**
   * Reads a contract document: a contract and its supply chain.
   *
   * @param json the document
   * @return the contract and its chain
   * @throws JsonProblemsException listing every problem, each with its JSON path
   */
  public ContractDocument readContract(String json) {
    return read(mapper.createParser(json), ContractDocument.class);
  }

  /**
   * Reads a contract document from UTF-8 bytes; the stream is not closed.
   *
   * @param json the document
   * @return the contract and its chain
   * @throws JsonProblemsException listing every problem, each with its JSON path
   */
  public ContractDocument readContract(InputStream json) {
    return read(mapper.createParser(json), ContractDocument.class);
  }

  /**
   * @param contract a contract and its supply chain
   * @return its canonical document
   */
  public String writeContract(ContractDocument contract) {
    return write(ContractDocumentJson.CODEC.write(contract));
  }

  /**
   * Reads a delivery report document, all at once (see {@link #readDeliveryRecords(InputStream, Consumer)}
   * to stream a long one).
   *
   * @param json the document
   * @return the records, in document order
   * @throws JsonProblemsException listing every problem, each with its JSON path
   */
  public List<DeliveryRecord> readDeliveryReport(String json) {
    return read(mapper.createParser(json), DeliveryReportJson.CODEC);
  }

  /**
   * Reads a delivery report document from UTF-8 bytes, all at once; the stream is not closed.
   *
   * @param json the document
   * @return the records, in document order
   * @throws JsonProblemsException listing every problem, each with its JSON path
   */
  public List<DeliveryRecord> readDeliveryReport(InputStream json) {
    return read(mapper.createParser(json), DeliveryReportJson.CODEC);
  }

  /**
   * Streams a delivery report document from UTF-8 bytes, never holding the whole document: each sound
   * record goes to the consumer as soon as it is read. The limits on strings, numbers and nesting apply,
   * and each record may hold at most 10,000 JSON tokens; the document's length is not limited, since
   * memory does not grow with it. The format marker must come before {@code "records"} (every writer
   * puts it there); the stream is not closed.
   *
   * <p>A bad record does not stop the stream: the consumer sees only the good records, and once the
   * document is read one {@link JsonProblemsException} lists every problem with its JSON path ({@code
   * $.records[12345].quantity: …}), the first 1,000 of them, the rest counted. A syntax error or a broken
   * limit stops at once, with the problems found so far. A sound document gives the consumer exactly the
   * records {@link #readDeliveryReport(InputStream)} returns.
   *
   * @param json the document
   * @param consumer receives each sound record, in document order
   * @return how many records the consumer received
   * @throws JsonProblemsException after the last record, when any record or the document had problems
   */
  public long readDeliveryRecords(InputStream json, Consumer<? super DeliveryRecord> consumer) {
    return DeliveryReportStreams.read(streamingMapper.createParser(json), module.readOptions(), consumer);
  }

  /**
   * @param records delivery records
   * @return their canonical delivery report document
   */
  public String writeDeliveryReport(List<DeliveryRecord> records) {
    return write(DeliveryReportJson.CODEC.write(records));
  }

  /**
   * Streams a delivery report document as UTF-8, record by record: the bytes are exactly those of
   * {@link #writeDeliveryReport(List)}. The stream is flushed, not closed.
   *
   * @param out where to write
   * @param records the records, read once, in order
   */
  public void writeDeliveryReport(OutputStream out, Iterable<? extends DeliveryRecord> records) {
    try (DeliveryReportWriter writer = deliveryReportWriter(out)) {
      records.forEach(writer::write);
    }
  }

  /**
   * Opens a writer that streams a delivery report document as UTF-8, one record at a time.
   *
   * @param out where to write; flushed by {@link DeliveryReportWriter#close()}, never closed
   * @return the writer, which has written the document's start
   */
  public DeliveryReportWriter deliveryReportWriter(OutputStream out) {
    return new DeliveryReportWriter(canonicalWriter.without(StreamWriteFeature.AUTO_CLOSE_TARGET).createGenerator(out));
  }

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
    return read(mapper.createParser(json), type);
  }

  /**
   * Writes any covered type in its canonical form (a document type with its format marker). Results
   * such as {@code CountyNeeds}, {@code NeedsWeights} or {@code ProgressReport} are written this way, for
   * reporting systems; they are not read back (reading one is a problem that names the document to read
   * instead).
   *
   * @param <T> the type written
   * @param value the value
   * @param type its covered type, e.g. {@code Measure.class}
   * @return the JSON text
   */
  public <T> String write(T value, Class<T> type) {
    return write(Codecs.of(type).write(value));
  }

  private <T> T read(JsonParser parser, Class<T> type) {
    return read(parser, Codecs.of(type));
  }

  private <T> T read(JsonParser parser, JsonCodec<T> codec) {
    try (parser) {
      JsonNode tree = mapper.readTree(parser);
      if (tree == null || tree.isMissingNode()) {
        throw new JsonProblemsException(parser, List.of(Problem.of("$", "the document is empty")));
      }
      if (parser.nextToken() != null) {
        throw new JsonProblemsException(parser, List.of(Problem.of("$",
            "unexpected content after the end of the document at " + location(parser))));
      }
      Reading reading = new Reading(module.readOptions(), true);
      T value = codec.read(reading.root(tree));
      if (reading.count() > 0 || value == null) {
        throw new JsonProblemsException(parser, reading.problems());
      }
      return value;
    } catch (JsonProblemsException e) {
      throw e;
    } catch (JacksonException e) {
      throw new JsonProblemsException(List.of(Problem.of(pathOf(e, parser), e.getOriginalMessage()
          + " (at " + whereStopped(e, parser) + ")")), e);
    }
  }

  private static String location(JsonParser parser) {
    return parser.currentLocation().offsetDescription();
  }

  /**
   * @param e what the parser threw; a broken limit carries no parser of its own
   * @param parser the parser that was reading, used when the exception names none
   * @return the JSON path where the parser stopped, e.g. {@code $.records[3]}
   */
  static String pathOf(JacksonException e, JsonParser parser) {
    Object processor = e.processor();
    JsonParser at = processor instanceof JsonParser ? (JsonParser) processor : parser;
    String pointer = at.streamReadContext().pathAsPointer().toString();
    return "$" + pointer.replaceAll("/(\\d+)(?=/|$)", "[$1]").replace('/', '.');
  }

  /**
   * @param e what the parser threw
   * @param parser the parser that was reading
   * @return where it stopped, as line and column (text sources do not give byte offsets)
   */
  static String whereStopped(JacksonException e, JsonParser parser) {
    TokenStreamLocation location = e.getLocation() != null && e.getLocation().getLineNr() > 0
        ? e.getLocation() : parser.currentLocation();
    return "line " + location.getLineNr() + ", column " + location.getColumnNr();
  }

  private String write(JsonNode tree) {
    return canonicalWriter.writeValueAsString(tree) + "\n";
  }
}
