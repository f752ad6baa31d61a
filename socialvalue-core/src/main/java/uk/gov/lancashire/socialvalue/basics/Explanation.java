package uk.gov.lancashire.socialvalue.basics;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How a figure was made: the audit trail a council publishes beside the number.
 *
 * <p>An explanation is a small tree: a title, ordered entries ({@code key: value}, such as
 * {@code proxy: 1000 GBP per FTE-years, price year 2024}) and child explanations (one per line, one per
 * year). A report can walk the structure ({@link #entries()}, {@link #children()}, {@link
 * #entry(String)}) or print it with {@link #toText()}. Numbers in entries are written exactly, as
 * plain decimals; rounded figures are labelled as rounded with their rounding mode.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Explanation {

  /**
   * One fact of an explanation.
   *
   * <p>This class is immutable and thread-safe.
   *
   * @param key what the fact is, e.g. {@code deadweight}
   * @param value the fact, e.g. {@code 0.2 (measure default)}
   */
  public record Entry(String key, String value) {

    /**
     * Checks both parts are present.
     *
     * @param key what the fact is, e.g. {@code deadweight}
     * @param value the fact, e.g. {@code 0.2 (measure default)}
     */
    public Entry {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(value, "value");
    }
  }

  private final String title;
  private final List<Entry> entries;
  private final List<Explanation> children;

  private Explanation(String title, List<Entry> entries, List<Explanation> children) {
    this.title = title;
    this.entries = List.copyOf(entries);
    this.children = List.copyOf(children);
  }

  /**
   * Starts an explanation.
   *
   * @param title what is explained
   * @return an explanation with no entries
   */
  public static Explanation of(String title) {
    return new Explanation(Objects.requireNonNull(title, "title"), List.of(), List.of());
  }

  /**
   * @param key what the fact is
   * @param value the fact
   * @return a new explanation with the entry added
   */
  public Explanation with(String key, Object value) {
    List<Entry> more = new ArrayList<>(entries);
    more.add(new Entry(key, String.valueOf(value)));
    return new Explanation(title, more, children);
  }

  /**
   * @param child a child explanation
   * @return a new explanation with the child added
   */
  public Explanation with(Explanation child) {
    List<Explanation> more = new ArrayList<>(children);
    more.add(Objects.requireNonNull(child, "child"));
    return new Explanation(title, entries, more);
  }

  /** @return what is explained */
  public String title() {
    return title;
  }

  /** @return the facts, in order */
  public List<Entry> entries() {
    return entries;
  }

  /** @return the child explanations, in order */
  public List<Explanation> children() {
    return children;
  }

  /**
   * @param key a key
   * @return the value of the first entry with that key
   */
  public Optional<String> entry(String key) {
    return entries.stream().filter(e -> e.key().equals(key)).map(Entry::value).findFirst();
  }

  /** @return the explanation as indented text, one fact a line */
  public String toText() {
    StringBuilder text = new StringBuilder();
    render(text, "");
    return text.toString();
  }

  private void render(StringBuilder text, String indent) {
    text.append(indent).append(title).append('\n');
    for (Entry entry : entries) {
      text.append(indent).append("  ").append(entry.key()).append(": ").append(entry.value()).append('\n');
    }
    for (Explanation child : children) {
      child.render(text, indent + "  ");
    }
  }

  /**
   * Explanations are values: equal when their titles, entries and children are equal, in order, so a record
   * that carries one (an exclusion, a duplicate, a criterion score) compares by what it says.
   *
   * @param other another object
   * @return whether it is an equal explanation
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof Explanation that && title.equals(that.title) && entries.equals(that.entries)
        && children.equals(that.children);
  }

  @Override
  public int hashCode() {
    return Objects.hash(title, entries, children);
  }

  @Override
  public String toString() {
    return toText();
  }
}
