package uk.gov.lancashire.socialvalue.json.engine;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.exc.StreamReadException;
import uk.gov.lancashire.socialvalue.basics.Problem;

/**
 * One document being read from Jackson's token stream: the parser, the reading options, the path of the
 * current value kept as a stack of segments (a JSON path string is built only when a problem is
 * reported), and the problems found so far.
 *
 * <p>At most {@link #MAX_PROBLEMS} problems are kept; the rest are counted, so memory stays bounded on
 * hostile input. Mutable and confined to the thread reading the document.
 */
public final class In {

  /** The most problems listed; the rest are counted. */
  public static final int MAX_PROBLEMS = 1000;

  private final JsonParser parser;
  private final boolean documentRoot;
  private final boolean rejectUnknown;
  private final int maxDecimalLength;
  private final boolean namesChecked;
  private final List<Found> found = new ArrayList<>();
  private long unlisted;
  private Object[] segments = new Object[16];
  private int depth;
  private int formatVersion;
  private long tokenBudget = Long.MAX_VALUE;
  private long charBudget = Long.MAX_VALUE;
  private final java.util.Map<String, java.util.Map<String, Refs.Entry>> tables = new java.util.HashMap<>();

  /**
   * @param parser the parser, before the document's first token
   * @param documentRoot true when the value at {@code $} is a whole document, so it must carry its marker
   * @param rejectUnknown true when a property the format does not define is a problem
   * @param maxDecimalLength the longest decimal string accepted
   */
  public In(JsonParser parser, boolean documentRoot, boolean rejectUnknown, int maxDecimalLength) {
    this.parser = parser;
    this.documentRoot = documentRoot;
    this.rejectUnknown = rejectUnknown;
    this.maxDecimalLength = maxDecimalLength;
    this.namesChecked = !parser.isEnabled(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
  }

  // ---------------------------------------------------------------- tokens

  /** @return the parser (for scalars) */
  public JsonParser parser() {
    return parser;
  }

  /** @return the current token */
  public JsonToken token() {
    return parser.currentToken();
  }

  /**
   * @return the next token, spending the token budget
   * @throws BudgetExceeded when a streamed record's token budget is spent
   */
  public JsonToken next() {
    if (--tokenBudget < 0) {
      throw new BudgetExceeded();
    }
    return parser.nextToken();
  }

  /**
   * Moves to the next token, as {@link #next()}, and says whether it is the property name expected: the
   * parser compares it with the input in place, without building a string, when it is.
   *
   * @param expected the name expected, such as the next declared property
   * @return true when the next token is that property name
   * @throws BudgetExceeded when a streamed record's token budget is spent
   */
  public boolean nextName(tools.jackson.core.SerializableString expected) {
    if (--tokenBudget < 0) {
      throw new BudgetExceeded();
    }
    return parser.nextName(expected);
  }

  /**
   * Skips the current value (its children when it is an array or object); when this reader checks repeated
   * names ({@link #checksNames()}), a name repeated in an object of the value stops the reading as well.
   * The names of its objects spend the character budget ({@link #spend}), as they are kept until their
   * object ends.
   *
   * @throws BudgetExceeded when a streamed record's budget is spent
   */
  public void skip() {
    JsonToken t = parser.currentToken();
    if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
      java.util.ArrayDeque<java.util.Set<String>> objects = namesChecked ? new java.util.ArrayDeque<>() : null;
      if (objects != null && t == JsonToken.START_OBJECT) {
        objects.push(new java.util.HashSet<>());
      }
      int open = 1;
      while (open > 0) {
        JsonToken n = next();
        if (n == null) {
          return;
        }
        if (n.isStructStart()) {
          open++;
          if (objects != null && n == JsonToken.START_OBJECT) {
            objects.push(new java.util.HashSet<>());
          }
        } else if (n.isStructEnd()) {
          open--;
          if (objects != null && n == JsonToken.END_OBJECT) {
            objects.pop();
          }
        } else if (n == JsonToken.PROPERTY_NAME) {
          // a name met in a skipped object is kept until the object ends (here to find a repeat, or by
          // Jackson's own detection): it spends a streamed record's character budget like any name kept
          String name = parser.currentName();
          spend(name.length());
          if (objects != null && !objects.peek().add(name)) {
            repeated(name);
          }
        }
      }
    }
  }

  /**
   * @return true when the parser does not refuse a property name repeated in an object, so the readers of
   *     objects must (a streamed reader's parser leaves it to them: see {@link StreamingFactory})
   */
  public boolean checksNames() {
    return namesChecked;
  }

  /**
   * Stops the reading at a property name repeated in one object, as Jackson's own duplicate detection does
   * (the same exception and message, so the problem reads the same whichever finds it).
   *
   * @param name the repeated name
   * @throws StreamReadException always
   */
  public void repeated(String name) {
    throw new StreamReadException(parser, "Duplicate Object property \"" + name + "\"");
  }

  /**
   * Sets how many tokens, and characters of strings kept, may still be read before {@link BudgetExceeded}
   * is thrown: streamed records use it to keep memory bounded whatever the input.
   *
   * @param tokens the token budget; {@link Long#MAX_VALUE} for none
   * @param chars the character budget; {@link Long#MAX_VALUE} for none
   */
  public void budget(long tokens, long chars) {
    tokenBudget = tokens;
    charBudget = chars;
  }

  /**
   * Spends characters of the budget on a string about to be kept.
   *
   * @param chars its length
   * @throws BudgetExceeded when the budget is spent
   */
  public void spend(int chars) {
    charBudget -= chars;
    if (charBudget < 0) {
      throw new BudgetExceeded();
    }
  }

  /**
   * Goes back to a nesting depth after a {@link BudgetExceeded}: skips the rest of the value being read.
   *
   * @param pathDepth the path depth to return to
   * @param parserDepth the parser's nesting depth to return to
   */
  public void unwind(int pathDepth, int parserDepth) {
    tokenBudget = Long.MAX_VALUE;
    charBudget = Long.MAX_VALUE;
    while (parser.streamReadContext().getNestingDepth() > parserDepth) {
      if (parser.nextToken() == null) {
        break;
      }
    }
    while (depth > pathDepth) {
      leave();
    }
  }

  /** Thrown when a streamed record holds more tokens than allowed. */
  public static final class BudgetExceeded extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BudgetExceeded() {
      super(null, null, false, false);
    }
  }

  // ---------------------------------------------------------------- options

  /** @return true when the value at {@code $} is a whole document */
  public boolean documentRoot() {
    return documentRoot;
  }

  /** @return true when unknown properties are problems */
  public boolean rejectsUnknown() {
    return rejectUnknown;
  }

  /** @return the longest decimal string accepted */
  public int maxDecimalLength() {
    return maxDecimalLength;
  }

  /** @return the format version of the document being read, 0 before its marker is read */
  public int formatVersion() {
    return formatVersion;
  }

  void formatVersion(int version) {
    formatVersion = version;
  }

  // ---------------------------------------------------------------- path

  /** @param name a property entered */
  public void enter(String name) {
    push(name);
  }

  /** @param index an array element entered */
  public void enter(int index) {
    push(index);
  }

  /** @param index the next element of the array entered last */
  public void index(int index) {
    segments[depth - 1] = index;
  }

  /** @return the tables of values the document declared so far, by property name ({@link Refs}) */
  java.util.Map<String, java.util.Map<String, Refs.Entry>> tables() {
    return tables;
  }

  /** @return the property entered last, left */
  Object leaveProperty() {
    Object last = segments[depth - 1];
    leave();
    return last;
  }

  /** Leaves the property or element entered last. */
  public void leave() {
    segments[--depth] = null;
  }

  /** @return the nesting depth of the current value, 0 at the document's root */
  public int depth() {
    return depth;
  }

  private void push(Object segment) {
    if (depth == segments.length) {
      segments = java.util.Arrays.copyOf(segments, depth * 2);
    }
    segments[depth++] = segment;
  }

  /** @return the JSON path of the current value, such as {@code $.measures[3].unit} */
  public String path() {
    return pathOf(segments, depth);
  }

  /**
   * @param b a path being built
   * @param segment a property name or an array index
   */
  public static void appendSegment(StringBuilder b, Object segment) {
    if (segment instanceof Integer) {
      b.append('[').append(segment).append(']');
      return;
    }
    String name = segment instanceof Clipped ? ((Clipped) segment).shown : Describe.clip((String) segment);
    if (plain(name)) {
      b.append('.').append(name);
    } else {
      b.append("['").append(name.replace("\\", "\\\\").replace("'", "\\'")).append("']");
    }
  }

  private static boolean plain(String name) {
    if (name.isEmpty() || Character.isDigit(name.charAt(0)) || name.charAt(0) == '-') {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-')) {
        return false;
      }
    }
    return true;
  }

  // ---------------------------------------------------------------- problems

  /** @param message a problem at the current value */
  public void problem(String message) {
    found(null, message);
  }

  /**
   * @param name a property of the current object
   * @param message a problem at that property
   */
  public void problemAt(String name, String message) {
    enter(name);
    problem(message);
    leave();
  }

  /**
   * @param path a JSON path at or below the current value
   * @param message a problem there
   */
  public void report(String path, String message) {
    found(path, message);
  }

  private void found(String path, String message) {
    if (found.size() < MAX_PROBLEMS) {
      Object[] at = java.util.Arrays.copyOf(segments, depth);
      for (int i = 0; i < depth; i++) {
        if (at[i] instanceof String && ((String) at[i]).length() > Describe.MAX_SHOWN) {
          at[i] = new Clipped(Describe.clip((String) at[i])); // a problem never keeps a long name
        }
      }
      found.add(new Found(at, path, message));
    } else {
      unlisted++;
    }
  }

  /** @return how many problems were found, listed or not */
  public long count() {
    return found.size() + unlisted;
  }

  /** @return how many problems were found beyond the {@link #MAX_PROBLEMS} listed */
  public long unlisted() {
    return unlisted;
  }

  /** @return the problems listed, with where each was found */
  public List<Found> found() {
    return java.util.Collections.unmodifiableList(found);
  }

  /** @return the problems, with a last one counting those not listed */
  public List<Problem> problems() {
    List<Problem> all = new ArrayList<>(found.size() + 1);
    for (Found f : found) {
      all.add(Problem.of(f.path(), f.message()));
    }
    if (unlisted > 0) {
      all.add(Problem.of("$", "and " + unlisted + " more problems, not listed"));
    }
    return List.copyOf(all);
  }

  /**
   * A problem found: where the reader was (property names and array indexes from the root), its JSON path
   * (at or below there) and its message. The path is built only when asked for.
   */
  public static final class Found {
    private final Object[] at;
    private final String path;
    private final String message;

    Found(Object[] at, String path, String message) {
      this.at = at;
      this.path = path;
      this.message = message;
    }

    /** @return how deep the reader was */
    public int depth() {
      return at.length;
    }

    /**
     * @param i a depth below {@link #depth()}
     * @return the property name ({@code String}) or array index ({@code Integer}) there
     */
    public Object segment(int i) {
      return at[i];
    }

    /** @return the JSON path */
    public String path() {
      return path != null ? path : pathOf(at, at.length);
    }

    /** @return the message */
    public String message() {
      return message;
    }
  }

  /** A long property name as a problem shows it. */
  private static final class Clipped {
    final String shown;

    Clipped(String shown) {
      this.shown = shown;
    }
  }

  /**
   * @param segments property names and array indexes
   * @param n how many of them
   * @return their JSON path, such as {@code $.measures[3].unit}
   */
  public static String pathOf(Object[] segments, int n) {
    StringBuilder b = new StringBuilder("$");
    for (int i = 0; i < n; i++) {
      appendSegment(b, segments[i]);
    }
    return b.toString();
  }

  /** @return a short description of the current token's value, for messages */
  public String describe() {
    JsonToken t = parser.currentToken();
    if (t == null) {
      return "nothing";
    }
    switch (t) {
      case VALUE_NULL:
        return "null";
      case VALUE_STRING: {
        int length = parser.getStringLength();
        String shown = new String(parser.getStringCharacters(), parser.getStringOffset(),
            Math.min(length, Describe.MAX_SHOWN));
        return "the string \"" + shown + (length > Describe.MAX_SHOWN ? "…(" + length + " characters)" : "") + "\"";
      }
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "the number " + Describe.clip(parser.getText());
      case VALUE_TRUE:
        return "the boolean true";
      case VALUE_FALSE:
        return "the boolean false";
      case START_ARRAY:
        return "an array";
      case START_OBJECT:
        return "an object";
      default:
        return t.name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
