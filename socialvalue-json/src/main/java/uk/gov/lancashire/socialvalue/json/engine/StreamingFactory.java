package uk.gov.lancashire.socialvalue.json.engine;

import org.jspecify.annotations.Nullable;
import java.io.ByteArrayInputStream;
import java.io.CharConversionException;
import java.io.DataInput;
import java.io.EOFException;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.io.IOContext;
import tools.jackson.core.json.ByteSourceJsonBootstrapper;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonFactoryBuilder;
import tools.jackson.core.json.UTF8StreamJsonParser;
import tools.jackson.core.sym.ByteQuadsCanonicalizer;

/**
 * The Jackson factory of the streamed readers: UTF-8 bytes are tokenized as bytes, by Jackson's own byte
 * parser, with a name table that is each parser's own and bounded, so a hostile document of many distinct
 * property names cannot grow memory.
 *
 * <p><strong>Repeated names are refused by the reader, not the parser.</strong> Jackson's duplicate detection
 * ({@code STRICT_DUPLICATE_DETECTION}) keeps a hash set of names per object read: a tenth of the streamed
 * read's time and a quarter of its allocation. This factory turns it off, and {@link In} sees that ({@link
 * In#checksNames()}): every object reader of the engine ({@link Shape}, {@link MapOf}, {@link In#skip()})
 * then refuses a repeated name itself, with Jackson's exception and message, a declared property by one bit
 * of a mask, any other name by a set made only when one appears. The readers of whole documents keep
 * Jackson's detection.
 *
 * <p><strong>Why this class exists.</strong> A factory that canonicalizes property names keeps one name
 * table shared by all its parsers, which a stream of distinct hostile names would grow without bound (until
 * Jackson empties it at 64K names, each up to 50,000 characters). With canonicalization off, Jackson 3.1
 * gives UTF-8 input to its character parser instead (the bytes decoded to characters by a {@code Reader},
 * a new {@code String} made for every property name): about 1.7 times the CPU of its byte parser on a
 * delivery report. Its byte parser cannot run without a table ({@code UTF8StreamJsonParser} adds every new
 * name to it; Jackson's non-canonicalizing "placeholder" table refuses additions). This factory therefore
 * lets Jackson detect the encoding, skip a BOM and choose its parser exactly as it always does ({@link
 * ByteSourceJsonBootstrapper#constructParser}), asking for the byte parser, and hands it a table of its own
 * ({@code BoundedNames}): a real Jackson table, never shared and never merged back, that remembers at most
 * {@link #MAX_NAMES} names of {@link #MAX_NAME_CHARS} characters in all; a name beyond that is read as a new
 * string each time, as the character parser reads every name. UTF-16 and UTF-32 input still goes to the
 * character parser, without canonicalization.
 *
 * <p><strong>Every byte is checked, in every encoding, on every route.</strong> The byte parser decodes
 * leniently: it reads an overlong form as the character it aliases ({@code C1 A9} as {@code i}, so {@code
 * "\xC1\xA9d"} would be the property {@code "id"}); and Jackson decodes UTF-16 (and UTF-8, for its character
 * parser) with the JDK's lenient decoder, which turns a bad byte into U+FFFD, silently changing a value. So
 * this class finds the encoding first, as Jackson does (a BOM, or the pattern of zero bytes of RFC 4627), and
 * then: UTF-8 bytes pass through {@code StrictUtf8}, which refuses every byte that is not well-formed UTF-8
 * (overlong forms, surrogates, beyond U+10FFFF, stray or missing continuation bytes); UTF-16 and UTF-32 are
 * decoded by the JDK's decoder set to report, not replace, what is malformed (an unpaired surrogate, a byte
 * cut off by the end, a code point beyond U+10FFFF), for the character parser. Such a document is a problem
 * with the line and column where it goes wrong, never a changed value. Bytes given as an array or a {@link
 * DataInput} take the same route as a stream, so a mapper built on this factory (and one rebuilt from it:
 * {@link #rebuild()} and {@link #copy()} keep this class) checks them too. The fallback {@link #safe} factory
 * is this class as well: it leaves the choice of parser to Jackson but checks the bytes the same way.
 *
 * <p><strong>A trap for Jackson upgrades.</strong> This relies on Jackson internals: {@code
 * JsonFactory._createParser(ObjectReadContext, IOContext, InputStream)}, the bootstrapper's {@code
 * constructParser}, which asks the root table for a child with {@code makeChild}, and the byte parser's use
 * of its table ({@code findName}, {@code addName}, {@code release}). {@link #create} checks on a small
 * document that the fast path is in place and reads names faithfully; if it is not (a Jackson upgrade
 * changed one of these), it returns the safe factory instead: Jackson's character parser, slower, its
 * bytes checked as above ({@link #safe}). {@code StreamingFactoryTest} fails loudly in that case, so the
 * upgrade is noticed.
 */
public final class StreamingFactory extends JsonFactory {

  private static final long serialVersionUID = 1L;

  /** The most property names one parser remembers (a delivery record has about twenty). */
  public static final int MAX_NAMES = 512;
  /** The most characters of property names one parser remembers, all names together. */
  public static final int MAX_NAME_CHARS = 16 * 1024;

  /** The streamed readers' bounded tables, or null for Jackson's own table (documents read whole). */
  private final transient @Nullable ByteQuadsCanonicalizer names;

  private StreamingFactory(JsonFactoryBuilder builder, boolean bounded) {
    super(builder);
    this.names = bounded ? new BoundedNames() : null;
  }

  private StreamingFactory(StreamingFactory src) {
    super(src);
    this.names = src.names == null ? null : new BoundedNames();
  }

  private StreamingFactory(Builder builder) {
    super(builder);
    this.names = builder.bounded ? new BoundedNames() : null;
  }

  @Override
  public JsonFactory copy() {
    return new StreamingFactory(this);
  }

  /** @return a builder whose factories are this class, with this one's settings and its checks */
  @Override
  public JsonFactoryBuilder rebuild() {
    return new Builder(this);
  }

  /** Jackson's builder of JSON factories, building this class: a mapper rebuilt from ours keeps the checks. */
  private static final class Builder extends JsonFactoryBuilder {
    private final boolean bounded;

    Builder(StreamingFactory base) {
      super(base);
      this.bounded = base.names != null;
    }

    @Override
    public JsonFactory build() {
      return new StreamingFactory(this);
    }
  }

  /**
   * The factory of the readers of whole documents (at most 16 MB by default): Jackson's own name table and
   * duplicate detection, and the bytes checked as UTF-8 as for the streamed readers (see above).
   *
   * @param limits the limits on the document, strings, numbers, names and nesting
   * @return this class for whole documents, with Jackson's own choice of parser and name table
   */
  public static JsonFactory forDocuments(StreamReadConstraints limits) {
    // Jackson's own choice of parser and table: only the check of the bytes is this class's
    return new StreamingFactory(JsonFactory.builder().streamReadConstraints(limits)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION), false);
  }

  /**
   * @param limits the limits on strings, numbers, names and nesting
   * @return a factory whose parsers keep names only in their own bounded table and leave repeated names to
   *     the reader: this class when its fast path works with the Jackson on the class path, else {@link
   *     #safe} (the character parser, which refuses repeated names itself)
   */
  public static JsonFactory create(StreamReadConstraints limits) {
    return FAST_PATH_WORKS ? new StreamingFactory(builder(limits), true) : safe(limits);
  }

  /**
   * @param limits the limits on strings, numbers, names and nesting
   * @return Jackson's character parser with duplicate names detected and names not canonicalized, the bytes
   *     checked as this class checks them: the safe fallback, and the streamed readers' factory before this
   *     class (which decoded a bad byte as U+FFFD)
   */
  public static JsonFactory safe(StreamReadConstraints limits) {
    return new StreamingFactory(builder(limits).enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION), false);
  }

  /** Whether the fast path works with the Jackson on the class path: checked once, on first use. */
  private static final boolean FAST_PATH_WORKS = check();

  private static boolean check() {
    try {
      return new StreamingFactory(builder(StreamReadConstraints.defaults()), true).works();
    } catch (RuntimeException | LinkageError e) {
      return false;
    }
  }

  /** @return true when {@link #create} gives this class's fast path, false when it falls back to the safe factory */
  public static boolean fastPathWorks() {
    return FAST_PATH_WORKS;
  }

  private static JsonFactoryBuilder builder(StreamReadConstraints limits) {
    return JsonFactory.builder()
        .streamReadConstraints(limits)
        .disable(TokenStreamFactory.Feature.CANONICALIZE_PROPERTY_NAMES);
  }

  /**
   * @param parser a parser made by a factory
   * @return true when it is Jackson's byte parser, the fast path of this class
   */
  public static boolean isBytesParser(JsonParser parser) {
    return parser instanceof UTF8StreamJsonParser;
  }

  @Override
  protected JsonParser _createParser(ObjectReadContext readCtxt, IOContext ioCtxt, InputStream in)
      throws JacksonException {
    PushbackInputStream source = new PushbackInputStream(in, 4);
    Charset wide = wideEncoding(ioCtxt, source);
    if (wide != null) {
      // UTF-16 or UTF-32: the character parser, over the JDK's decoder set to report what is malformed
      return _createParser(readCtxt, ioCtxt, strictReader(source, wide));
    }
    // UTF-8: the bytes the parser reads are checked as well-formed UTF-8 on the way (StrictUtf8)
    StrictUtf8 checked = new StrictUtf8(source);
    JsonParser parser;
    if (names != null) {
      // Jackson's own bootstrapper: BOM, buffer and parser choice as for any factory; the canonicalizing flag
      // only selects the byte parser for UTF-8, whose table is this factory's own
      parser = new ByteSourceJsonBootstrapper(ioCtxt, checked).constructParser(readCtxt,
          readCtxt.getStreamReadFeatures(_streamReadFeatures), readCtxt.getFormatReadFeatures(_formatReadFeatures),
          names, _rootCharSymbols, _factoryFeatures | TokenStreamFactory.Feature.CANONICALIZE_PROPERTY_NAMES.getMask());
    } else {
      parser = super._createParser(readCtxt, ioCtxt, checked);
    }
    try {
      checked.arm();
    } catch (JacksonException e) {
      parser.close();
      throw e;
    }
    return parser;
  }

  /** Bytes in an array take the route of a stream, so they are checked as a stream's are. */
  @Override
  protected JsonParser _createParser(ObjectReadContext readCtxt, IOContext ioCtxt, byte[] data, int offset, int len)
      throws JacksonException {
    _checkRangeBoundsForByteArray(data, offset, len);
    _streamReadConstraints.validateDocumentLength(len);
    return _createParser(readCtxt, ioCtxt, new ByteArrayInputStream(data, offset, len));
  }

  /**
   * Refused: Jackson's non-blocking parser decodes UTF-8 leniently (it reads the overlong {@code C1 A9} as
   * {@code i}) and would take bytes past the check every other byte input gets here; give the bytes as a
   * stream or an array instead.
   *
   * @throws UnsupportedOperationException always
   */
  @Override
  public JsonParser createNonBlockingByteArrayParser(ObjectReadContext readCtxt) {
    throw new UnsupportedOperationException(NON_BLOCKING);
  }

  /**
   * Refused, as {@link #createNonBlockingByteArrayParser}.
   *
   * @throws UnsupportedOperationException always
   */
  @Override
  public JsonParser createNonBlockingByteBufferParser(ObjectReadContext readCtxt) {
    throw new UnsupportedOperationException(NON_BLOCKING);
  }

  private static final String NON_BLOCKING = "non-blocking parsing is not offered: Jackson's non-blocking parser"
      + " would not check the bytes as well-formed UTF-8; read them from an InputStream or a byte[] instead"
      + " (createParser / readValue)";

  /** Bytes read from a {@link DataInput} take the route of a stream, so they are checked as a stream's are. */
  @Override
  protected JsonParser _createParser(ObjectReadContext readCtxt, IOContext ioCtxt, DataInput input)
      throws JacksonException {
    return _createParser(readCtxt, ioCtxt, new InputStream() {
      @Override
      public int read() throws IOException {
        try {
          return input.readUnsignedByte();
        } catch (EOFException e) {
          return -1;
        }
      }
    });
  }

  /**
   * Finds the encoding as Jackson does (its own detection, on the first four bytes, which are then put back).
   *
   * @return the charset of UTF-16 or UTF-32 input, or null for UTF-8
   */
  private static @Nullable Charset wideEncoding(IOContext ioCtxt, PushbackInputStream source) throws JacksonException {
    byte[] head = new byte[4];
    int n = 0;
    try {
      for (int r; n < head.length && (r = source.read(head, n, head.length - n)) > 0; ) {
        n += r;
      }
      source.unread(head, 0, n);
    } catch (IOException e) {
      throw JacksonIOException.construct(e);
    }
    JsonEncoding encoding = n == 0 ? JsonEncoding.UTF8 : new ByteSourceJsonBootstrapper(ioCtxt, head, 0, n).detectEncoding();
    return encoding == JsonEncoding.UTF8 ? null : Charset.forName(encoding.getJavaName());
  }

  /**
   * @return the text of UTF-16 or UTF-32 bytes, without a first byte order mark (as Jackson skips one), decoded
   *     by the JDK's decoder set to report, not replace, what is malformed: then a {@link CharConversionException}
   *     naming the encoding and the character after which it went wrong
   */
  private static Reader strictReader(InputStream bytes, Charset charset) {
    boolean utf32 = charset.name().startsWith("UTF-32");
    Reader decoded = new InputStreamReader(utf32 ? new Utf32Units(bytes, charset) : bytes, charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
    return new FilterReader(decoded) {
      private final char[] one = new char[1];
      private long chars;
      private boolean started;

      @Override
      public int read() throws IOException {
        return read(one, 0, 1) < 0 ? -1 : one[0];
      }

      @Override
      public int read(char[] b, int off, int len) throws IOException {
        try {
          int n = in.read(b, off, len);
          if (!started && n > 0) {
            started = true;
            if (b[off] == '\uFEFF') {
              System.arraycopy(b, off + 1, b, off, n - 1);
              n--;
              if (n == 0) {
                return read(b, off, len);
              }
            }
          }
          chars += Math.max(n, 0);
          return n;
        } catch (CharacterCodingException e) {
          throw new CharConversionException("invalid " + charset.name() + ": an unpaired surrogate, a code point"
              + " beyond U+10FFFF or a character cut off by the end of the input, after character " + chars);
        }
      }
    };
  }

  /**
   * Refuses a UTF-32 unit that is not a Unicode scalar value: the JDK's UTF-32 decoder refuses one beyond
   * U+10FFFF but passes a surrogate (0000D800) through as a lone {@code char}.
   */
  private static final class Utf32Units extends CheckedBytes {
    private final boolean bigEndian;
    private int unit;
    private long offset;

    Utf32Units(InputStream in, Charset charset) {
      super(in);
      this.bigEndian = charset.name().equals("UTF-32BE");
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = in.read(b, off, len);
      for (int i = off; i < off + n; i++) {
        int at = (int) (offset++ & 3);
        int v = b[i] & 0xFF;
        unit = bigEndian ? unit << 8 | v : unit | v << (8 * at);
        if (at == 3) {
          if (unit >= 0xD800 && unit <= 0xDFFF || Integer.compareUnsigned(unit, 0x10FFFF) > 0) {
            throw new CharConversionException(String.format("invalid UTF-32%s: 0x%08X at byte %d is a surrogate or"
                + " beyond U+10FFFF", bigEndian ? "BE" : "LE", unit, offset - 4));
          }
          unit = 0;
        }
      }
      return n;
    }
  }

  /**
   * @return true when a small document with a BOM and short, long, non-ASCII, repeated (in nested objects)
   *     and more distinct names than a table remembers is read by the byte parser with every name as written
   */
  private boolean works() {
    StringBuilder doc = new StringBuilder("\uFEFF{\"a\":1,\"bcdefgh\":{\"a\":2,\"ijklmnopqrstuvwxyz\":[{\"é\":3}]}");
    for (int i = 0; i < MAX_NAMES + 8; i++) {
      doc.append(",\"n").append(i).append("\":").append(i);
    }
    doc.append(",\"ijklmnopqrstuvwxyz\":4}");
    StringBuilder names = new StringBuilder();
    try (JsonParser p = createParser(ObjectReadContext.empty(), bytes(doc))) {
      if (!isBytesParser(p)) {
        return false;
      }
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t == JsonToken.PROPERTY_NAME) {
          names.append(p.currentName()).append(' ');
        }
      }
    }
    StringBuilder expected = new StringBuilder("a bcdefgh a ijklmnopqrstuvwxyz é ");
    for (int i = 0; i < MAX_NAMES + 8; i++) {
      expected.append('n').append(i).append(' ');
    }
    return expected.append("ijklmnopqrstuvwxyz ").toString().contentEquals(names);
  }

  private static InputStream bytes(CharSequence text) {
    return new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8));
  }

  /**
   * A name table for one parser: Jackson's own table, never shared, never merged into another, that stops
   * remembering names once it holds {@link #MAX_NAMES} of them or {@link #MAX_NAME_CHARS} characters. The
   * instance a factory holds only makes these; it never holds a name.
   */
  static final class BoundedNames extends ByteQuadsCanonicalizer {

    private final @Nullable ByteQuadsCanonicalizer table;
    private int count;
    private int chars;

    /** A factory's instance, which only makes tables. */
    BoundedNames() {
      this(null);
    }

    private BoundedNames(@Nullable ByteQuadsCanonicalizer table) {
      super(16, 0);
      this.table = table;
    }

    @Override
    public ByteQuadsCanonicalizer makeChild(int flags) {
      // a child of a root made for this parser alone: not interned, nothing merged back, so nothing outlives it
      return new BoundedNames(ByteQuadsCanonicalizer.createRoot().makeChild(0));
    }

    @Override
    public ByteQuadsCanonicalizer makeChildOrPlaceholder(int flags) {
      return makeChild(flags);
    }

    @Override
    public void release() {
      // the table dies with its parser
    }

    @Override
    public boolean maybeDirty() {
      return false;
    }

    @Override
    public boolean isCanonicalizing() {
      return table != null;
    }

    @Override
    public int size() {
      return table == null ? 0 : table.size();
    }

    @Override
    public @Nullable String findName(int q1) {
      return table == null ? null : table.findName(q1);
    }

    @Override
    public @Nullable String findName(int q1, int q2) {
      return table == null ? null : table.findName(q1, q2);
    }

    @Override
    public @Nullable String findName(int q1, int q2, int q3) {
      return table == null ? null : table.findName(q1, q2, q3);
    }

    @Override
    public @Nullable String findName(int[] q, int qlen) {
      return table == null ? null : table.findName(q, qlen);
    }

    @Override
    public String addName(String name, int q1) throws StreamConstraintsException {
      return keep(name) && table != null ? table.addName(name, q1) : name;
    }

    @Override
    public String addName(String name, int q1, int q2) throws StreamConstraintsException {
      return keep(name) && table != null ? table.addName(name, q1, q2) : name;
    }

    @Override
    public String addName(String name, int q1, int q2, int q3) throws StreamConstraintsException {
      return keep(name) && table != null ? table.addName(name, q1, q2, q3) : name;
    }

    @Override
    public String addName(String name, int[] q, int qlen) throws StreamConstraintsException {
      return keep(name) && table != null ? table.addName(name, q, qlen) : name;
    }

    /** @return true when the name is to be remembered, counting it */
    private boolean keep(String name) {
      if (table == null || count >= MAX_NAMES || chars + name.length() > MAX_NAME_CHARS) {
        return false;
      }
      count++;
      chars += name.length();
      return true;
    }
  }
}
