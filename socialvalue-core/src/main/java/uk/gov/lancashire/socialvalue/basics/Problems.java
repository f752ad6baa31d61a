package uk.gov.lancashire.socialvalue.basics;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Collects problems while a whole object graph is checked, then reports them together.
 *
 * <p>Use one collector per validation run: it is mutable and not thread-safe. Typical use:
 *
 * <pre>{@code
 * Problems problems = new Problems();
 * problems.check(!id().isBlank(), "id", "must not be blank");
 * problems.check(weight.signum() >= 0, ProblemPath.of("schemes").key(id).property("weight"), "must not be negative");
 * problems.throwIfAny();
 * }</pre>
 *
 * <p>A place is a {@link ProblemPath} built from segments, or a {@code String}: a single property name
 * (core validators use it only so), or a path from outside the core (a JSON pointer, a spreadsheet cell)
 * taken as it is, never parsed.
 */
public final class Problems {

  private final List<Problem> found = new ArrayList<>();

  /** Creates an empty collector. */
  public Problems() {}

  /**
   * Records a problem.
   *
   * @param where where
   * @param message what
   * @return this collector
   */
  public Problems add(ProblemPath where, String message) {
    found.add(Problem.at(where, message));
    return this;
  }

  /**
   * Records a problem.
   *
   * @param path a property name, or a path's text from outside the core
   * @param message what
   * @return this collector
   */
  public Problems add(String path, String message) {
    found.add(Problem.of(path, message));
    return this;
  }

  /**
   * Records a problem found elsewhere, as it is.
   *
   * @param problem the problem
   * @return this collector
   */
  public Problems add(Problem problem) {
    found.add(Objects.requireNonNull(problem, "problem"));
    return this;
  }

  /**
   * Records a problem when a condition does not hold.
   *
   * @param condition what must be true
   * @param where where
   * @param message what is wrong when it is false
   * @return {@code condition}
   */
  public boolean check(boolean condition, ProblemPath where, String message) {
    if (!condition) {
      add(where, message);
    }
    return condition;
  }

  /**
   * Records a problem when a condition does not hold.
   *
   * @param condition what must be true
   * @param path a property name, or a path's text from outside the core
   * @param message what is wrong when it is false
   * @return {@code condition}
   */
  public boolean check(boolean condition, String path, String message) {
    if (!condition) {
      add(path, message);
    }
    return condition;
  }

  /**
   * Records a problem when a value is not a fraction in [0, 1].
   *
   * @param value the value
   * @param path a property name, or a path's text from outside the core
   * @return true when the value is valid
   */
  public boolean fraction(java.math.BigDecimal value, String path) {
    return fraction(value, ProblemPath.ofText(path));
  }

  /**
   * Records a problem when a value is not a fraction in [0, 1].
   *
   * @param value the value
   * @param where where
   * @return true when the value is valid
   */
  public boolean fraction(java.math.BigDecimal value, ProblemPath where) {
    String problem = Args.fractionProblem(value);
    return check(problem == null, where, String.valueOf(problem));
  }

  /**
   * Runs a construction step, recording its validation problems under {@code path} instead of
   * stopping at the first.
   *
   * @param <T> what is built
   * @param path a property name, or a path's text from outside the core
   * @param step the construction
   * @return the built value, or {@code null} when it failed (its problems are recorded)
   */
  public <T> @Nullable T attempt(String path, Supplier<T> step) {
    return attempt(ProblemPath.ofText(path), step);
  }

  /**
   * Runs a construction step, recording its validation problems under {@code where} instead of
   * stopping at the first.
   *
   * @param <T> what is built
   * @param where where the built thing sits
   * @param step the construction
   * @return the built value, or {@code null} when it failed (its problems are recorded)
   */
  public <T> @Nullable T attempt(ProblemPath where, Supplier<T> step) {
    try {
      return step.get();
    } catch (ValidationException e) {
      e.under(where).problems().forEach(found::add);
      return null;
    } catch (IllegalArgumentException | NullPointerException e) {
      add(where, String.valueOf(e.getMessage()));
      return null;
    }
  }

  /** @return true when nothing was found */
  public boolean isEmpty() {
    return found.isEmpty();
  }

  /** @return a copy of the problems found so far */
  public List<Problem> list() {
    return List.copyOf(found);
  }

  /**
   * Throws a {@link ValidationException} carrying every problem found, if any.
   *
   * @throws ValidationException when at least one problem was recorded
   */
  public void throwIfAny() {
    if (!found.isEmpty()) {
      throw new ValidationException(found);
    }
  }
}
