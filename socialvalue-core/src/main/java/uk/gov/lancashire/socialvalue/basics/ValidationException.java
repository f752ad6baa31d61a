package uk.gov.lancashire.socialvalue.basics;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when input is invalid; carries <em>every</em> problem found, each with its path (a {@link
 * ProblemPath} of segments), not just the first.
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
    super(describe(Args.copyOf(problems, "problems")));
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
        .map(name -> Problem.at(ProblemPath.ofText(name), "is required but was not set"))
        .collect(Collectors.toList()));
  }

  /**
   * Creates the exception for one problem.
   *
   * @param where where the problem is
   * @param message what is wrong
   * @return the exception
   */
  public static ValidationException at(ProblemPath where, String message) {
    return new ValidationException(List.of(Problem.at(where, message)));
  }

  /**
   * Creates the exception for one problem at a property.
   *
   * @param property the property's name, or empty for the object itself; taken as one segment, never parsed
   *     (a path from outside the core, such as a JSON pointer, is kept as given)
   * @param message what is wrong
   * @return the exception
   */
  public static ValidationException of(String property, String message) {
    return at(ProblemPath.ofText(property), message);
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
  public ValidationException under(ProblemPath parent) {
    return new ValidationException(
        problems.stream().map(p -> p.under(parent)).collect(Collectors.toList()));
  }

  /**
   * Returns the same problems placed under a parent property.
   *
   * @param parent the parent property's name, or empty for no parent; taken as one segment, never parsed
   * @return a new exception whose problems are under {@code parent}
   */
  public ValidationException under(String parent) {
    return under(ProblemPath.ofText(parent));
  }

  private static String describe(List<Problem> problems) {
    String lines = problems.stream().map(Problem::toString).collect(Collectors.joining("\n  "));
    return problems.size() + (problems.size() == 1 ? " problem:\n  " : " problems:\n  ") + lines;
  }
}
