package uk.gov.lancashire.socialvalue.basics;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Collects problems while a whole object graph is checked, then reports them together.
 *
 * <p>Use one collector per validation run: it is mutable and not thread-safe. Typical use:
 *
 * <pre>{@code
 * Problems problems = new Problems();
 * problems.check(weight.signum() >= 0, "schemes[lcc].weight", "must not be negative");
 * problems.throwIfAny();
 * }</pre>
 */
public final class Problems {

  private final List<Problem> found = new ArrayList<>();

  /** Creates an empty collector. */
  public Problems() {}

  /**
   * Records a problem.
   *
   * @param path where
   * @param message what
   * @return this collector
   */
  public Problems add(String path, String message) {
    found.add(Problem.of(path, message));
    return this;
  }

  /**
   * Records a problem when a condition does not hold.
   *
   * @param condition what must be true
   * @param path where
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
   * @param path where
   * @return true when the value is valid
   */
  public boolean fraction(java.math.BigDecimal value, String path) {
    String problem = Args.fractionProblem(value);
    return check(problem == null, path, String.valueOf(problem));
  }

  /**
   * Runs a construction step, recording its validation problems under {@code path} instead of
   * stopping at the first.
   *
   * @param <T> what is built
   * @param path where the built thing sits
   * @param step the construction
   * @return the built value, or {@code null} when it failed (its problems are recorded)
   */
  public <T> @Nullable T attempt(String path, Supplier<T> step) {
    try {
      return step.get();
    } catch (ValidationException e) {
      e.under(path).problems().forEach(found::add);
      return null;
    } catch (IllegalArgumentException | NullPointerException e) {
      add(path, String.valueOf(e.getMessage()));
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
