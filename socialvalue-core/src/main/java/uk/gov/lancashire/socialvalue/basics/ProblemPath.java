package uk.gov.lancashire.socialvalue.basics;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Where a {@link Problem} is, as a list of segments: a property name, a position in a list, or a key
 * (the key of a map entry, or the code, id or name that identifies an element of a list). Validators
 * build paths from segments, never by joining strings, so a key that holds a dot, a bracket or only digits
 * stays one key: it is never mistaken for two properties or for a position. Readers that place problems on
 * their own paths (JSON, CSV, spreadsheets) walk {@link #segments()} and never parse {@link #toString()}.
 *
 * <p>The text form ({@link #toString()}, and {@link Problem#path()}) joins properties with dots and puts
 * positions and keys in brackets: {@code measures[NT3].alignments[0]}, {@code
 * proxyEditions[lcc@2024.1].values[NT1]}. A key that holds a bracket, a quote or a backslash, or is empty,
 * is written quoted with backslash escapes ({@code shares["a]b"]}) so the text stays readable; every other
 * key is written as it is. The text is for people: a key of digits reads like a position ({@code
 * yearly[3]}), which only the segments tell apart.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ProblemPath {

  private static final Segment[] NONE = new Segment[0];
  private static final ProblemPath ROOT = new ProblemPath(NONE);

  private final Segment[] segments;
  private String text;

  private ProblemPath(Segment[] segments) {
    this.segments = segments;
  }

  /** @return the empty path: the object that was checked */
  public static ProblemPath root() {
    return ROOT;
  }

  /**
   * Starts a path at a property.
   *
   * @param property a property name, such as {@code lines}; not a path
   * @return the path of that property
   * @throws IllegalArgumentException when the name is empty or holds {@code .}, {@code [} or {@code ]}
   *     (a programming error: such a name would be a path written as text)
   */
  public static ProblemPath of(String property) {
    return ROOT.property(property);
  }

  /**
   * The meaning the SDK's {@code String} path parameters keep for compatibility: the root for empty text,
   * otherwise one property whose name is the text as given, not parsed. For a property name (the core's
   * use) or for a path from outside the core, such as a JSON pointer or a spreadsheet cell, that is only
   * ever shown.
   *
   * @param text a property name or a path's text, or empty for the object itself
   * @return the path
   */
  static ProblemPath ofText(String text) {
    Objects.requireNonNull(text, "path");
    return text.isEmpty() ? ROOT : new ProblemPath(new Segment[] {new Property(text)});
  }

  // -------------------------------------------------------------------------------------------------
  // building

  /**
   * @param name a property name; not a path
   * @return this path followed by the property
   * @throws IllegalArgumentException when the name is empty or holds {@code .}, {@code [} or {@code ]}
   */
  public ProblemPath property(String name) {
    return append(Property.checked(name));
  }

  /**
   * @param position a position in a list, from 0
   * @return this path followed by the position
   * @throws IllegalArgumentException when the position is negative
   */
  public ProblemPath index(int position) {
    return append(new Index(position));
  }

  /**
   * @param key a map key, or the code or id that identifies a list element; any text, taken as one key
   * @return this path followed by the key
   */
  public ProblemPath key(String key) {
    return append(new Key(key));
  }

  /**
   * @param key a map key written with {@link String#valueOf(Object)}, such as a year or a measure code
   * @return this path followed by the key
   */
  public ProblemPath key(Object key) {
    return key(String.valueOf(Objects.requireNonNull(key, "key")));
  }

  /**
   * @param child a path relative to this one
   * @return this path followed by every segment of {@code child}
   */
  public ProblemPath then(ProblemPath child) {
    if (child.segments.length == 0) {
      return this;
    }
    if (segments.length == 0) {
      return child;
    }
    Segment[] joined = Arrays.copyOf(segments, segments.length + child.segments.length);
    System.arraycopy(child.segments, 0, joined, segments.length, child.segments.length);
    return new ProblemPath(joined);
  }

  private ProblemPath append(Segment segment) {
    Segment[] longer = Arrays.copyOf(segments, segments.length + 1);
    longer[segments.length] = segment;
    return new ProblemPath(longer);
  }

  // -------------------------------------------------------------------------------------------------
  // reading

  /** @return the segments, outermost first; empty for the root */
  public List<Segment> segments() {
    return List.of(segments);
  }

  /** @return true for the root, the object that was checked */
  public boolean isRoot() {
    return segments.length == 0;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ProblemPath && Arrays.equals(((ProblemPath) other).segments, segments);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(segments);
  }

  /** @return the text form, such as {@code measures[NT3].alignments[0]}; empty for the root */
  @Override
  public String toString() {
    String t = text;
    if (t == null) {
      StringBuilder out = new StringBuilder();
      for (Segment s : segments) {
        s.appendTo(out);
      }
      t = out.toString();
      text = t;
    }
    return t;
  }

  // -------------------------------------------------------------------------------------------------
  // segments

  /**
   * One step of a path: a {@link Property}, an {@link Index} or a {@link Key}.
   *
   * <p>Every implementation is immutable and thread-safe.
   */
  public sealed interface Segment permits Property, Index, Key {

    /**
     * Writes the segment in the path's text form.
     *
     * @param out the text so far, empty at the start of a path
     */
    void appendTo(StringBuilder out);
  }

  /**
   * A property of an object, by its declared name.
   *
   * @param name the name, never empty, without {@code .}, {@code [} or {@code ]} when built with {@link
   *     ProblemPath#property(String)}
   */
  public record Property(String name) implements Segment {

    /** @param name the name */
    public Property {
      Objects.requireNonNull(name, "name");
    }

    static Property checked(String name) {
      Objects.requireNonNull(name, "name");
      if (name.isEmpty() || name.indexOf('.') >= 0 || name.indexOf('[') >= 0 || name.indexOf(']') >= 0) {
        throw new IllegalArgumentException("'" + name + "' is not a property name; build a path from segments");
      }
      return new Property(name);
    }

    @Override
    public void appendTo(StringBuilder out) {
      if (out.length() > 0) {
        out.append('.');
      }
      out.append(name);
    }
  }

  /**
   * A position in a list, from 0.
   *
   * @param position the position
   */
  public record Index(int position) implements Segment {

    /** @param position the position, not negative */
    public Index {
      if (position < 0) {
        throw new IllegalArgumentException("a position must not be negative, was " + position);
      }
    }

    @Override
    public void appendTo(StringBuilder out) {
      out.append('[').append(position).append(']');
    }
  }

  /**
   * A key: of a map entry, or the code, id or name that identifies an element of a list. Any text is one
   * key, whatever it holds.
   *
   * @param key the key
   */
  public record Key(String key) implements Segment {

    /** @param key the key */
    public Key {
      Objects.requireNonNull(key, "key");
    }

    @Override
    public void appendTo(StringBuilder out) {
      if (plain(key)) {
        out.append('[').append(key).append(']');
        return;
      }
      out.append("[\"");
      for (int i = 0; i < key.length(); i++) {
        char c = key.charAt(i);
        if (c == '"' || c == '\\') {
          out.append('\\');
        }
        out.append(c);
      }
      out.append("\"]");
    }

    private static boolean plain(String key) {
      if (key.isEmpty() || key.charAt(0) == '"') {
        return false;
      }
      for (int i = 0; i < key.length(); i++) {
        char c = key.charAt(i);
        if (c == '[' || c == ']' || c == '\\') {
          return false;
        }
      }
      return true;
    }
  }
}
