package uk.gov.lancashire.socialvalue.json;

import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DatabindException;
import uk.gov.lancashire.socialvalue.basics.Problem;

/**
 * Thrown when a JSON document cannot be read: carries <em>every</em> problem found, each with its JSON
 * path, for example {@code $.measures[3].unit: unknown unit "fte-yrs"; expected one of [...]}.
 *
 * <p>It is a Jackson {@link DatabindException}, so code that reads through an {@code ObjectMapper}
 * catches it with Jackson's own exceptions. A syntax error or a broken limit (document too long, string
 * too long, nesting too deep, a duplicate key) is a single problem at the place the parser stopped.
 */
public final class JsonProblemsException extends DatabindException {

  private static final long serialVersionUID = 1L;

  private final transient List<Problem> problems;

  JsonProblemsException(JsonParser parser, List<Problem> problems) {
    super(parser, describe(problems));
    this.problems = List.copyOf(problems);
  }

  JsonProblemsException(List<Problem> problems, @Nullable Throwable cause) {
    super(describe(problems), null, cause);
    this.problems = List.copyOf(problems);
  }

  /** @return every problem found, in document order, each with its JSON path */
  public List<Problem> problems() {
    return problems;
  }

  @Override
  public String getOriginalMessage() {
    return describe(problems);
  }

  private static String describe(List<Problem> problems) {
    String lines = problems.stream().map(Problem::toString).collect(Collectors.joining("\n  "));
    return problems.size() + (problems.size() == 1 ? " problem in the JSON document:\n  "
        : " problems in the JSON document:\n  ") + lines;
  }
}
