package uk.gov.lancashire.socialvalue.basics;

import java.util.Objects;

/**
 * One problem found while validating input: where it is ({@link #path()}) and what is wrong
 * ({@link #message()}).
 *
 * <p>Paths use dots for fields and brackets for list positions or keys, for example
 * {@code measures[NT3].alignments[0]}. An empty path means the object itself.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Problem {

  private final String path;
  private final String message;

  private Problem(String path, String message) {
    this.path = Objects.requireNonNull(path, "path");
    this.message = Objects.requireNonNull(message, "message");
  }

  /**
   * Creates a problem.
   *
   * @param path where the problem is, empty for the object itself
   * @param message what is wrong, in words a user can act on
   * @return the problem
   */
  public static Problem of(String path, String message) {
    return new Problem(path, message);
  }

  /** @return where the problem is; empty for the object itself */
  public String path() {
    return path;
  }

  /** @return what is wrong */
  public String message() {
    return message;
  }

  /**
   * Returns this problem placed under a parent path.
   *
   * @param parent the parent path, such as {@code measures[NT3]}
   * @return a problem whose path is {@code parent.path}
   */
  public Problem under(String parent) {
    return new Problem(Paths.join(parent, path), message);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Problem
        && ((Problem) other).path.equals(path)
        && ((Problem) other).message.equals(message);
  }

  @Override
  public int hashCode() {
    return path.hashCode() * 31 + message.hashCode();
  }

  /** @return {@code path: message}, or just the message when the path is empty */
  @Override
  public String toString() {
    return path.isEmpty() ? message : path + ": " + message;
  }
}
