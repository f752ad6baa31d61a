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
 * Turns what the SDK throws on bad input into problems a user reads: each with its file and path and the
 * SDK's own message, never a stack trace. A failure that gives no message (a bug, since every refusal of the
 * SDK says what is wrong) or that the SDK does not throw on bad input is named by its kind and the place it
 * was thrown, to be reported, never as {@code null}.
 */
final class Failures {

  private Failures() {}

  /**
   * @param file the file the input came from
   * @param e what was thrown while reading or computing
   * @return one problem per thing wrong
   */
  static List<CliProblem> problems(String file, Throwable e) {
    List<CliProblem> out = new ArrayList<>();
    if (e instanceof JsonProblemsException) {
      ((JsonProblemsException) e).problems().forEach(p -> out.add(of(file, p)));
    } else if (e instanceof ValidationException) {
      ((ValidationException) e).problems().forEach(p -> out.add(of(file, p)));
    } else if (e instanceof JacksonException) {
      JacksonException j = (JacksonException) e;
      TokenStreamLocation at = j.getLocation();
      String where = at == null || at.getLineNr() < 0 ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr();
      out.add(new CliProblem(file, where, firstLine(j.getOriginalMessage(), e)));
    } else if (e instanceof SheetLimitException) {
      out.add(CliProblem.of(file, firstLine(e.getMessage(), e)));
    } else if (e instanceof UncheckedIOException && e.getCause() != null) {
      out.add(CliProblem.of(file, Sources.reason(((UncheckedIOException) e).getCause())));
    } else if (e instanceof IllegalArgumentException || e instanceof ArithmeticException) {
      out.add(CliProblem.of(file, firstLine(e.getMessage(), e)));
    } else {
      String message = e.getMessage() == null || e.getMessage().isBlank() ? "" : ": " + firstLine(e.getMessage(), e);
      out.add(CliProblem.of(file, "could not be processed (an unexpected " + e.getClass().getSimpleName() + " at "
          + where(e) + message + "; please report it with the file)"));
    }
    return out;
  }

  static CliException badInput(String file, Throwable e) {
    return CliException.badInput(problems(file, e));
  }

  static CliException badInput(String file, IOException e) {
    return CliException.badInput(file, Sources.reason(e));
  }

  private static CliProblem of(String file, Problem p) {
    return new CliProblem(file, p.path(), p.message());
  }

  /** @return the message's first line, or, when there is none, what failed and where */
  private static String firstLine(@Nullable String message, Throwable e) {
    return message == null || message.isBlank()
        ? "failed without saying why (" + e.getClass().getSimpleName() + " at " + where(e)
            + "; please report it with the file)"
        : message.lines().findFirst().orElse("");
  }

  /**
   * @return where a failure was thrown: the innermost frame of the SDK's own code (the JDK's or a library's
   *     frames below it say less), or the innermost frame, as {@code Class.method(File.java:line)}
   */
  static String where(Throwable e) {
    StackTraceElement[] trace = e.getStackTrace();
    for (StackTraceElement frame : trace) {
      if (frame.getClassName().startsWith("uk.gov.lancashire.socialvalue.")) {
        return frame(frame);
      }
    }
    return trace.length == 0 ? "an unknown place" : frame(trace[0]);
  }

  private static String frame(StackTraceElement frame) {
    String name = frame.getClassName();
    return name.substring(name.lastIndexOf('.') + 1) + "." + frame.getMethodName() + "(" + frame.getFileName() + ":"
        + frame.getLineNumber() + ")";
  }
}
