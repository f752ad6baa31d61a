package uk.gov.lancashire.socialvalue.json;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.math.BigDecimal;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import uk.gov.lancashire.socialvalue.basics.FinancialQuarter;
import uk.gov.lancashire.socialvalue.delivery.DeliveryRecord;
import uk.gov.lancashire.socialvalue.delivery.Location;
import uk.gov.lancashire.socialvalue.delivery.RecordStatus;
import uk.gov.lancashire.socialvalue.framework.MeasureCode;
import uk.gov.lancashire.socialvalue.json.basics.BasicsJson;
import uk.gov.lancashire.socialvalue.json.delivery.DeliveryJson;
import uk.gov.lancashire.socialvalue.json.engine.EnumNames;
import uk.gov.lancashire.socialvalue.json.engine.Scalars;
import uk.gov.lancashire.socialvalue.json.engine.Shape;
import uk.gov.lancashire.socialvalue.json.framework.FrameworkScalars;

/**
 * Recognises the plain form of a run of delivery records straight from UTF-8 bytes, for {@link
 * DeliveryReportRollup}: a fast path in front of the streamed reader, which stays the one source of every
 * problem and path. It knows only what the SDK's writers write, and gives up (returns -1) on anything else,
 * so that the caller reads the same bytes again with the streamed reader.
 *
 * <p><strong>What it recognises.</strong> Records {@code {"name":value,...}} separated by commas, with JSON
 * whitespace (space, tab, line feed, carriage return) between tokens. Each name is one of {@link
 * DeliveryJson#RECORD}'s properties, each at most once, in any order; each value is of the kind that
 * property's codec reads: a string, the evidence an array of strings, the location an object of its {@code
 * kind} and {@code value} (each once). Every string is ASCII without control characters ({@code 0x20}–{@code 0x7F}) with no
 * backslash: a byte of {@code 0x80} or more, an escape or a control character gives up (so no UTF-8 is
 * decoded here, and none needs checking: the streamed reader checks it as {@code engine.StrictUtf8} does).
 * A {@code null}, a number, {@code true} or {@code false}, a property the record does not declare, a
 * repeated property, and a record (with the separators before it) longer than {@link #MAX_RECORD_BYTES}
 * bytes give up too, so hostile input always goes to the streamed reader and its bounds.
 *
 * <p><strong>The same values.</strong> Each value is converted by the codec the streamed reader uses
 * ({@link BasicsJson#QUARTER}, {@link FrameworkScalars#CODE}, {@link DeliveryJson#STATUS}, {@link
 * DeliveryJson#LOCATION_KIND}, {@link DeliveryJson#location(Location.Kind, String)}, {@link
 * Scalars#isPlainDecimal} with the reader's longest decimal, {@link Scalars#date}), and the record is built by
 * {@link DeliveryRecord#builder()}, whose checks apply; any exception they throw gives up. Quarters and
 * measure codes are memoised by their bytes (a bounded table of {@value #MEMO_SLOTS} slots), since a report
 * names few of them many times.
 *
 * <p>Not thread-safe: one per thread.
 */
final class RecordScanner {

  /** The longest record recognised, with the separators and whitespace before it, in bytes. */
  static final int MAX_RECORD_BYTES = 16 * 1024;
  /** How deep a record's values reach in its document: root object, records array, record, location. */
  static final int DEPTH = 4;

  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGH_BITS = 0x8080808080808080L;
  private static final long QUOTES = ONES * '"';
  private static final long BACKSLASHES = ONES * '\\';
  private static final long SPACES = ONES * ' ';

  private static final int MEMO_SLOTS = 256;
  private static final int MEMO_PROBES = 8;
  private static final int MEMO_MAX = 32;

  // what each declared property is, by the scanner's own codes
  private static final int ID = 0;
  private static final int PERIOD = 1;
  private static final int MEASURE = 2;
  private static final int QUANTITY = 3;
  private static final int SUPPLIER = 4;
  private static final int STATUS = 5;
  private static final int EVIDENCE = 6;
  private static final int CLAIM_KEY = 7;
  private static final int LOCATION = 8;
  private static final int EMPLOYMENT_START = 9;
  private static final int SHARE = 10;

  /** The record's property names as bytes, in {@link DeliveryJson#RECORD}'s declared order. */
  private static final byte[][] NAMES;
  /** The scanner's code of each declared property, or -1 when it does not know one (then it is off). */
  private static final int[] KINDS;
  /** The first eight bytes of each name, as {@link #word} makes them. */
  private static final long[] WORDS;
  private static final byte[] KIND = ascii("kind");
  private static final byte[] VALUE = ascii("value");
  private static final long KIND_WORD = word(KIND);
  private static final long VALUE_WORD = word(VALUE);
  /** True when the scanner knows every property of a record and of a location, as declared today. */
  static final boolean KNOWS_THE_SHAPES;

  private static final byte[][] STATUS_NAMES;
  private static final RecordStatus[] STATUS_VALUES;
  private static final byte[][] KIND_NAMES;
  private static final Location.Kind[] KIND_VALUES;

  static {
    List<Shape.Property> props = DeliveryJson.RECORD.properties();
    NAMES = new byte[props.size()][];
    WORDS = new long[props.size()];
    KINDS = new int[props.size()];
    boolean all = true;
    for (int i = 0; i < props.size(); i++) {
      String name = props.get(i).name();
      NAMES[i] = ascii(name);
      WORDS[i] = word(NAMES[i]);
      KINDS[i] = switch (name) {
        case "id" -> ID;
        case "period" -> PERIOD;
        case "measure" -> MEASURE;
        case "quantity" -> QUANTITY;
        case "supplier" -> SUPPLIER;
        case "status" -> STATUS;
        case "evidence" -> EVIDENCE;
        case "claimKey" -> CLAIM_KEY;
        case "location" -> LOCATION;
        case "employmentStart" -> EMPLOYMENT_START;
        case "share" -> SHARE;
        default -> -1;
      };
      all &= KINDS[i] >= 0;
    }
    all &= props.size() == 11
        && DeliveryJson.LOCATION.properties().stream().map(Shape.Property::name).toList().equals(List.of("kind", "value"));
    KNOWS_THE_SHAPES = all;
    STATUS_NAMES = names(DeliveryJson.STATUS);
    STATUS_VALUES = DeliveryJson.STATUS.allNames().stream().map(DeliveryJson.STATUS::valueOf).toArray(RecordStatus[]::new);
    KIND_NAMES = names(DeliveryJson.LOCATION_KIND);
    KIND_VALUES = DeliveryJson.LOCATION_KIND.allNames().stream().map(DeliveryJson.LOCATION_KIND::valueOf)
        .toArray(Location.Kind[]::new);
  }

  private final int maxDecimal;
  private final char[] chars = new char[MAX_RECORD_BYTES];
  private final List<String> evidence = new ArrayList<>();
  private final Memo<FinancialQuarter> periods = new TextMemo<>(BasicsJson.QUARTER);
  private final Memo<MeasureCode> measures = new TextMemo<>(FrameworkScalars.CODE);
  private final Memo<Location> locations = new LocationMemo();

  /** The position after the value last read. */
  private int at;
  /** The string last read: its start and end in the buffer. */
  private int from;
  private int to;

  /** @param maxDecimal the longest decimal the streamed reader accepts ({@link SocialValueModule#maxDecimalLength()}) */
  RecordScanner(int maxDecimal) {
    this.maxDecimal = maxDecimal;
  }

  /**
   * A window on the bytes of a chunk: {@code buffer[position, limit)} are read and not yet scanned; more may
   * follow until {@code end}.
   */
  abstract static class Window {
    byte[] buffer;
    int position;
    int limit;
    boolean end;

    /**
     * Makes at least {@code bytes} bytes available from {@code position}, or every byte left; may move them
     * to the start of the buffer.
     */
    abstract void fill(int bytes);
  }

  /** A chunk held whole in an array. */
  static final class Held extends Window {
    Held(byte[] bytes, int from, int to) {
      buffer = bytes;
      position = from;
      limit = to;
      end = true;
    }

    @Override
    void fill(int bytes) {}
  }

  /**
   * Scans the records of a chunk.
   *
   * @param window the chunk's bytes, from just after the array's {@code [} or at a record's {@code {}
   * @param last true when the chunk runs to the end of the document, so that its records are followed by
   *     {@code ]}, {@code }} and whitespace
   * @param sink receives each record, in order
   * @return how many records, or -1 when the chunk is not plain (the sink may have seen some records)
   */
  long chunk(Window window, boolean last, Consumer<DeliveryRecord> sink) {
    long n = 0;
    while (true) {
      window.fill(MAX_RECORD_BYTES);
      byte[] b = window.buffer;
      int end = Math.min(window.limit, window.position + MAX_RECORD_BYTES);
      int p = ws(b, window.position, end);
      if (n > 0) {
        if (p < end && b[p] == ',') {
          p = ws(b, p + 1, end);
        } else {
          window.position = p;
          break;
        }
      }
      if (p < end && b[p] == '{') {
        DeliveryRecord record = record(b, p, end);
        if (record == null) {
          return -1;
        }
        sink.accept(record);
        n++;
        window.position = at;
      } else if (n > 0) {
        return -1;
      } else {
        window.position = p;
        break;
      }
    }
    window.fill(MAX_RECORD_BYTES);
    byte[] b = window.buffer;
    int end = Math.min(window.limit, window.position + MAX_RECORD_BYTES);
    int p = window.position;
    if (last) {
      if (p >= end || b[p] != ']') {
        return -1;
      }
      p = ws(b, p + 1, end);
      if (p >= end || b[p] != '}') {
        return -1;
      }
      p = ws(b, p + 1, end);
    }
    return p == window.limit && window.end ? n : -1;
  }

  /**
   * @param b the bytes
   * @param p a record's {@code {}
   * @param end no byte at or beyond it is read
   * @return the record, with {@link #at} after its {@code }}; null when it is not plain
   */
  @Nullable DeliveryRecord record(byte[] b, int p, int end) {
    DeliveryRecord.Builder builder = DeliveryRecord.builder();
    long seen = 0;
    int expect = 0;
    p = ws(b, p + 1, end);
    while (true) {
      if (p >= end || b[p] != '"') {
        return null;
      }
      int slot = name(b, p + 1, end, expect);
      if (slot < 0 || (seen & 1L << slot) != 0) {
        return null;
      }
      seen |= 1L << slot;
      expect = slot + 1;
      p = colon(b, p + 2 + NAMES[slot].length, end);
      if (p < 0 || !value(KINDS[slot], builder, b, p, end)) {
        return null;
      }
      p = ws(b, at, end);
      if (p >= end) {
        return null;
      }
      if (b[p] == ',') {
        p = ws(b, p + 1, end);
      } else if (b[p] == '}') {
        at = p + 1;
        return builder.build();
      } else {
        return null;
      }
    }
  }

  /** Reads one property's value at {@code p} into the builder; {@link #at} after it. */
  private boolean value(int kind, DeliveryRecord.Builder builder, byte[] b, int p, int end) {
    switch (kind) {
      case ID -> {
        if (!string(b, p, end)) {
          return false;
        }
        builder.id(text(b));
      }
      case PERIOD -> {
        if (!string(b, p, end)) {
          return false;
        }
        builder.period(periods.value(0, b, from, to));
      }
      case MEASURE -> {
        if (!string(b, p, end)) {
          return false;
        }
        builder.measure(measures.value(0, b, from, to));
      }
      case QUANTITY -> {
        BigDecimal q = decimal(b, p, end);
        if (q == null) {
          return false;
        }
        builder.quantity(q);
      }
      case SUPPLIER -> {
        if (!string(b, p, end)) {
          return false;
        }
        builder.supplier(text(b));
      }
      case STATUS -> {
        if (!string(b, p, end)) {
          return false;
        }
        int i = match(STATUS_NAMES, b, from, to);
        if (i < 0) {
          return false;
        }
        builder.status(STATUS_VALUES[i]);
      }
      case EVIDENCE -> {
        if (!evidence(b, p, end)) {
          return false;
        }
        builder.addAllEvidence(evidence);
      }
      case CLAIM_KEY -> {
        if (!string(b, p, end)) {
          return false;
        }
        builder.claimKey(text(b));
      }
      case LOCATION -> {
        Location location = location(b, p, end);
        if (location == null) {
          return false;
        }
        builder.location(location);
      }
      case EMPLOYMENT_START -> {
        if (!string(b, p, end)) {
          return false;
        }
        LocalDate date = Scalars.date(text(b));
        if (date == null) {
          return false;
        }
        builder.employmentStart(date);
      }
      case SHARE -> {
        BigDecimal share = decimal(b, p, end);
        if (share == null) {
          return false;
        }
        builder.share(share);
      }
      default -> {
        return false;
      }
    }
    return true;
  }

  private @Nullable BigDecimal decimal(byte[] b, int p, int end) {
    if (!string(b, p, end)) {
      return null;
    }
    int length = to - from;
    if (length > maxDecimal) {
      return null;
    }
    char[] c = chars;
    for (int i = 0; i < length; i++) {
      c[i] = (char) b[from + i];
    }
    if (!Scalars.isPlainDecimal(c, 0, length)) {
      return null;
    }
    if (length > 18) {
      return new BigDecimal(c, 0, length);
    }
    // at most 18 characters: the digits fit a long, and valueOf gives new BigDecimal's value and scale
    long unscaled = 0;
    int scale = 0;
    for (int i = c[0] == '-' ? 1 : 0; i < length; i++) {
      if (c[i] == '.') {
        scale = length - i - 1;
      } else {
        unscaled = unscaled * 10 + (c[i] - '0');
      }
    }
    return BigDecimal.valueOf(c[0] == '-' ? -unscaled : unscaled, scale);
  }

  private boolean evidence(byte[] b, int p, int end) {
    evidence.clear();
    if (p >= end || b[p] != '[') {
      return false;
    }
    p = ws(b, p + 1, end);
    if (p < end && b[p] == ']') {
      at = p + 1;
      return true;
    }
    while (true) {
      if (!string(b, p, end)) {
        return false;
      }
      evidence.add(text(b));
      p = ws(b, at, end);
      if (p >= end) {
        return false;
      }
      if (b[p] == ']') {
        at = p + 1;
        return true;
      }
      if (b[p] != ',') {
        return false;
      }
      p = ws(b, p + 1, end);
    }
  }

  private @Nullable Location location(byte[] b, int p, int end) {
    if (p >= end || b[p] != '{') {
      return null;
    }
    int kind = -1;
    int valueFrom = -1;
    int valueTo = -1;
    p = ws(b, p + 1, end);
    while (true) {
      if (p >= end || b[p] != '"') {
        return null;
      }
      boolean isKind = matches(KIND, KIND_WORD, b, p + 1, end);
      if (!isKind && !matches(VALUE, VALUE_WORD, b, p + 1, end)) {
        return null;
      }
      p = colon(b, p + 2 + (isKind ? KIND.length : VALUE.length), end);
      if (p < 0 || !string(b, p, end)) {
        return null;
      }
      if (isKind) {
        int i = match(KIND_NAMES, b, from, to);
        if (kind >= 0 || i < 0) {
          return null;
        }
        kind = i;
      } else {
        if (valueFrom >= 0) {
          return null;
        }
        valueFrom = from;
        valueTo = to;
      }
      p = ws(b, at, end);
      if (p >= end) {
        return null;
      }
      if (b[p] == '}') {
        at = p + 1;
        return kind < 0 || valueFrom < 0 ? null : locations.value(kind, b, valueFrom, valueTo);
      }
      if (b[p] != ',') {
        return null;
      }
      p = ws(b, p + 1, end);
    }
  }

  /**
   * Reads a plain string at {@code p}: ASCII from {@code 0x20}, no backslash. Sets {@link #from} and {@link #to} to
   * its characters and {@link #at} after its closing quote.
   */
  private boolean string(byte[] b, int p, int end) {
    if (p >= end || b[p] != '"') {
      return false;
    }
    int i = p + 1;
    // eight bytes at a time while no byte is a quote, a backslash, a control character or beyond ASCII
    while (i + Long.BYTES <= end) {
      long w = (long) LONGS.get(b, i);
      long special = zeroBytes(w ^ QUOTES) | zeroBytes(w ^ BACKSLASHES) | (w - SPACES & ~w | w) & HIGH_BITS;
      if (special != 0) {
        i += Long.numberOfTrailingZeros(special) >>> 3; // the first such byte: the lowest flag is exact
        break;
      }
      i += Long.BYTES;
    }
    while (i < end) {
      byte c = b[i];
      if (c == '"') {
        from = p + 1;
        to = i;
        at = i + 1;
        return true;
      }
      if (c < 0x20 || c == '\\') {
        return false; // a control character, an escape, or a byte of 0x80 or more (negative)
      }
      i++;
    }
    return false;
  }

  /**
   * @return the high bit of each byte of {@code x} that is zero, and perhaps of bytes above such a byte (a
   *     borrow carries only upward, so the lowest bit set is always a zero byte's)
   */
  private static long zeroBytes(long x) {
    return (x - ONES & ~x) & HIGH_BITS;
  }

  private String text(byte[] b) {
    return new String(b, from, to - from, StandardCharsets.ISO_8859_1);
  }

  /** @return the slot of the name at {@code p} (just after its quote), trying {@code expect} first; or -1 */
  private static int name(byte[] b, int p, int end, int expect) {
    if (expect < NAMES.length && matches(NAMES[expect], WORDS[expect], b, p, end)) {
      return expect;
    }
    for (int i = 0; i < NAMES.length; i++) {
      if (matches(NAMES[i], WORDS[i], b, p, end)) {
        return i;
      }
    }
    return -1;
  }

  /** @return true when the bytes at {@code p} are {@code name} and a closing quote */
  private static boolean matches(byte[] name, long word, byte[] b, int p, int end) {
    int n = name.length;
    if (p + n >= end || b[p + n] != '"') {
      return false;
    }
    if (n <= Long.BYTES && p + Long.BYTES <= end) {
      long mask = n == Long.BYTES ? -1L : (1L << (n << 3)) - 1;
      return (((long) LONGS.get(b, p) ^ word) & mask) == 0;
    }
    for (int i = 0; i < n; i++) {
      if (b[p + i] != name[i]) {
        return false;
      }
    }
    return true;
  }

  /** @return the index of the name equal to {@code b[from, to)}, or -1 */
  private static int match(byte[][] names, byte[] b, int from, int to) {
    for (int i = 0; i < names.length; i++) {
      if (names[i].length == to - from && same(names[i], b, from, to - from)) {
        return i;
      }
    }
    return -1;
  }

  /** @return the position of the value after whitespace, a colon and whitespace at {@code p}, or -1 */
  private static int colon(byte[] b, int p, int end) {
    p = ws(b, p, end);
    if (p >= end || b[p] != ':') {
      return -1;
    }
    return ws(b, p + 1, end);
  }

  /** @return the first position at or after {@code p} that is not JSON whitespace, at most {@code end} */
  private static int ws(byte[] b, int p, int end) {
    while (p < end) {
      byte c = b[p];
      if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
        return p;
      }
      p++;
    }
    return p;
  }

  /** @return the first eight bytes of a name, little-endian, zero beyond its end */
  private static long word(byte[] name) {
    long w = 0;
    for (int i = Math.min(name.length, Long.BYTES) - 1; i >= 0; i--) {
      w = w << 8 | name[i] & 0xFF;
    }
    return w;
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }

  private static byte[][] names(EnumNames<?> names) {
    return names.allNames().stream().map(RecordScanner::ascii).toArray(byte[][]::new);
  }

  /**
   * A bounded memo of a text codec's values by the bytes of their text: {@value #MEMO_SLOTS} slots, texts of
   * at most {@value #MEMO_MAX} bytes; a new text replaces the one in its slot. A miss converts the text with
   * the codec; its exception propagates.
   */
  private abstract static class Memo<T> {
    private final byte[][] keys = new byte[MEMO_SLOTS][];
    private final Object[] values = new Object[MEMO_SLOTS];

    /** @return the value of {@code b[from, to)} (with {@code tag}), converted by the codec */
    abstract T convert(int tag, byte[] b, int from, int to);

    /**
     * @param tag a small number kept with the text (one memo for texts of several kinds)
     * @return the value of {@code b[from, to)}, memoised
     */
    @SuppressWarnings("unchecked")
    final T value(int tag, byte[] b, int from, int to) {
      int length = to - from;
      if (length > MEMO_MAX) {
        return convert(tag, b, from, to);
      }
      int h = tag;
      for (int i = from; i < to; i++) {
        h = 31 * h + b[i];
      }
      int home = (h ^ h >>> 16) & MEMO_SLOTS - 1;
      int slot = home;
      for (int probe = 0; probe < MEMO_PROBES; probe++, slot = slot + 1 & MEMO_SLOTS - 1) {
        byte[] key = keys[slot];
        if (key == null) {
          break;
        }
        if (key.length == length + 1 && key[length] == tag && same(key, b, from, length)) {
          return (T) values[slot];
        }
      }
      T value = convert(tag, b, from, to);
      if (keys[slot] != null) {
        slot = home; // every slot probed is taken: the new text replaces the one in its home slot
      }
      byte[] key = Arrays.copyOf(Arrays.copyOfRange(b, from, to), length + 1);
      key[length] = (byte) tag;
      keys[slot] = key;
      values[slot] = value;
      return value;
    }
  }

  /** A memo of a text codec's values. */
  private static final class TextMemo<T> extends Memo<T> {
    private final Scalars.Text<T> codec;

    TextMemo(Scalars.Text<T> codec) {
      this.codec = codec;
    }

    @Override
    T convert(int tag, byte[] b, int from, int to) {
      return codec.valueOf(new String(b, from, to - from, StandardCharsets.ISO_8859_1));
    }
  }

  /** A memo of locations, by kind (the tag) and value. */
  private static final class LocationMemo extends Memo<Location> {
    @Override
    Location convert(int tag, byte[] b, int from, int to) {
      return DeliveryJson.location(KIND_VALUES[tag], new String(b, from, to - from, StandardCharsets.ISO_8859_1));
    }
  }

  /** @return true when {@code key[0, length)} equals {@code b[from, from + length)} */
  private static boolean same(byte[] key, byte[] b, int from, int length) {
    for (int i = 0; i < length; i++) {
      if (key[i] != b[from + i]) {
        return false;
      }
    }
    return true;
  }
}
