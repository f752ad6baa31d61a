package uk.gov.lancashire.socialvalue.basics;

import java.util.List;
import java.util.Objects;

/**
 * A partial success: what could be loaded, and a problem for each part that could not. Loading 10,000
 * rows of which 3 are bad gives the 9,997 good ones and 3 problems, not an exception on the first.
 *
 * <p>This class is immutable and thread-safe when {@code T} is.
 *
 * @param <T> what was loaded
 * @param value what was loaded: every good part
 * @param problems a problem for each part that could not be loaded, each with where it is, in input
 *     order
 */
public record Loaded<T>(T value, List<Problem> problems) {

  /**
   * @param value what was loaded
   * @param problems the parts that could not be
   */
  public Loaded {
    Objects.requireNonNull(value, "value");
    problems = Args.copyOf(problems, "problems");
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

  /** @return true when every part was loaded */
  public boolean isComplete() {
    return problems.isEmpty();
  }
}
