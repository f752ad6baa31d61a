package uk.gov.lancashire.socialvalue.json;

import java.util.List;
import java.util.Objects;
import uk.gov.lancashire.socialvalue.basics.Problem;

/**
 * A partial success: what could be loaded, and a problem for each part that could not. Loading 10,000
 * rows of which 3 are bad gives the 9,997 good ones and 3 problems, not an exception on the first.
 *
 * <p>This class is immutable and thread-safe when {@code T} is.
 *
 * @param <T> what was loaded
 */
public final class Loaded<T> {

  private final T value;
  private final List<Problem> problems;

  private Loaded(T value, List<Problem> problems) {
    this.value = Objects.requireNonNull(value, "value");
    this.problems = List.copyOf(problems);
  }

  /**
   * @param <T> what was loaded
   * @param value what was loaded
   * @param problems the parts that could not be, each with where it is
   * @return the result
   */
  public static <T> Loaded<T> of(T value, List<Problem> problems) {
    return new Loaded<>(value, problems);
  }

  /** @return what was loaded: every good part */
  public T value() {
    return value;
  }

  /** @return a problem for each part that could not be loaded, in input order */
  public List<Problem> problems() {
    return problems;
  }

  /** @return true when every part was loaded */
  public boolean isComplete() {
    return problems.isEmpty();
  }
}
