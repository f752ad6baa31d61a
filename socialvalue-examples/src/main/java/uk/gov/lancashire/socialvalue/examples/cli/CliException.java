package uk.gov.lancashire.socialvalue.examples.cli;

import java.util.List;

/** Ends a command with an exit code and the problems to report; never shown with a stack trace. */
final class CliException extends RuntimeException {

  private static final long serialVersionUID = 1L;
  private final int exitCode;
  private final transient List<CliProblem> problems;

  private CliException(int exitCode, List<CliProblem> problems) {
    super(problems.isEmpty() ? "" : problems.get(0).toString(), null, false, false);
    this.exitCode = exitCode;
    this.problems = List.copyOf(problems);
  }

  /** Bad input: exit code 1, one problem per line. */
  static CliException badInput(List<CliProblem> problems) {
    return new CliException(SocialValueCli.BAD_INPUT, problems);
  }

  static CliException badInput(String file, String message) {
    return badInput(List.of(CliProblem.of(file, message)));
  }

  /** Wrong usage: exit code 2. */
  static CliException usage(String message) {
    return new CliException(SocialValueCli.USAGE, List.of(CliProblem.of("", message)));
  }

  int exitCode() {
    return exitCode;
  }

  List<CliProblem> problems() {
    return problems;
  }
}
