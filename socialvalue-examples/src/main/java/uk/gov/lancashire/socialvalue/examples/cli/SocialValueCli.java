package uk.gov.lancashire.socialvalue.examples.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import java.util.logging.Level;
import java.util.logging.Logger;
import uk.gov.lancashire.socialvalue.basics.Problem;
import uk.gov.lancashire.socialvalue.basics.ValidationException;
import uk.gov.lancashire.socialvalue.json.JsonProblemsException;
import uk.gov.lancashire.socialvalue.json.SocialValueJson;

/**
 * {@code socialvalue}: a small command-line tool over JSON files, so a system written in any language can
 * call the engine. Run {@code java -jar socialvalue-examples/target/socialvalue.jar --help}.
 *
 * <p>Exit codes: 0 success; 1 bad input (one line per problem on standard error, each naming the file and
 * the JSON path); 2 wrong usage.
 */
public final class SocialValueCli {

  /** Exit code for success. */
  public static final int OK = 0;
  /** Exit code for bad input. */
  public static final int BAD_INPUT = 1;
  /** Exit code for wrong usage. */
  public static final int USAGE = 2;

  static final String HELP = String.join("\n",
      "Usage: socialvalue <command> [options] [files]",
      "",
      "Commands:",
      "  validate FILE...              Check SDK JSON documents (any format); print one line per problem.",
      "  value VALUATION.json          Value outcomes: returns (PV, NPV, SROI ratios, SV%, payback) and the",
      "                                explanation of every figure.",
      "  evaluate FRAMEWORK.json TENDER.json",
      "                                Score and rank the bids of a tender, with credibility flags.",
      "  needs NEEDS.json [--area ID]  Rank local needs across the county, or for one area.",
      "  report [--out FILE]           Run the illustrative Lancashire scenario and write its HTML report",
      "                                (default lancashire-report.html).",
      "",
      "Options:",
      "  --json      Write the result as JSON on standard output instead of text.",
      "  --help      Show this help.",
      "  --version   Show the version.",
      "",
      "Exit codes: 0 success, 1 bad input (one line per problem on standard error), 2 wrong usage.",
      "");

  private static final Logger MONETA = Logger.getLogger("org.javamoney.moneta");

  private final PrintStream out;
  private final PrintStream err;
  private final SocialValueJson json = SocialValueJson.standard();

  private SocialValueCli(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  /**
   * The command line entry point.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    MONETA.setLevel(Level.WARNING);
    System.exit(run(args, System.out, System.err));
  }

  /**
   * Runs one command.
   *
   * @param args the command line
   * @param out where results go
   * @param err where problems go
   * @return the exit code
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    return new SocialValueCli(out, err).dispatch(Arguments.parse(args));
  }

  private int dispatch(Arguments a) {
    if (a.flag("--help") || "help".equals(a.command())) {
      out.print(HELP);
      return OK;
    }
    if (a.flag("--version")) {
      out.println("socialvalue " + version());
      return OK;
    }
    if (a.command() == null) {
      err.println("socialvalue: no command given; run with --help for usage");
      return USAGE;
    }
    List<String> unknown = a.unknownOptions(List.of("--json", "--help", "--version"), List.of("--area", "--out"));
    if (!unknown.isEmpty()) {
      err.println("socialvalue: unknown option " + unknown.get(0) + "; run with --help for usage");
      return USAGE;
    }
    try {
      switch (a.command()) {
        case "validate":
          return validate(a);
        case "value":
          return Commands.value(this, a);
        case "evaluate":
          return Commands.evaluate(this, a);
        case "needs":
          return Commands.needs(this, a);
        case "report":
          return Commands.report(this, a);
        default:
          err.println("socialvalue: unknown command '" + a.command() + "'; run with --help for usage");
          return USAGE;
      }
    } catch (UsageException e) {
      err.println("socialvalue: " + e.getMessage() + "; run with --help for usage");
      return USAGE;
    } catch (BadInputException e) {
      e.lines().forEach(err::println);
      return BAD_INPUT;
    }
  }

  private int validate(Arguments a) {
    if (a.files().isEmpty()) {
      throw new UsageException("validate needs at least one file");
    }
    List<String> problems = new ArrayList<>();
    for (String file : a.files()) {
      try {
        String what = Documents.read(json, file, read(file)).describe();
        out.println(file + ": ok (" + what + ")");
      } catch (BadInputException e) {
        problems.addAll(e.lines());
      }
    }
    if (!problems.isEmpty()) {
      throw new BadInputException(problems);
    }
    return OK;
  }

  // ---------------------------------------------------------------- shared by commands

  PrintStream out() {
    return out;
  }

  SocialValueJson json() {
    return json;
  }

  /** Reads a file as text, or reports why it cannot be read. */
  String read(String file) {
    try {
      Path path = Path.of(file);
      if (Files.size(path) > SocialValueJson.DEFAULT_MAX_DOCUMENT_LENGTH) {
        throw new BadInputException(List.of(file + ": larger than the " + SocialValueJson.DEFAULT_MAX_DOCUMENT_LENGTH
            + "-byte limit"));
      }
      return Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new BadInputException(List.of(file + ": cannot read: " + e.getClass().getSimpleName() + " "
          + e.getMessage()));
    }
  }

  /** Turns the SDK's problems into one line each, prefixed with the file. */
  static BadInputException problems(String file, RuntimeException e) {
    List<Problem> problems;
    if (e instanceof JsonProblemsException) {
      problems = ((JsonProblemsException) e).problems();
    } else if (e instanceof ValidationException) {
      problems = ((ValidationException) e).problems();
    } else {
      problems = List.of(Problem.of("", String.valueOf(e.getMessage()).lines().findFirst().orElse("")));
    }
    List<String> lines = new ArrayList<>();
    problems.forEach(p -> lines.add(file + ": " + p));
    return new BadInputException(lines);
  }

  private static String version() {
    String v = SocialValueCli.class.getPackage().getImplementationVersion();
    return v == null ? "(development build)" : v;
  }

  /** Wrong usage: a missing file or option value. */
  static final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }

  /** Bad input: one line per problem. */
  static final class BadInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<String> lines;

    BadInputException(List<String> lines) {
      super(String.join("\n", lines));
      this.lines = List.copyOf(lines);
    }

    List<String> lines() {
      return lines;
    }
  }

}
