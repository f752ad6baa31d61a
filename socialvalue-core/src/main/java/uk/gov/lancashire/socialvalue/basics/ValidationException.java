package uk.gov.lancashire.socialvalue.basics;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when input is invalid; carries <em>every</em> problem found, each with its path, not just the
 * first.
 *
 * <p>It extends {@link IllegalArgumentException} so callers that only expect the JDK's exception for
 * bad arguments still catch it.
 */
public final class ValidationException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final transient List<Problem> problems;

  /**
   * Creates the exception.
   *
   * @param problems the problems found, at least one
   */
  public ValidationException(List<Problem> problems) {
    super(describe(problems));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a ValidationException needs at least one problem");
    }
    this.problems = List.copyOf(problems);
  }

  /**
   * Creates the exception for a builder built without some of its required attributes: one problem per
   * missing attribute, at the attribute's path. Generated builders call it (see {@link
   * SocialValueStyle}); other code reports problems with {@link #of(String, String)} or {@link
   * Problems}.
   *
   * @param missingAttributes the names of the attributes that were not set, at least one
   */
  public ValidationException(String... missingAttributes) {
    this(Arrays.stream(missingAttributes)
        .map(name -> Problem.of(name, "is required but was not set"))
        .collect(Collectors.toList()));
  }

  /**
   * Creates the exception for one problem.
   *
   * @param path where the problem is
   * @param message what is wrong
   * @return the exception
   */
  public static ValidationException of(String path, String message) {
    return new ValidationException(List.of(Problem.of(path, message)));
  }

  /** @return every problem found, in the order found */
  public List<Problem> problems() {
    return problems;
  }

  /**
   * Returns the same problems placed under a parent path.
   *
   * @param parent the parent path
   * @return a new exception whose problems are under {@code parent}
   */
  public ValidationException under(String parent) {
    return new ValidationException(
        problems.stream().map(p -> p.under(parent)).collect(Collectors.toList()));
  }

  private static String describe(List<Problem> problems) {
    String lines = problems.stream().map(Problem::toString).collect(Collectors.joining("\n  "));
    return problems.size() + (problems.size() == 1 ? " problem:\n  " : " problems:\n  ") + lines;
  }
}
