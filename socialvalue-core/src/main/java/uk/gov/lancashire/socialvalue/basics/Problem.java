package uk.gov.lancashire.socialvalue.basics;

import java.util.Objects;

/**
 * One problem found while validating input: where it is ({@link #where()}, a {@link ProblemPath} of
 * segments, and {@link #path()}, its text) and what is wrong ({@link #message()}).
 *
 * <p>Paths use dots for fields and brackets for list positions or keys, for example {@code
 * measures[NT3].alignments[0]}. An empty path means the object itself. A reader that places problems on
 * its own paths (a JSON document, a spreadsheet) walks {@code where().segments()}; the text is for people.
 *
 * <p>Two problems are equal when their paths read the same and their messages are equal: a problem read
 * back from its text form equals the problem that was written.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Problem {

  private final ProblemPath where;
  private final String message;

  private Problem(ProblemPath where, String message) {
    this.where = Objects.requireNonNull(where, "where");
    this.message = Objects.requireNonNull(message, "message");
  }

  /**
   * Creates a problem.
   *
   * @param where where the problem is, {@link ProblemPath#root()} for the object itself
   * @param message what is wrong, in words a user can act on
   * @return the problem
   */
  public static Problem at(ProblemPath where, String message) {
    return new Problem(where, message);
  }

  /**
   * Creates a problem at a path given as text, taken as it is (not parsed). For a single property name, or
   * for paths from outside the core such as a JSON pointer or a CSV line; core validators build a {@link
   * ProblemPath} instead.
   *
   * @param path where the problem is, empty for the object itself
   * @param message what is wrong, in words a user can act on
   * @return the problem
   */
  public static Problem of(String path, String message) {
    return new Problem(ProblemPath.ofText(path), message);
  }

  /** @return where the problem is, as segments */
  public ProblemPath where() {
    return where;
  }

  /** @return where the problem is, as text such as {@code lines[0].id}; empty for the object itself */
  public String path() {
    return where.toString();
  }

  /** @return what is wrong */
  public String message() {
    return message;
  }

  /**
   * Returns this problem placed under a parent path.
   *
   * @param parent the parent path, such as {@code ProblemPath.of("measures").key("NT3")}
   * @return a problem whose path is the parent's segments followed by this one's
   */
  public Problem under(ProblemPath parent) {
    return new Problem(parent.then(where), message);
  }

  /**
   * Returns this problem placed under a parent property.
   *
   * @param parent the parent property's name, or empty for no parent; taken as one segment, never parsed
   * @return a problem whose path is {@code parent.path}
   */
  public Problem under(String parent) {
    return under(ProblemPath.ofText(parent));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Problem
        && ((Problem) other).path().equals(path())
        && ((Problem) other).message.equals(message);
  }

  @Override
  public int hashCode() {
    return path().hashCode() * 31 + message.hashCode();
  }

  /** @return {@code path: message}, or just the message when the path is empty */
  @Override
  public String toString() {
    return where.isRoot() ? message : path() + ": " + message;
  }
}
