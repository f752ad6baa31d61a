package uk.gov.lancashire.socialvalue.examples.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import uk.gov.lancashire.socialvalue.basics.Problem;
import uk.gov.lancashire.socialvalue.basics.ValidationException;
import uk.gov.lancashire.socialvalue.json.JsonProblemsException;
import uk.gov.lancashire.socialvalue.sheets.SheetLimitException;

/**
 * Turns what the SDK throws on bad input into problems a user reads: each with its file and path, the
 * SDK's own message, never an exception's class name or a stack trace.
 */
final class Failures {

  private Failures() {}

  /**
   * @param file the file the input came from
   * @param e what was thrown while reading or computing
   * @return one problem per thing wrong
   */
  static List<CliProblem> problems(String file, RuntimeException e) {
    List<CliProblem> out = new ArrayList<>();
    if (e instanceof JsonProblemsException) {
      ((JsonProblemsException) e).problems().forEach(p -> out.add(of(file, p)));
    } else if (e instanceof ValidationException) {
      ((ValidationException) e).problems().forEach(p -> out.add(of(file, p)));
    } else if (e instanceof JacksonException) {
      JacksonException j = (JacksonException) e;
      TokenStreamLocation at = j.getLocation();
      String where = at == null || at.getLineNr() < 0 ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr();
      out.add(new CliProblem(file, where, firstLine(j.getOriginalMessage())));
    } else if (e instanceof SheetLimitException) {
      out.add(CliProblem.of(file, e.getMessage()));
    } else if (e instanceof UncheckedIOException) {
      out.add(CliProblem.of(file, Sources.reason(((UncheckedIOException) e).getCause())));
    } else if (e instanceof IllegalArgumentException || e instanceof ArithmeticException) {
      out.add(CliProblem.of(file, firstLine(e.getMessage())));
    } else {
      out.add(CliProblem.of(file, "could not be processed (an unexpected failure; please report it with the file)"));
    }
    return out;
  }

  static CliException badInput(String file, RuntimeException e) {
    return CliException.badInput(problems(file, e));
  }

  static CliException badInput(String file, IOException e) {
    return CliException.badInput(file, Sources.reason(e));
  }

  private static CliProblem of(String file, Problem p) {
    return new CliProblem(file, p.path(), p.message());
  }

  private static String firstLine(@Nullable String message) {
    return message == null || message.isBlank() ? "not valid" : message.lines().findFirst().orElse("");
  }
}
